import type { Cookie } from 'tough-cookie';
import type { JarCookieRow, SameSiteAttribute } from './http-types.ts';
import { utf8ByteLength } from './cookie-limits.ts';

const SAME_SITE_LABELS: ReadonlyMap<string, Exclude<SameSiteAttribute, null>> = new Map([
  ['strict', 'Strict'],
  ['lax', 'Lax'],
  ['none', 'None'],
]);

/** Identity of a stored cookie (RFC 6265 §5.3 step 11: same name, domain and path). */
export function cookieId(cookie: Pick<Cookie, 'key' | 'domain' | 'path'>): string {
  return JSON.stringify([cookie.domain ?? '', cookie.path ?? '', cookie.key]);
}

/**
 * Expiry in ms, or null for a session cookie. The jar stores every expiry as an absolute
 * `expires` date (Max-Age is converted when the cookie is set), so this is the only rule.
 */
export function expiresAtOf(cookie: Cookie): number | null {
  return cookie.expires instanceof Date ? cookie.expires.getTime() : null;
}

export function toJarCookieRow(cookie: Cookie): JarCookieRow {
  const expiresAt = expiresAtOf(cookie);
  return {
    id: cookieId(cookie),
    name: cookie.key,
    value: cookie.value,
    domain: cookie.domain ?? '',
    path: cookie.path ?? '/',
    hostOnly: cookie.hostOnly === true,
    expires: expiresAt === null ? 'Session' : new Date(expiresAt).toUTCString(),
    expiresAt,
    maxAge: typeof cookie.maxAge === 'number' ? cookie.maxAge : null,
    persistent: expiresAt !== null,
    size: utf8ByteLength(cookie.key) + utf8ByteLength(cookie.value),
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: SAME_SITE_LABELS.get(cookie.sameSite ?? '') ?? null,
    created: cookie.creation instanceof Date ? cookie.creation.getTime() : 0,
  };
}

export function sameRows(a: readonly JarCookieRow[], b: readonly JarCookieRow[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}
