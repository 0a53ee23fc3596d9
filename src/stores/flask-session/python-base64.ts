/**
 * Base64 exactly as lenient as Python's, because Flask's verdicts depend on it.
 *
 * itsdangerous.encoding.base64_decode pads with `=` to a multiple of 4, maps
 * `-_` to `+/` and calls binascii.a2b_base64 in non-strict mode, which
 *  - skips every byte outside the alphabet (junk, dots, non-ASCII bytes),
 *  - accepts both alphabets (`+/` as well as `-_`),
 *  - silently drops the unused low bits of the last character, so a
 *    signature whose last character changed A→B (or C, D) decodes to the
 *    same bytes and Flask still accepts the cookie,
 *  - stops at a `=` that completes a quad and ignores whatever follows.
 *
 * This mirrors CPython 3.11/3.12. CPython 3.13 changed the last point (a `=`
 * no longer stops decoding), which only matters for input with `=` in the
 * middle; signatures Flask writes never have one.
 */

export type Base64Decoded =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array<ArrayBuffer>;
      /** Bytes that a2b_base64 skipped because they are not base64 (junk, `.`, non-ASCII). */
      readonly ignoredCharacters: number;
      /** The last character carried non-zero bits that decoding threw away. */
      readonly droppedBits: boolean;
      /** Decoding stopped at padding before the end of the input. */
      readonly stoppedAtPadding: boolean;
    }
  | { readonly ok: false; readonly reason: string };

const STANDARD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const PAD = 0x3d; // '='

/** binascii's table_a2b_base64: byte → 6-bit value, or 255 for "not base64". */
const DECODE_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(256).fill(255);
  for (let i = 0; i < STANDARD_ALPHABET.length; i++) table[STANDARD_ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** binascii.a2b_base64(data, strict_mode=False), CPython 3.11/3.12. */
export function pythonA2bBase64(data: Uint8Array): Base64Decoded {
  const out = new Uint8Array(Math.floor((data.length + 3) / 4) * 3);
  let length = 0;
  let quadPos = 0;
  let leftChar = 0;
  let pads = 0;
  let ignoredCharacters = 0;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] ?? 0;
    if (byte === PAD) {
      // C: `if (quad_pos >= 2 && quad_pos + ++pads >= 4) goto done;` — pads only counts from quad_pos 2.
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        return {
          ok: true,
          bytes: out.slice(0, length),
          ignoredCharacters,
          droppedBits: leftChar !== 0,
          stoppedAtPadding: i + 1 < data.length,
        };
      }
      continue;
    }
    const value = DECODE_TABLE[byte] ?? 255;
    if (value >= 64) {
      ignoredCharacters++;
      continue;
    }
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        leftChar = value;
        break;
      case 1:
        quadPos = 2;
        out[length++] = ((leftChar << 2) | (value >> 4)) & 0xff;
        leftChar = value & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out[length++] = ((leftChar << 4) | (value >> 2)) & 0xff;
        leftChar = value & 0x03;
        break;
      default:
        quadPos = 0;
        out[length++] = ((leftChar << 6) | value) & 0xff;
        leftChar = 0;
    }
  }
  if (quadPos === 1) {
    const dataCharacters = Math.floor(length / 3) * 4 + 1;
    return {
      ok: false,
      reason: `Invalid base64-encoded string: number of data characters (${dataCharacters}) cannot be 1 more than a multiple of 4`,
    };
  }
  if (quadPos !== 0) return { ok: false, reason: 'Incorrect padding' };
  return { ok: true, bytes: out.slice(0, length), ignoredCharacters, droppedBits: false, stoppedAtPadding: false };
}

/**
 * itsdangerous.encoding.base64_decode on bytes (the cookie, UTF-8 encoded):
 * pad to a multiple of 4 — counting every byte, junk included — then
 * urlsafe_b64decode, i.e. translate `-_` → `+/` and decode leniently.
 */
export function itsdangerousBase64Decode(data: Uint8Array): Base64Decoded {
  const padding = (4 - (data.length % 4)) % 4;
  const padded = new Uint8Array(data.length + padding);
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] ?? 0;
    padded[i] = byte === 0x2d ? 0x2b : byte === 0x5f ? 0x2f : byte; // '-' → '+', '_' → '/'
  }
  padded.fill(PAD, data.length);
  return pythonA2bBase64(padded);
}

/** base64.b64decode(text) as Flask's ` b` tag calls it: ASCII only, then lenient, no padding added. */
export function pythonB64decodeText(text: string): Base64Decoded {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return { ok: false, reason: 'string argument should contain only ASCII characters' };
    bytes[i] = code;
  }
  return pythonA2bBase64(bytes);
}

function encodeWith(alphabet: string, bytes: Uint8Array, pad: boolean): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const remaining = bytes.length - i;
    out += alphabet[b0 >> 2];
    out += alphabet[((b0 & 0x03) << 4) | (b1 >> 4)];
    if (remaining > 1) out += alphabet[((b1 & 0x0f) << 2) | (b2 >> 6)];
    else if (pad) out += '=';
    if (remaining > 2) out += alphabet[b2 & 0x3f];
    else if (pad) out += '=';
  }
  return out;
}

/** itsdangerous.encoding.base64_encode: URL-safe alphabet, `=` padding stripped. */
export function base64UrlEncode(bytes: Uint8Array): string {
  return encodeWith(URL_SAFE_ALPHABET, bytes, false);
}

/** base64.b64encode, as Flask's ` b` tag writes bytes: standard alphabet with padding. */
export function standardBase64Encode(bytes: Uint8Array): string {
  return encodeWith(STANDARD_ALPHABET, bytes, true);
}

/** The 6-bit value of a URL-safe base64 character, or -1. */
export function urlSafeBase64Index(character: string): number {
  return character.length === 1 ? URL_SAFE_ALPHABET.indexOf(character) : -1;
}

export const URL_SAFE_BASE64_ALPHABET = URL_SAFE_ALPHABET;
