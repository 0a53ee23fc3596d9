import { itsdangerousBase64Decode } from './python-base64.ts';
import { sessionError, type SessionError, type SessionTimestamp } from './session-result.ts';

/**
 * A Flask session cookie is `payload.timestamp.signature`, split from the
 * right (itsdangerous uses rsplit), because a compressed payload itself
 * starts with a dot: `.eJyr….awdHWg.xXV_…`.
 */
export interface SessionCookieParts {
  /** Base64url of the JSON, or `.` + base64url of zlib(JSON). */
  readonly payload: string;
  /** Base64url of the big-endian Unix time, no leading zero bytes. */
  readonly timestamp: string;
  /** Base64url of HMAC-SHA1(derived key, signedText). */
  readonly signature: string;
  /** `payload.timestamp`: the exact text the signature covers. */
  readonly signedText: string;
}

export type SplitCookie = { readonly ok: true; readonly parts: SessionCookieParts } | SessionError;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

export function splitSessionCookie(cookie: string): SplitCookie {
  if (cookie.length === 0) return sessionError('Malformed', 'The cookie is empty.');
  if (hasLoneSurrogate(cookie)) {
    return sessionError('Malformed', 'The cookie contains a lone UTF-16 surrogate, which has no UTF-8 form (Python raises UnicodeEncodeError).');
  }
  const lastDot = cookie.lastIndexOf('.');
  if (lastDot < 0) {
    return sessionError('Malformed', "Expected payload.timestamp.signature but found no '.' at all.", {
      itsdangerous: "BadSignature (No b'.' found in value)",
    });
  }
  const signedText = cookie.slice(0, lastDot);
  const signature = cookie.slice(lastDot + 1);
  const timestampDot = signedText.lastIndexOf('.');
  if (timestampDot < 0) {
    return sessionError('Malformed', 'Expected payload.timestamp.signature but found only two parts: the timestamp is missing.', {
      itsdangerous: 'BadSignature, or BadTimeSignature (timestamp missing) if the signature were valid',
    });
  }
  return {
    ok: true,
    parts: {
      payload: signedText.slice(0, timestampDot),
      timestamp: signedText.slice(timestampDot + 1),
      signature,
      signedText,
    },
  };
}

const utf8 = new TextEncoder();

export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  return utf8.encode(text);
}

const MAX_DATE_MS = 8.64e15;

export function timestampFromSeconds(seconds: bigint): SessionTimestamp {
  const inRange = seconds >= -BigInt(MAX_DATE_MS / 1000) && seconds <= BigInt(MAX_DATE_MS / 1000);
  return { seconds, date: inRange ? new Date(Number(seconds) * 1000) : null };
}

export type DecodedTimestamp = { readonly ok: true; readonly timestamp: SessionTimestamp } | SessionError;

/**
 * itsdangerous: `bytes_to_int(base64_decode(ts))`, where bytes_to_int is
 * struct.unpack(">Q", b.rjust(8, b"\0")) — so more than 8 bytes is a
 * malformed timestamp, and an empty timestamp is 0 (1970).
 */
export function decodeTimestamp(text: string): DecodedTimestamp {
  const decoded = itsdangerousBase64Decode(utf8Encode(text));
  if (!decoded.ok) return sessionError('BadTimeSignature', `Malformed timestamp: not base64 (${decoded.reason}).`);
  if (decoded.bytes.length > 8) {
    return sessionError('BadTimeSignature', `Malformed timestamp: ${decoded.bytes.length} bytes, but itsdangerous reads at most 8 (a 64-bit integer).`);
  }
  let seconds = 0n;
  for (const byte of decoded.bytes) seconds = (seconds << 8n) | BigInt(byte);
  return { ok: true, timestamp: timestampFromSeconds(seconds) };
}

/** itsdangerous int_to_bytes: big-endian, leading zero bytes stripped (0 → no bytes at all). */
export function timestampToBytes(seconds: bigint): Uint8Array {
  if (seconds < 0n || seconds >= 1n << 64n) throw new RangeError('A Flask timestamp must fit in 8 unsigned bytes.');
  const bytes: number[] = [];
  for (let rest = seconds; rest > 0n; rest >>= 8n) bytes.unshift(Number(rest & 0xffn));
  return Uint8Array.from(bytes);
}
