import { stringifySetCookie, type SerializeOptions } from 'cookie';

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

export interface CookieAttribute {
  /** Lower-cased attribute name, e.g. `expires`. */
  readonly name: string;
  /** The name as written, e.g. `Expires`. */
  readonly written: string;
  /** Trimmed value, or null for a flag such as `Secure`. */
  readonly value: string | null;
}

export interface SetCookieParts {
  /** Everything before the first `;`: the name=value pair, untrimmed. */
  readonly pair: string;
  readonly attributes: readonly CookieAttribute[];
  /** Each attribute exactly as written between its semicolons, index for index with `attributes`. */
  readonly written: readonly string[];
}

/**
 * Splits a `Set-Cookie` value the way RFC 6265 §5.2 does: the pair up to the first `;`, then each
 * attribute up to the next `;`, the name up to its first `=`. The pretend jar explains every
 * attribute a browser ignores, so it needs each as written (tough-cookie keeps only the last of
 * each). https://www.rfc-editor.org/rfc/rfc6265#section-5.2
 */
export function splitSetCookieHeader(header: string): SetCookieParts {
  const [pair = '', ...parts] = header.split(';');
  const attributes: CookieAttribute[] = [];
  const writtenParts: string[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const eq = part.indexOf('=');
    const written = (eq === -1 ? part : part.slice(0, eq)).trim();
    const value = eq === -1 ? null : part.slice(eq + 1).trim();
    attributes.push({ name: written.toLowerCase(), written, value });
    writtenParts.push(raw);
  }
  return { pair, attributes, written: writtenParts };
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
