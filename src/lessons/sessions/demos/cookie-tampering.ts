/**
 * Edits an attacker could make to a Flask session cookie, for the tampering demo. Pure text
 * work: no key is involved, which is the point — the signature is what gives it away.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

interface Parts {
  readonly payload: string;
  readonly timestamp: string;
  readonly signature: string;
}

/** payload.timestamp.signature, split from the right (a compressed payload starts with "."). */
export function cookieParts(cookie: string): Parts | null {
  const last = cookie.lastIndexOf('.');
  const middle = last < 0 ? -1 : cookie.lastIndexOf('.', last - 1);
  if (middle < 0) return null;
  return { payload: cookie.slice(0, middle), timestamp: cookie.slice(middle + 1, last), signature: cookie.slice(last + 1) };
}

const join = (parts: Parts): string => `${parts.payload}.${parts.timestamp}.${parts.signature}`;

/** base64url of the UTF-8 text, no padding, as itsdangerous writes a payload. */
export function base64UrlOfText(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The same cookie with a new payload (uncompressed JSON), keeping the old timestamp and signature. */
export function withPayloadJson(cookie: string, json: string): string | null {
  const parts = cookieParts(cookie);
  return parts ? join({ ...parts, payload: base64UrlOfText(json) }) : null;
}

function shiftCharacter(text: string, index: number, xor: number): string {
  const char = text[index] ?? '';
  const value = ALPHABET.indexOf(char);
  if (value < 0) return text;
  return text.slice(0, index) + (ALPHABET[value ^ xor] ?? char) + text.slice(index + 1);
}

/**
 * The signature's first character changed: it carries the top 6 bits of the first signature
 * byte, so every change alters the bytes and Flask refuses the cookie.
 */
export function withFirstSignatureCharChanged(cookie: string): string | null {
  const parts = cookieParts(cookie);
  return parts && parts.signature !== '' ? join({ ...parts, signature: shiftCharacter(parts.signature, 0, 1) }) : null;
}

/**
 * The signature's last character changed in its lowest bit. A SHA-1 signature is 20 bytes = 160
 * bits in 27 characters = 162 bits: the last character's 2 low bits are padding that decoding
 * throws away, so Flask (and this codec) decode the same bytes and accept the cookie.
 */
export function withLastSignatureCharLenient(cookie: string): string | null {
  const parts = cookieParts(cookie);
  return parts && parts.signature !== '' ? join({ ...parts, signature: shiftCharacter(parts.signature, parts.signature.length - 1, 1) }) : null;
}

/** The last character changed in a bit that carries signature data (bit 2): refused. */
export function withLastSignatureCharChanged(cookie: string): string | null {
  const parts = cookieParts(cookie);
  return parts && parts.signature !== '' ? join({ ...parts, signature: shiftCharacter(parts.signature, parts.signature.length - 1, 4) }) : null;
}
