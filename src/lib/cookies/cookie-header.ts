import { parseCookie, stringifyCookie } from 'cookie';
import { splitCookiePairs, type CookiePair } from './cookie-split.ts';

export { splitCookiePairs, type CookiePair };

/**
 * The `Cookie` request header and `document.cookie`, read in one place.
 * Pure: no DOM, no React, no storage, so the server's handlers and the page share it.
 */


/**
 * A `Cookie` request header as a server reads it, into a Map: the first occurrence of a name
 * wins, as in the `cookie` package (Express) and werkzeug (Flask's `request.cookies`). Values are
 * percent-decoded when they decode (the `cookie` package's default), the inverse of
 * serializeSetCookie. A Map keeps `__proto__` or `constructor` as plain data.
 * https://github.com/jshttp/cookie#cookieparsecookiestr-options
 */
export function parseCookieHeader(header: string | null | undefined): ReadonlyMap<string, string> {
  const cookies = new Map<string, string>();
  if (header === null || header === undefined || header === '') return cookies;
  const parsed = parseCookie(header);
  for (const name of Object.keys(parsed)) {
    const value = parsed[name];
    if (value !== undefined) cookies.set(name, value);
  }
  return cookies;
}


/** Whether a `Cookie` header or `document.cookie` string carries a cookie of this name. */
export function hasCookieNamed(text: string | null | undefined, name: string): boolean {
  return splitCookiePairs(text).some((pair) => pair.name === name);
}

/**
 * A `Cookie` request header from pairs, joined as RFC 6265bis §5.4 says ("; "), with the `cookie`
 * package checking every name and value (it throws a TypeError for one a header cannot carry).
 * Values go as they are (already in header form).
 */
export function formatCookieHeader(pairs: readonly CookiePair[]): string {
  return pairs.map((pair) => stringifyCookie({ [pair.name]: pair.value }, { encode: (value) => value })).join('; ');
}
