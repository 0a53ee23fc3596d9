import { parse, serialize, type SerializeOptions } from 'cookie';

/**
 * The server side of the cookie conversation, built on the `cookie` package (as Express is).
 * Values are percent-encoded with encodeURIComponent, so a learner's `a=b; Domain=evil.com`
 * becomes `a%3Db%3B%20Domain%3Devil.com`: one value, never an extra attribute.
 * (Flask/werkzeug would quote such a value instead; for a plain value like `blue` both send
 * exactly `fav_color=blue; Path=/`.)
 */
export function formatSetCookie(name: string, value: string, options: SerializeOptions = {}): string {
  return serialize(name, value, options);
}

/**
 * Reads a `Cookie` request header into a Map (first occurrence of a name wins, as in the
 * `cookie` package and werkzeug). A Map keeps `__proto__` or `constructor` as plain data.
 */
export function parseCookieHeader(header: string | null): ReadonlyMap<string, string> {
  const cookies = new Map<string, string>();
  if (header === null) return cookies;
  const parsed = parse(header);
  for (const name of Object.keys(parsed)) {
    const value = parsed[name];
    if (value !== undefined) cookies.set(name, value);
  }
  return cookies;
}
