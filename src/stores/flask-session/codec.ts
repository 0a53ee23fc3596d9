import type { FlaskValue } from './flask-value.ts';
import { decodeTimestamp, splitSessionCookie, timestampToBytes, utf8Encode } from './cookie-parts.ts';
import { base64UrlEncode, itsdangerousBase64Decode } from './python-base64.ts';
import { FlaskSessionError, sessionError, type DecodedSession, type SessionError, type SessionResult } from './session-result.ts';
import {
  DIGEST_BYTES,
  EMPTY_SECRET_NOTE,
  deriveSigningKey,
  resolveSigner,
  secretBytes,
  signBytes,
  verifyBytes,
  type FlaskSecret,
  type ResolvedSigner,
  type SignerOptions,
} from './session-signing-key.ts';
import { classifyCookie, FLASK_SESSION_ID_SALT } from './cookie-kind.ts';
import { decodeSessionPayload, leniencyNotes } from './session-payload.ts';
import { LEGACY_EPOCH_SECONDS, resolveTimestamp, secondsOf, sessionLifetime, type TimestampEpoch } from './session-timestamp.ts';
import { parseTaggedJson, serializeTaggedJson } from './tagged-json.ts';
import { deflate } from './zlib-streams.ts';
import { FLASK_SESSION_MAX_AGE_SECONDS } from './signer-settings.ts';

/**
 * Flask's session cookie (itsdangerous URLSafeTimedSerializer, salt
 * "cookie-session", HMAC key derivation, SHA-1, TaggedJSONSerializer):
 * read it without the secret, check it with the secret, or make one.
 * Apps that override the salt, digest or key derivation, rotate keys
 * (SECRET_KEY_FALLBACKS) or ran itsdangerous before 1.0 pass options;
 * without options everything is Flask's default, byte for byte.
 */

export { FLASK_SESSION_MAX_AGE_SECONDS };

export interface DecodeOptions {
  /** Cap on the inflated size of a compressed payload (default 64 KiB). */
  readonly inflateLimitBytes?: number;
  /**
   * How to read the timestamp. Decode defaults to `auto` (legacy when only that makes sense);
   * verify defaults to `unix`, what Flask with itsdangerous ≥ 1.0 does.
   */
  readonly epoch?: TimestampEpoch;
  /** The clock ages are measured against (default: now). */
  readonly now?: Date;
  /** Oldest accepted age in seconds (default 31 days, as Flask). */
  readonly maxAgeSeconds?: number;
}

export interface VerifyOptions extends DecodeOptions, SignerOptions {}

export interface SignOptions extends SignerOptions {
  /** When it was signed (default: now); a Date is floored to whole seconds. */
  readonly timestamp?: bigint | Date;
  /** `legacy` writes seconds since 2011-01-01, as itsdangerous before 1.0 did. */
  readonly epoch?: 'unix' | 'legacy';
}

/** One key, or several (SECRET_KEY first, then its fallbacks): any of them may verify. */
export type FlaskSecrets = FlaskSecret | readonly FlaskSecret[];

function maxAgeOf(options: DecodeOptions): number {
  const maxAge = options.maxAgeSeconds ?? FLASK_SESSION_MAX_AGE_SECONDS;
  if (!Number.isSafeInteger(maxAge) || maxAge < 0) throw new RangeError('maxAgeSeconds must be a non-negative whole number.');
  return maxAge;
}

/**
 * Reads a session cookie WITHOUT checking its signature — anybody can read a
 * Flask session, like a JWT on jwt.io. The result is marked `untrusted`.
 */
export async function decodeSessionCookie(cookie: string, options: DecodeOptions = {}): Promise<SessionResult> {
  const split = splitSessionCookie(cookie);
  if (!split.ok) return split;
  const raw = decodeTimestamp(split.parts.timestamp);
  if (!raw.ok) return raw;
  const now = secondsOf(options.now ?? new Date());
  const { timestamp, notes } = resolveTimestamp(raw.timestamp.seconds, options.epoch ?? 'auto', now);
  const opened = await openPayload(split.parts.payload, timestamp, options, {
    untrusted: true,
    notes: [...notes, ...leniencyNotes('timestamp', itsdangerousBase64Decode(utf8Encode(split.parts.timestamp)))],
  });
  return opened.ok ? { ...opened, lifetime: sessionLifetime(timestamp, now, maxAgeOf(options)) } : opened;
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
 * anything else, like itsdangerous) with each key, then the timestamp, then
 * the age (older than maxAge, or in the future, is SignatureExpired; exactly
 * maxAge is fine), then decode the payload. A good result says which key
 * (`keyIndex`, 0 = the first) verified and how long Flask will accept it.
 *
 * The signature text is decoded as leniently as itsdangerous does before the
 * bytes are compared with crypto.subtle.verify, so the verdict is Flask's:
 * e.g. a signature whose last character changed A→B still verifies.
 */
export async function verifySessionCookie(cookie: string, secrets: FlaskSecrets, options: VerifyOptions = {}): Promise<SessionResult> {
  const keys = keyList(secrets);
  if (!keys.ok) return keys;
  const signer = resolveSigner(options);
  if (!signer.ok) return signer;
  const split = splitSessionCookie(cookie);
  if (!split.ok) return split;
  const { parts } = split;
  const maxAge = maxAgeOf(options);
  const now = secondsOf(options.now ?? new Date());

  const raw = decodeTimestamp(parts.timestamp);
  const resolved = raw.ok ? resolveTimestamp(raw.timestamp.seconds, options.epoch ?? 'unix', now) : null;
  const signature = itsdangerousBase64Decode(utf8Encode(parts.signature));
  const keyIndex = signature.ok ? await matchingKey(keys.keys, signer.signer, signature.bytes, utf8Encode(parts.signedText)) : -1;
  if (keyIndex < 0) {
    const why = signature.ok ? 'does not match' : `is not base64 (${signature.reason})`;
    const tried = keys.keys.length > 1 ? ` with any of the ${keys.keys.length} keys` : '';
    return sessionError('BadSignature', `Signature ${JSON.stringify(parts.signature)} ${why}${tried}: wrong secret, or the cookie was changed.`, {
      itsdangerous: 'BadTimeSignature (a subclass of BadSignature)',
      ...(resolved ? { timestamp: resolved.timestamp, notes: resolved.notes } : {}),
    });
  }
  const keyNotes = keys.keys[keyIndex]?.length === 0 ? [EMPTY_SECRET_NOTE] : [];
  if (!raw.ok) return { ...raw, keyIndex, notes: keyNotes };
  if (resolved === null) throw new Error('unreachable: a decoded timestamp is always resolved');
  const { timestamp } = resolved;
  const lifetime = sessionLifetime(timestamp, now, maxAge);
  const notes = [...keyNotes, ...resolved.notes];

  if (lifetime.ageSeconds > BigInt(maxAge) || lifetime.ageSeconds < 0n) {
    const reason =
      lifetime.ageSeconds < 0n
        ? `Signature age ${lifetime.ageSeconds} < 0 seconds: it claims to be signed in the future.`
        : `Signature age ${lifetime.ageSeconds} > ${maxAge} seconds: the session is too old.`;
    return sessionError('SignatureExpired', reason, { timestamp, ageSeconds: lifetime.ageSeconds, lifetime, keyIndex, notes });
  }

  const opened = await openPayload(parts.payload, timestamp, options, {
    untrusted: false,
    notes: [...notes, ...leniencyNotes('signature', signature), ...leniencyNotes('timestamp', itsdangerousBase64Decode(utf8Encode(parts.timestamp)))],
  });
  return opened.ok ? { ...opened, keyIndex, lifetime } : { ...opened, keyIndex };
}

type KeyList = { readonly ok: true; readonly keys: readonly Uint8Array<ArrayBuffer>[] } | SessionError;

function keyList(secrets: FlaskSecrets): KeyList {
  const list: readonly FlaskSecret[] = Array.isArray(secrets) ? secrets : [secrets as FlaskSecret];
  if (list.length === 0) return sessionError('InvalidSecret', 'No secret key was given.');
  const keys: Uint8Array<ArrayBuffer>[] = [];
  for (const [index, secret] of list.entries()) {
    const bytes = secretBytes(secret);
    if (!bytes.ok) return list.length > 1 ? { ...bytes, reason: `Key ${index + 1}: ${bytes.reason}` } : bytes;
    keys.push(bytes.bytes);
  }
  return { ok: true, keys };
}

/**
 * Index of the first key whose signature matches, or -1. itsdangerous tries SECRET_KEY and then
 * the fallbacks (Signer.verify_signature: `for secret_key in reversed(self.secret_keys)`, and
 * Flask passes `[*SECRET_KEY_FALLBACKS, SECRET_KEY]`); any match is the same verdict, so the
 * order only decides which line the learner is told about.
 */
async function matchingKey(
  keys: readonly Uint8Array<ArrayBuffer>[],
  signer: ResolvedSigner,
  signature: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
): Promise<number> {
  if (signature.length !== DIGEST_BYTES[signer.digest]) return -1;
  for (const [index, key] of keys.entries()) {
    if (await verifyBytes(await deriveSigningKey(key, signer), signature, message)) return index;
  }
  return -1;
}

/**
 * The cookie Flask would set for this session at this time: canonical tagged
 * JSON, zlib-compressed only when that saves at least 2 bytes
 * (`len(compressed) < len(json) - 1`), timestamp, HMAC signature.
 *
 * Uncompressed cookies are byte-identical to Flask's. Compressed ones are
 * valid for Flask but may differ in bytes: the platform's zlib (Chromium's
 * fork in Node and Chrome) need not emit the same deflate stream as the
 * zlib Python links against, even at the same level.
 *
 * A string is read as tagged JSON first (throws FlaskSessionError on bad
 * input or bad options); key order and formatting become Flask's.
 */
export async function signSession(session: string | FlaskValue, secret: FlaskSecret, options: SignOptions = {}): Promise<string> {
  const secretResult = secretBytes(secret);
  if (!secretResult.ok) throw new FlaskSessionError(secretResult);
  const signer = resolveSigner(options);
  if (!signer.ok) throw new FlaskSessionError(signer);
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
  const unixSeconds = typeof when === 'bigint' ? when : secondsOf(when);
  const seconds = options.epoch === 'legacy' ? unixSeconds - LEGACY_EPOCH_SECONDS : unixSeconds;
  const signedText = `${payload}.${base64UrlEncode(timestampToBytes(seconds))}`;
  const key = await deriveSigningKey(secretResult.bytes, signer.signer);
  const signature = await signBytes(key, utf8Encode(signedText));
  return `${signedText}.${base64UrlEncode(signature)}`;
}

/**
 * True when `secret` produced this cookie's signature (WebCrypto; ignores age and payload). A
 * signed Flask-Session id (`id.signature`) is checked as Flask-Session signs it (salt
 * `flask-session` unless `options.salt` says otherwise), as the guesser reads it.
 */
export async function confirmSessionSecret(cookie: string, secret: FlaskSecret, options: SignerOptions = {}): Promise<boolean> {
  const secretResult = secretBytes(secret);
  const split = splitSessionCookie(cookie);
  const signedId = !split.ok && classifyCookie(cookie).kind === 'flask-session-signed-id';
  const signer = resolveSigner(signedId ? { salt: FLASK_SESSION_ID_SALT, ...options } : options);
  if (!secretResult.ok || !signer.ok) return false;
  const dot = cookie.lastIndexOf('.');
  const parts = split.ok ? split.parts : signedId ? { signature: cookie.slice(dot + 1), signedText: cookie.slice(0, dot) } : null;
  if (parts === null) return false;
  const signature = itsdangerousBase64Decode(utf8Encode(parts.signature));
  if (!signature.ok) return false;
  return (await matchingKey([secretResult.bytes], signer.signer, signature.bytes, utf8Encode(parts.signedText))) === 0;
}
