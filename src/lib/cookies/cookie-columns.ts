/**
 * One set of cookie columns for every cookie table of the course (the live Cookies panel and the
 * pretend jar), in Chrome DevTools' Application → Cookies formats. Pure: the components turn
 * these strings into cells. https://developer.chrome.com/docs/devtools/application/cookies
 */

export const COOKIE_COLUMN_HEADERS = ['Domain', 'Path', 'Expires / Max-Age', 'Size', 'HttpOnly', 'Secure', 'SameSite'] as const;

/** Shown where page JavaScript cannot know an attribute (document.cookie gives names and values only). */
export const UNKNOWN_ATTRIBUTE = '—';

/**
 * DevTools' Domain column: a host-only cookie shows the exact host (`localhost`), a cookie with a
 * Domain attribute shows it with a leading dot (`.rithmschool.com`), as DevTools does.
 */
export function cookieDomainLabel(domain: string | null, host: string): string {
  if (domain === null || domain === '') return host;
  return domain.startsWith('.') ? domain : `.${domain}`;
}

/** DevTools' form, without milliseconds: `2026-11-25T21:52:25Z`. */
export function devToolsDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The Expires / Max-Age column: `Session` for a cookie that dies with the browser, else the date. */
export function cookieExpiresLabel(expiresAt: number | null): string {
  return expiresAt === null ? 'Session' : devToolsDate(expiresAt);
}

/** HttpOnly and Secure columns: a tick or nothing. */
export function cookieFlagLabel(on: boolean): string {
  return on ? '✓' : '';
}

/** How long until `expiresAt`, in words, for the countdown next to an expiry. */
export function timeLeft(expiresAt: number, nowMs: number): string {
  const seconds = Math.max(0, Math.ceil((expiresAt - nowMs) / 1000));
  if (seconds < 120) return `in ${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `in ${hours} h` : `in ${Math.round(hours / 24)} days`;
}

/** The SameSite column as DevTools writes it: `Strict`, `Lax`, `None`, or empty when unset. */
export function cookieSameSiteLabel(value: string | null | undefined): string {
  const lower = (value ?? '').toLowerCase();
  return lower === 'strict' ? 'Strict' : lower === 'lax' ? 'Lax' : lower === 'none' ? 'None' : '';
}

/** The Decoded column: a readable view of a percent-encoded value, or null when decoding changes nothing or fails. */
export function decodedCookieValue(value: string): string | null {
  if (!value.includes('%')) return null;
  try {
    const decoded = decodeURIComponent(value);
    return decoded === value ? null : decoded;
  } catch {
    return null;
  }
}
