import type { FlaskValue } from './flask-value.ts';
import { decodeTimestamp, splitSessionCookie, timestampFromSeconds, timestampToBytes, utf8Encode } from './cookie-parts.ts';
import { base64UrlEncode, itsdangerousBase64Decode } from './python-base64.ts';
import { FlaskSessionError, sessionError, type DecodedSession, type SessionError, type SessionResult } from './session-result.ts';
import { deriveSessionKey, secretBytes, signBytes, verifyBytes, type FlaskSecret } from './session-signing-key.ts';
import { decodeSessionPayload, leniencyNotes } from './session-payload.ts';
import { parseTaggedJson, serializeTaggedJson } from './tagged-json.ts';
import { deflate } from './zlib-streams.ts';

/**
 * Flask's session cookie (itsdangerous URLSafeTimedSerializer, salt
 * "cookie-session", HMAC key derivation, SHA-1, TaggedJSONSerializer):
 * read it without the secret, check it with the secret, or make one.
 */

/** Flask's default PERMANENT_SESSION_LIFETIME (31 days); it checks this age even for non-permanent sessions. */
export const FLASK_SESSION_MAX_AGE_SECONDS = 31 * 24 * 60 * 60;

export interface DecodeOptions {
  /** Cap on the inflated size of a compressed payload (default 64 KiB). */
  readonly inflateLimitBytes?: number;
}

export interface VerifyOptions extends DecodeOptions {
  /** The clock to check the age against (default: now). */
  readonly now?: Date;
  /** Oldest accepted age in seconds (default 31 days, as Flask). */
  readonly maxAgeSeconds?: number;
}

export interface SignOptions {
  /** When it was signed (default: now); a Date is floored to whole seconds. */
  readonly timestamp?: bigint | Date;
}

/**
 * Reads a session cookie WITHOUT checking its signature — anybody can read a
 * Flask session, like a JWT on jwt.io. The result is marked `untrusted`.
 */
export async function decodeSessionCookie(cookie: string, options: DecodeOptions = {}): Promise<SessionResult> {
  const split = splitSessionCookie(cookie);
  if (!split.ok) return split;
  const timestamp = decodeTimestamp(split.parts.timestamp);
  if (!timestamp.ok) return timestamp;
  return openPayload(split.parts.payload, timestamp.timestamp, options, {
    untrusted: true,
    notes: leniencyNotes('timestamp', itsdangerousBase64Decode(utf8Encode(split.parts.timestamp))),
  });
}

/** Decodes the payload into the result both decode and verify give; `untrusted` until a signature was checked. */
async function openPayload(
  payloadText: string,
  timestamp: DecodedSession['timestamp'],
  options: DecodeOptions,
  trust: { readonly untrusted: boolean; readonly notes: readonly string[] },
): Promise<SessionResult> {
  const payload = await decodeSessionPayload(payloadText, options.inflateLimitBytes);
  if (!payload.ok) return { ...payload, timestamp };
  return {
    ok: true,
    payloadJson: payload.payloadJson,
    value: payload.value,
    timestamp,
    compressed: payload.compressed,
    untrusted: trust.untrusted,
    notes: [...trust.notes, ...payload.notes],
  };
}

/**
 * What Flask does when the cookie arrives: check the signature (before
 * anything else, like itsdangerous), then the timestamp, then the age
 * (older than maxAge, or in the future, is SignatureExpired; exactly maxAge
 * is fine), then decode the payload.
 *
 * The signature text is decoded as leniently as itsdangerous does before the
 * bytes are compared with crypto.subtle.verify, so the verdict is Flask's:
 * e.g. a signature whose last character changed A→B still verifies.
 */
export async function verifySessionCookie(cookie: string, secret: FlaskSecret, options: VerifyOptions = {}): Promise<SessionResult> {
  const secretResult = secretBytes(secret);
  if (!secretResult.ok) return secretResult;
  const split = splitSessionCookie(cookie);
  if (!split.ok) return split;
  const { parts } = split;

  const timestamp = decodeTimestamp(parts.timestamp);
  const signature = itsdangerousBase64Decode(utf8Encode(parts.signature));
  const signatureValid =
    signature.ok && (await verifyBytes(await deriveSessionKey(secretResult.bytes), signature.bytes, utf8Encode(parts.signedText)));
  if (!signatureValid) {
    const why = signature.ok ? 'does not match' : `is not base64 (${signature.reason})`;
    return sessionError('BadSignature', `Signature ${JSON.stringify(parts.signature)} ${why}: wrong secret, or the cookie was changed.`, {
      itsdangerous: 'BadTimeSignature (a subclass of BadSignature)',
      ...(timestamp.ok ? { timestamp: timestamp.timestamp } : {}),
    });
  }
  if (!timestamp.ok) return timestamp;

  const expired = checkAge(timestamp.timestamp.seconds, options);
  if (expired) return expired;

  return openPayload(parts.payload, timestamp.timestamp, options, {
    untrusted: false,
    notes: [...leniencyNotes('signature', signature), ...leniencyNotes('timestamp', itsdangerousBase64Decode(utf8Encode(parts.timestamp)))],
  });
}

function checkAge(signedAt: bigint, options: VerifyOptions): SessionError | null {
  const maxAge = options.maxAgeSeconds ?? FLASK_SESSION_MAX_AGE_SECONDS;
  if (!Number.isSafeInteger(maxAge) || maxAge < 0) throw new RangeError('maxAgeSeconds must be a non-negative whole number.');
  const now = secondsOf(options.now ?? new Date());
  const age = now - signedAt;
  const timestamp = timestampFromSeconds(signedAt);
  if (age > BigInt(maxAge)) {
    return sessionError('SignatureExpired', `Signature age ${age} > ${maxAge} seconds: the session is too old.`, { timestamp, ageSeconds: age });
  }
  if (age < 0n) {
    return sessionError('SignatureExpired', `Signature age ${age} < 0 seconds: it claims to be signed in the future.`, { timestamp, ageSeconds: age });
  }
  return null;
}

function secondsOf(date: Date): bigint {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid Date.');
  return BigInt(Math.floor(ms / 1000));
}

/**
 * The cookie Flask would set for this session at this time: canonical tagged
 * JSON, zlib-compressed only when that saves at least 2 bytes
 * (`len(compressed) < len(json) - 1`), timestamp, HMAC-SHA1 signature.
 *
 * Uncompressed cookies are byte-identical to Flask's. Compressed ones are
 * valid for Flask but may differ in bytes: the platform's zlib (Chromium's
 * fork in Node and Chrome) need not emit the same deflate stream as the
 * zlib Python links against, even at the same level.
 *
 * A string is read as tagged JSON first (throws FlaskSessionError on bad
 * input or an empty secret); key order and formatting become Flask's.
 */
export async function signSession(session: string | FlaskValue, secret: FlaskSecret, options: SignOptions = {}): Promise<string> {
  const secretResult = secretBytes(secret);
  if (!secretResult.ok) throw new FlaskSessionError(secretResult);
  let value: FlaskValue;
  if (typeof session === 'string') {
    const parsed = parseTaggedJson(session);
    if (!parsed.ok) throw new FlaskSessionError(sessionError('BadPayload', `Not Flask's tagged JSON: ${parsed.reason}.`));
    value = parsed.value;
  } else {
    value = session;
  }
  const json = utf8Encode(serializeTaggedJson(value));
  const compressed = await deflate(json);
  const useCompressed = compressed.length < json.length - 1;
  const payload = useCompressed ? `.${base64UrlEncode(compressed)}` : base64UrlEncode(json);

  const when = options.timestamp ?? new Date();
  const seconds = typeof when === 'bigint' ? when : secondsOf(when);
  const signedText = `${payload}.${base64UrlEncode(timestampToBytes(seconds))}`;
  const key = await deriveSessionKey(secretResult.bytes);
  const signature = await signBytes(key, utf8Encode(signedText));
  return `${signedText}.${base64UrlEncode(signature)}`;
}

/** True when `secret` produced this cookie's signature (WebCrypto; ignores age and payload). */
export async function confirmSessionSecret(cookie: string, secret: FlaskSecret): Promise<boolean> {
  const secretResult = secretBytes(secret);
  const split = splitSessionCookie(cookie);
  if (!secretResult.ok || !split.ok) return false;
  const signature = itsdangerousBase64Decode(utf8Encode(split.parts.signature));
  if (!signature.ok) return false;
  return verifyBytes(await deriveSessionKey(secretResult.bytes), signature.bytes, utf8Encode(split.parts.signedText));
}
