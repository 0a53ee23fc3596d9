import type { CookieAttribute } from './cookie-limits.ts';
import { firstInvalidNameChar } from '../../lib/cookies/cookie-rules.ts';
import { splitSetCookieHeader } from '../../lib/cookies/set-cookie-header.ts';

/**
 * Plain-language reasons for what the pretend browser did with a Set-Cookie header.
 * Pure (no tough-cookie): the jar passes in tough-cookie's error message or parse result.
 */

const IGNORES = 'the browser ignores this cookie';

/** tough-cookie's rule: any of U+0000–U+001F, tab included (browsers allow tab, and drop U+007F too). */
const CONTROL_CHARACTER = /[\x00-\x1F]/;

/** Why `Cookie.parse` (tough-cookie, strict mode) returned nothing for this header. */
export function explainParseFailure(header: string): string {
  const { pair } = splitSetCookieHeader(header);
  if (CONTROL_CHARACTER.test(pair)) {
    return `${IGNORES}: its name or value contains a control character, and browsers drop the whole cookie for that.`;
  }
  const eq = pair.indexOf('=');
  if (eq === -1) {
    return `${IGNORES}: "${pair.trim()}" has no "=", so there is no name=value pair. (This jar, tough-cookie in strict mode, refuses it; some browsers would keep it as a cookie with an empty name.)`;
  }
  if (pair.slice(0, eq).trim() === '') {
    return `${IGNORES}: it has no name before the "=". (This jar, tough-cookie in strict mode, refuses it; some browsers would keep it as a cookie with an empty name.)`;
  }
  return `${IGNORES}: it could not be read as name=value.`;
}

export interface JarErrorContext {
  /** The request's host name, e.g. `www.rithmschool.com`. */
  readonly host: string;
  /** The cookie's Domain attribute, if it had one. */
  readonly domain: string | null;
  readonly sameSite: string | undefined;
}

const IP_HOST = /^(\d{1,3}\.){3}\d{1,3}$|^\[?[0-9a-f:]+\]?$/i;

/** Turns tough-cookie's `setCookie` error message into a learner-facing sentence. */
export function explainJarError(message: string, context: JarErrorContext): string {
  const domain = context.domain ?? '';
  if (message.startsWith('Cookie has domain set to') && message.includes('public suffix')) {
    return `${IGNORES}: Domain=${domain} is a public suffix (like com, co.uk or github.io), shared by unrelated sites, so no site may set a cookie for all of it.`;
  }
  if (message.startsWith("Cookie not in this host's domain")) {
    const ip = IP_HOST.test(context.host) ? ` ${context.host} is an IP address, so only that exact address matches.` : '';
    return `${IGNORES}: Domain=${domain} does not domain-match ${context.host}. A site may only set cookies for its own host name or a parent domain of it.${ip}`;
  }
  if (message.startsWith('Cookie is Secure but this is not a secure connection')) {
    return `${IGNORES}: it is Secure, and a Secure cookie can only be set over https (or on localhost). This response came over plain http.`;
  }
  if (message.startsWith('Cookie is SameSite but this is a cross-origin request')) {
    const level = context.sameSite === 'strict' ? 'Strict' : 'Lax';
    return `${IGNORES}: it is SameSite=${level}, and this response answers a request from another site that is not a top-level navigation.`;
  }
  if (message.includes('__Secure prefix')) {
    return `${IGNORES}: a name starting with __Secure- requires the Secure attribute.`;
  }
  if (message.includes('__Host prefix')) {
    return `${IGNORES}: a name starting with __Host- requires Secure, Path=/ and no Domain attribute.`;
  }
  if (message.includes('HttpOnly')) {
    return `${IGNORES}: page JavaScript (document.cookie) cannot create or overwrite an HttpOnly cookie; only a server's Set-Cookie header can.`;
  }
  return `${IGNORES} (tough-cookie says: ${message}).`;
}

export const SAME_SITE_NONE_NEEDS_SECURE = `${IGNORES}: SameSite=None requires Secure. Chrome and other current browsers reject a SameSite=None cookie without it.`;

export function oversizedAttributeWarning(attribute: string): string {
  return `The ${attribute} attribute's value is over 1024 bytes: the browser ignores that attribute but keeps the cookie.`;
}

/** What tough-cookie's parser kept, to compare with what the header said. */
export interface ParsedAttributes {
  readonly expires: boolean;
  readonly maxAge: boolean;
  readonly path: string | null;
  readonly sameSite: string | undefined;
}

const KNOWN_ATTRIBUTES = new Set(['expires', 'max-age', 'domain', 'path', 'secure', 'httponly', 'samesite']);
const UNMODELLED_ATTRIBUTES = new Set(['partitioned', 'priority']);

function lastValue(attributes: readonly CookieAttribute[], name: string): string | null | undefined {
  const found = attributes.filter((attribute) => attribute.name === name).at(-1);
  return found === undefined ? undefined : found.value;
}

/** Attributes the browser ignored or overrode while still keeping the cookie. */
export function ignoredAttributeWarnings(
  attributes: readonly CookieAttribute[],
  parsed: ParsedAttributes,
): string[] {
  const warnings: string[] = [];
  const expires = lastValue(attributes, 'expires');
  if (expires !== undefined && !parsed.expires) {
    const consequence = parsed.maxAge ? '' : ', so unless Max-Age says otherwise it stays a session cookie';
    warnings.push(`Expires=${expires ?? ''} is not a date the browser understands: that attribute is ignored${consequence}.`);
  }
  const maxAge = lastValue(attributes, 'max-age');
  if (maxAge !== undefined && !parsed.maxAge) {
    warnings.push(`Max-Age=${maxAge ?? ''} is not a whole number of seconds: that attribute is ignored.`);
  }
  if (parsed.expires && parsed.maxAge) {
    warnings.push('The cookie has both Max-Age and Expires: Max-Age wins.');
  }
  const path = lastValue(attributes, 'path');
  if (path !== undefined && parsed.path === null) {
    warnings.push(`Path=${path ?? ''} does not start with "/": it is ignored, and the cookie gets the default path (the directory of the request's path).`);
  }
  const sameSite = lastValue(attributes, 'samesite');
  if (sameSite !== undefined && parsed.sameSite === undefined) {
    warnings.push(`SameSite=${sameSite ?? ''} is not Strict, Lax or None: it is ignored, so the cookie has no SameSite attribute.`);
  }
  for (const attribute of attributes) {
    if (KNOWN_ATTRIBUTES.has(attribute.name)) continue;
    warnings.push(
      UNMODELLED_ATTRIBUTES.has(attribute.name)
        ? `${attribute.written} is a real attribute (Chrome), but this pretend browser does not model it.`
        : `${attribute.written} is not a cookie attribute: the browser ignores it.`,
    );
  }
  return warnings;
}

function describeNameChar(char: string): string {
  if (char === ' ') return 'a space';
  const code = char.codePointAt(0) ?? 0;
  return code > 0x7e ? `the non-ASCII character "${char}"` : `"${char}"`;
}

/**
 * A name that is not an RFC 6265 token (space, separator, non-ASCII). Browsers parse leniently
 * and keep it, so the cookie is stored, but servers and libraries may not read it back.
 */
export function cookieNameWarnings(name: string): string[] {
  const bad = name === '' ? null : firstInvalidNameChar(name);
  if (bad === null) return [];
  return [
    `"${name}" is not a valid cookie name under RFC 6265: it contains ${describeNameChar(bad)}. Browsers keep it anyway (their parsing is lenient), but a server may not read it back; the \`cookie\` package refuses to write such a name.`,
  ];
}
