/**
 * Browser limits tough-cookie does not enforce (RFC 6265bis §5.6, §5.7; Chromium, Firefox,
 * Safari). Pure functions, no tough-cookie, so the UI can import them statically.
 */
import { utf8Bytes } from '../../lib/byte-size.ts';
import { COOKIE_LIMITS } from '../../lib/cookies/cookie-rules.ts';
import { filterSetCookieAttributes, splitSetCookieHeader, type CookieAttribute } from '../../lib/cookies/set-cookie-header.ts';

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

export type { CookieAttribute };

/** The attributes after the first `;` of a Set-Cookie header, in order, as RFC 6265 §5.2 splits them. */
export function readCookieAttributes(setCookie: string): readonly CookieAttribute[] {
  return splitSetCookieHeader(setCookie).attributes;
}

export interface OversizedAttributes {
  /** The header with every over-long attribute left out. */
  readonly header: string;
  /** Names (as written) of the attributes left out. */
  readonly dropped: readonly string[];
}

/** RFC 6265bis §5.6: an attribute whose value is over 1024 bytes is ignored (the cookie is kept). */
export function dropOversizedAttributes(setCookie: string): OversizedAttributes {
  const dropped: string[] = [];
  const header = filterSetCookieAttributes(setCookie, (attribute) => {
    if (attribute.value === null || utf8ByteLength(attribute.value) <= COOKIE_ATTRIBUTE_LIMIT_BYTES) return true;
    dropped.push(attribute.written);
    return false;
  });
  return { header, dropped };
}
