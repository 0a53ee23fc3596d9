/** One name=value pair as `document.cookie` exposes it: no attributes, value exactly as stored. */
export interface CookiePair {
  readonly name: string;
  readonly value: string;
}

/**
 * Splits the string a browser returns from `document.cookie` ("a=1; b=2"). The `cookie` package's
 * `parse` keeps only the first of two cookies with one name (different paths), and DevTools shows
 * both, so we keep every pair in order. A pair without "=" is a cookie with an empty name.
 */
export function splitDocumentCookie(text: string): CookiePair[] {
  if (text.trim() === '') return [];
  return text.split(';').flatMap((part) => {
    const pair = part.trim();
    if (pair === '') return [];
    const eq = pair.indexOf('=');
    return eq === -1 ? [{ name: '', value: pair }] : [{ name: pair.slice(0, eq), value: pair.slice(eq + 1) }];
  });
}

/** A readable view of a percent-encoded value, or null when decoding changes nothing or fails. */
export function decodedCookieValue(value: string): string | null {
  if (!value.includes('%')) return null;
  try {
    const decoded = decodeURIComponent(value);
    return decoded === value ? null : decoded;
  } catch {
    return null;
  }
}
