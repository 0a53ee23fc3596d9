import { serialize } from 'cookie';
import { utf8Bytes } from '../byte-size.ts';

/** Limits every current browser enforces (RFC 6265bis §5.6, Chromium, Firefox). */
export const COOKIE_LIMITS = {
  nameValueBytes: 4096,
  attributeBytes: 1024,
  maxAgeDays: 400,
  perDomainChromium: 180,
} as const;

export type SameSite = 'strict' | 'lax' | 'none';

export interface CookieWrite {
  readonly name: string;
  readonly value: string;
  readonly path?: string;
  /** Seconds; 0 or less deletes. */
  readonly maxAge?: number;
  readonly expires?: Date;
  readonly sameSite?: SameSite;
  readonly secure?: boolean;
  readonly domain?: string;
  /** Percent-encode the value with encodeURIComponent, as most frameworks do. */
  readonly encodeValue?: boolean;
}

export interface CookieWriteContext {
  /** https:, or http://localhost, which browsers treat as secure for cookies. */
  readonly pageIsSecure: boolean;
}

export type CookieCheck =
  | { readonly status: 'ok'; readonly header: string; readonly storedValue: string; readonly notes: readonly string[] }
  | { readonly status: 'failed'; readonly reason: string };

const SEPARATORS = '()<>@,;:\\"/[]?={} \t';

function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (char === ' ') return 'a space';
  if (char === '\t') return 'a tab';
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${char}"`;
}

/** RFC 6265 §4.1.1: cookie-name = token (RFC 2616): visible ASCII except separators. */
export function firstInvalidNameChar(name: string): string | null {
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || code >= 0x7f || SEPARATORS.includes(char)) return char;
  }
  return null;
}

export function isCookieNameToken(name: string): boolean {
  return name.length > 0 && firstInvalidNameChar(name) === null;
}

/** Browsers drop a cookie whose value holds a control character (tab aside); `;` ends the value. */
export function firstForbiddenValueChar(value: string): string | null {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === ';') return char;
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return char;
  }
  return null;
}

/**
 * RFC 6265 §4.1.1: `path-value = <any CHAR except CTLs or ";">`, and CTLs are U+0000–U+001F and
 * U+007F, tab included (https://www.rfc-editor.org/rfc/rfc6265#section-4.1.1). A value may hold a
 * tab (browsers keep it), a Path may not: the Cookies panel refuses it, as it refuses a bad name.
 */
export function firstControlChar(text: string): string | null {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return char;
  }
  return null;
}

/** RFC 6265 cookie-octet, as the `cookie` package checks it (it also allows `"`, `,` and `\`). */
export function firstNonOctetValueChar(value: string): string | null {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x21 || code > 0x7e || char === ';') return char;
  }
  return null;
}

export function checkCookieSize(name: string, value: string): string | null {
  const bytes = utf8Bytes(name) + utf8Bytes(value);
  if (bytes <= COOKIE_LIMITS.nameValueBytes) return null;
  return `Name + value is ${bytes} bytes; browsers silently drop a cookie over ${COOKIE_LIMITS.nameValueBytes} bytes (name and value together, UTF-8).`;
}

function checkName(name: string): string | null {
  if (name.length === 0) return 'A cookie needs a name.';
  const bad = firstInvalidNameChar(name);
  if (bad === null) return null;
  return `"${name}" is not a valid cookie name: it contains ${describeChar(bad)}. A name must be an RFC 6265 token — letters, digits and !#$%&'*+-.^_\`|~ — with no spaces, separators like ; , = or quotes, and no control characters.`;
}

function checkValue(value: string, encodeValue: boolean): string | null {
  if (encodeValue) return null; // encodeURIComponent turns every unsafe character into %XX
  const forbidden = firstForbiddenValueChar(value);
  if (forbidden === ';') {
    return 'The value contains ";", which ends a cookie value: whatever follows would be read as an attribute (that is how "a=b; Domain=evil.com" injection works). Remove it, or tick "Percent-encode value" to store it as %3B.';
  }
  if (forbidden !== null) {
    return `The value contains ${describeChar(forbidden)}: browsers drop a cookie whose value has a control character. Remove it, or tick "Percent-encode value".`;
  }
  const nonOctet = firstNonOctetValueChar(value);
  if (nonOctet !== null) {
    return `The value contains ${describeChar(nonOctet)}, which is outside RFC 6265's cookie-octets (visible ASCII except ; and spaces). Tick "Percent-encode value" to store it encoded (encodeURIComponent), as most frameworks do.`;
  }
  return null;
}

function checkPath(path: string | undefined): string | null {
  if (path === undefined) return null;
  if (!path.startsWith('/')) return `Path must start with "/" (got "${path}"); browsers ignore any other Path and use the page's directory.`;
  const control = firstControlChar(path);
  if (control !== null) {
    return `Path contains ${describeChar(control)}: a Path may hold no control characters (tab included) and no ";" (RFC 6265 §4.1.1, path-value). Remove it.`;
  }
  const bad = firstForbiddenValueChar(path);
  if (bad !== null) return `Path contains ${describeChar(bad)}, which would end or corrupt the attribute.`;
  if (utf8Bytes(path) > COOKIE_LIMITS.attributeBytes) {
    return `Path is over ${COOKIE_LIMITS.attributeBytes} bytes; browsers ignore an attribute that long.`;
  }
  return null;
}

function checkOptions(write: CookieWrite, context: CookieWriteContext): string | null {
  if (write.sameSite === 'none' && !write.secure) {
    return 'SameSite=None requires Secure: browsers reject a SameSite=None cookie without it.';
  }
  if (write.secure && !context.pageIsSecure) {
    return 'A Secure cookie can only be set from an https: page (or http://localhost); this page is plain http:, so the browser would reject it.';
  }
  if (write.maxAge !== undefined && !Number.isInteger(write.maxAge)) {
    return `Max-Age must be a whole number of seconds (got ${String(write.maxAge)}).`;
  }
  if (write.expires !== undefined && Number.isNaN(write.expires.getTime())) {
    return 'Expires is not a valid date.';
  }
  if (write.name.startsWith('__Host-') && (!write.secure || write.path !== '/' || write.domain)) {
    return 'A __Host- cookie must be Secure, have Path=/ and no Domain; browsers reject it otherwise.';
  }
  if (write.name.startsWith('__Secure-') && !write.secure) {
    return 'A __Secure- cookie must be Secure; browsers reject it otherwise.';
  }
  return null;
}

/** Checks a cookie as a browser would, and builds its header with the `cookie` package. */
export function checkCookieWrite(write: CookieWrite, context: CookieWriteContext): CookieCheck {
  const encodeValue = write.encodeValue ?? false;
  const problem = checkName(write.name) ?? checkValue(write.value, encodeValue) ?? checkPath(write.path) ?? checkOptions(write, context);
  if (problem !== null) return { status: 'failed', reason: problem };
  let storedValue = write.value;
  if (encodeValue) {
    try {
      storedValue = encodeURIComponent(write.value);
    } catch {
      return { status: 'failed', reason: 'The value contains an unpaired UTF-16 surrogate, which cannot be percent-encoded.' };
    }
  }
  const tooBig = checkCookieSize(write.name, storedValue);
  if (tooBig !== null) return { status: 'failed', reason: `${tooBig} Nothing was stored.` };
  const notes: string[] = [];
  const maxAgeCap = COOKIE_LIMITS.maxAgeDays * 86_400;
  if (write.maxAge !== undefined && write.maxAge > maxAgeCap) {
    notes.push(`Max-Age over ${COOKIE_LIMITS.maxAgeDays} days is capped by the browser at ${COOKIE_LIMITS.maxAgeDays} days.`);
  }
  if (encodeValue && storedValue !== write.value) notes.push(`Stored percent-encoded as ${storedValue}.`);
  try {
    const header = serialize(write.name, storedValue, {
      encode: (text: string) => text,
      ...(write.path !== undefined ? { path: write.path } : {}),
      ...(write.domain ? { domain: write.domain } : {}),
      ...(write.maxAge !== undefined ? { maxAge: write.maxAge } : {}),
      ...(write.expires !== undefined ? { expires: write.expires } : {}),
      ...(write.sameSite ? { sameSite: write.sameSite } : {}),
      ...(write.secure ? { secure: true } : {}),
    });
    return { status: 'ok', header, storedValue, notes };
  } catch (error) {
    return { status: 'failed', reason: `The cookie could not be written: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

/** Does a cookie with this Path reach a page at `pathname`? (RFC 6265 §5.1.4 path-match) */
export function pathMatches(cookiePath: string, pathname: string): boolean {
  if (cookiePath === pathname) return true;
  if (!pathname.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || pathname.charAt(cookiePath.length) === '/';
}
