import { hasLoneSurrogate, utf8Encode } from './cookie-parts.ts';
import { sessionError, type SessionError } from './session-result.ts';

/**
 * Flask signs sessions with itsdangerous' `key_derivation="hmac"`:
 *
 *     key       = HMAC-SHA1(key = SECRET_KEY, msg = b"cookie-session")
 *     signature = HMAC-SHA1(key, b"payload.timestamp")
 *
 * Both steps run in WebCrypto here, and checking uses crypto.subtle.verify,
 * never a string comparison.
 */

export const FLASK_SESSION_SALT = 'cookie-session';

/** A Flask SECRET_KEY: text (UTF-8 encoded, as Python's want_bytes does) or raw bytes. */
export type FlaskSecret = string | Uint8Array | ArrayBuffer;

export type SecretBytes = { readonly ok: true; readonly bytes: Uint8Array<ArrayBuffer> } | SessionError;

const EMPTY_SECRET_REASON =
  'The secret is empty. Flask refuses too ("The session is unavailable because no secret key was set"), ' +
  'and WebCrypto cannot import a zero-length HMAC key (DataError).';

/**
 * Bytes of the secret, copied into a fresh buffer of this realm: a
 * Uint8Array from another realm (an iframe, jsdom) makes some WebCrypto
 * implementations throw, so we never hand the caller's buffer through.
 */
export function secretBytes(secret: FlaskSecret): SecretBytes {
  let bytes: Uint8Array<ArrayBuffer>;
  if (typeof secret === 'string') {
    if (hasLoneSurrogate(secret)) {
      return sessionError('InvalidSecret', 'The secret contains a lone UTF-16 surrogate, which has no UTF-8 form (Python raises UnicodeEncodeError).');
    }
    bytes = utf8Encode(secret);
  } else {
    const view = ArrayBuffer.isView(secret) ? new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength) : new Uint8Array(secret);
    bytes = new Uint8Array(view.byteLength);
    bytes.set(view);
  }
  if (bytes.length === 0) return sessionError('InvalidSecret', EMPTY_SECRET_REASON);
  return { ok: true, bytes };
}

const HMAC_SHA1 = { name: 'HMAC', hash: 'SHA-1' } as const;

/** The derived signing key, usable for both sign and verify. */
export async function deriveSessionKey(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', secret, HMAC_SHA1, false, ['sign']);
  const derived = await crypto.subtle.sign('HMAC', base, utf8Encode(FLASK_SESSION_SALT));
  return crypto.subtle.importKey('raw', derived, HMAC_SHA1, false, ['sign', 'verify']);
}

export async function signBytes(key: CryptoKey, message: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
}

export async function verifyBytes(key: CryptoKey, signature: Uint8Array<ArrayBuffer>, message: Uint8Array<ArrayBuffer>): Promise<boolean> {
  return crypto.subtle.verify('HMAC', key, signature, message);
}
