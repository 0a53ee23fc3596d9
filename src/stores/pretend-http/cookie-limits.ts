/**
 * Browser limits tough-cookie does not enforce (RFC 6265bis §5.6, §5.7; Chromium, Firefox,
 * Safari). Pure functions, no tough-cookie, so the UI can import them statically.
 */
import { utf8Bytes } from '../byte-size.ts';
import { COOKIE_LIMITS } from '../cookie-rules.ts';

// One source for the browser's limits: the real Cookies panel's rules (cookie-rules.ts).
export const COOKIE_NAME_VALUE_LIMIT_BYTES = COOKIE_LIMITS.nameValueBytes;
export const COOKIE_ATTRIBUTE_LIMIT_BYTES = COOKIE_LIMITS.attributeBytes;
export const COOKIE_MAX_LIFETIME_DAYS = COOKIE_LIMITS.maxAgeDays;
export const COOKIE_MAX_LIFETIME_MS = COOKIE_MAX_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

export const utf8ByteLength = utf8Bytes;

export type CookieSizeCheck =
  | { readonly ok: true; readonly bytes: number }
  | { readonly ok: false; readonly bytes: number; readonly reason: string };

/** Name + value over 4096 bytes (UTF-8, together) is dropped by every current browser. */
export function checkCookieSize(name: string, value: string): CookieSizeCheck {
  const bytes = utf8ByteLength(name) + utf8ByteLength(value);
  if (bytes <= COOKIE_NAME_VALUE_LIMIT_BYTES) return { ok: true, bytes };
  return {
    ok: false,
    bytes,
    reason: `the browser ignores this cookie: its name and value together are ${bytes} bytes, over the ${COOKIE_NAME_VALUE_LIMIT_BYTES}-byte limit.`,
  };
}

export interface CookieAttribute {
  /** Lower-cased attribute name, e.g. `expires`. */
  readonly name: string;
  /** The name as written, e.g. `Expires`. */
  readonly written: string;
  /** Trimmed value, or null for a flag such as `Secure`. */
  readonly value: string | null;
}

/** The attributes after the first `;` of a Set-Cookie header, in order, as RFC 6265 §5.2 splits them. */
export function readCookieAttributes(setCookie: string): readonly CookieAttribute[] {
  const [, ...parts] = setCookie.split(';');
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const eq = part.indexOf('=');
      const written = (eq === -1 ? part : part.slice(0, eq)).trim();
      const value = eq === -1 ? null : part.slice(eq + 1).trim();
      return { name: written.toLowerCase(), written, value };
    });
}

export interface OversizedAttributes {
  /** The header with every over-long attribute left out. */
  readonly header: string;
  /** Names (as written) of the attributes left out. */
  readonly dropped: readonly string[];
}

/** RFC 6265bis §5.6: an attribute whose value is over 1024 bytes is ignored (the cookie is kept). */
export function dropOversizedAttributes(setCookie: string): OversizedAttributes {
  const [pair = '', ...parts] = setCookie.split(';');
  const dropped: string[] = [];
  const kept = parts.filter((part) => {
    const eq = part.indexOf('=');
    if (eq === -1 || utf8ByteLength(part.slice(eq + 1).trim()) <= COOKIE_ATTRIBUTE_LIMIT_BYTES) return true;
    dropped.push(part.slice(0, eq).trim());
    return false;
  });
  return { header: [pair, ...kept].join(';'), dropped };
}
