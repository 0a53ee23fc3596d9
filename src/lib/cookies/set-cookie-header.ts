import { stringifySetCookie, type SerializeOptions } from 'cookie';
import { splitSetCookieHeader, type CookieAttribute, type SetCookieParts } from './cookie-split.ts';

export { splitSetCookieHeader, type CookieAttribute, type SetCookieParts };

/**
 * The `Set-Cookie` response header (and `document.cookie = …`), written and read in one place.
 * Pure: no DOM, no React, no storage.
 */

export type SetCookieOptions = Omit<SerializeOptions, 'encode'>;

/**
 * Writes a `Set-Cookie` value with the `cookie` package (as Express does). Values are
 * percent-encoded with encodeURIComponent, so a learner's `a=b; Domain=evil.com` becomes
 * `a%3Db%3B%20Domain%3Devil.com`: one value, never an extra attribute. Throws a TypeError for a
 * name, path or domain that cannot be a cookie's. (Flask/werkzeug would quote such a value
 * instead; for a plain value like `blue` both send exactly `fav_color=blue; Path=/`.)
 * https://github.com/jshttp/cookie#cookiestringifysetcookiename-value-options
 */
export function serializeSetCookie(name: string, value: string, options: SetCookieOptions = {}): string {
  return stringifySetCookie(name, value, options);
}

/**
 * A `Set-Cookie` value whose cookie value is already in header form (a Flask session cookie,
 * a random id: only characters a cookie value may hold), sent as is. Still checked by the
 * `cookie` package: a character outside RFC 6265's cookie-octet throws a TypeError.
 */
export function serializeSetCookieRaw(name: string, value: string, options: SetCookieOptions = {}): string {
  return stringifySetCookie(name, value, { ...options, encode: (raw) => raw });
}

/** `Set-Cookie: name=; Max-Age=0` with the path (and domain) the cookie was set with: deletes it. */
export function serializeDeleteCookie(name: string, options: Pick<SetCookieOptions, 'path' | 'domain' | 'secure' | 'httpOnly' | 'sameSite'> = {}): string {
  return stringifySetCookie(name, '', { ...options, maxAge: 0, expires: new Date(0) });
}


/** The inverse of splitSetCookieHeader, keeping only the attributes `keep` accepts, each as written. */
export function filterSetCookieAttributes(header: string, keep: (attribute: CookieAttribute) => boolean): string {
  const { pair, attributes, written } = splitSetCookieHeader(header);
  const kept = written.filter((_, index) => {
    const attribute = attributes[index];
    return attribute === undefined || keep(attribute);
  });
  return [pair, ...kept].join(';');
}
