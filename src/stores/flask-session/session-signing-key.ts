import { hasLoneSurrogate, utf8Encode } from './cookie-parts.ts';
import { sessionError, type SessionError } from './session-result.ts';
import { FLASK_SESSION_SALT, KEY_DERIVATIONS, SIGNING_DIGESTS, type KeyDerivation, type SignerOptions, type SigningDigest } from './signer-settings.ts';

/**
 * Flask signs sessions with itsdangerous' `key_derivation="hmac"`:
 *
 *     key       = HMAC-SHA1(key = SECRET_KEY, msg = b"cookie-session")
 *     signature = HMAC-SHA1(key, b"payload.timestamp")
 *
 * (flask/src/flask/sessions.py, SecureCookieSessionInterface: salt "cookie-session",
 * digest_method sha1, key_derivation "hmac".) Apps can override salt, digest_method and
 * key_derivation on the session interface; itsdangerous/src/itsdangerous/signer.py,
 * Signer.derive_key, knows four derivations:
 *
 *     concat         key = digest(salt + secret)
 *     django-concat  key = digest(salt + b"signer" + secret)
 *     hmac           key = HMAC-digest(secret, salt)
 *     none           key = secret
 *
 * and HMACAlgorithm.get_signature is `hmac.new(key, msg=value, digestmod=digest)`.
 * Every step runs in WebCrypto here, and checking uses crypto.subtle.verify, never a string
 * comparison.
 */

export { FLASK_SESSION_SALT, KEY_DERIVATIONS, SIGNING_DIGESTS, type KeyDerivation, type SignerOptions, type SigningDigest } from './signer-settings.ts';

export interface ResolvedSigner {
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly digest: SigningDigest;
  readonly keyDerivation: KeyDerivation;
}

const WEBCRYPTO_HASH: Record<SigningDigest, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
/** Output bytes of each digest: a signature of another length can never match. */
export const DIGEST_BYTES: Record<SigningDigest, number> = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 };

export type ResolvedSignerResult = { readonly ok: true; readonly signer: ResolvedSigner } | SessionError;

/** Checks and fills in the options; unknown names get a message listing the supported ones. */
export function resolveSigner(options: SignerOptions = {}): ResolvedSignerResult {
  const salt = options.salt ?? FLASK_SESSION_SALT;
  const digest = options.digest ?? 'sha1';
  const keyDerivation = options.keyDerivation ?? 'hmac';
  if (!(SIGNING_DIGESTS as readonly string[]).includes(digest)) {
    return sessionError('InvalidSecret', `Unsupported digest ${JSON.stringify(digest)}: this tool (WebCrypto) offers ${SIGNING_DIGESTS.join(', ')}.`);
  }
  if (!(KEY_DERIVATIONS as readonly string[]).includes(keyDerivation)) {
    return sessionError('InvalidSecret', `Unknown key derivation ${JSON.stringify(keyDerivation)}: itsdangerous knows ${KEY_DERIVATIONS.join(', ')}.`);
  }
  if (hasLoneSurrogate(salt)) return sessionError('InvalidSecret', 'The salt contains a lone UTF-16 surrogate, which has no UTF-8 form.');
  return { ok: true, signer: { salt: utf8Encode(salt), digest, keyDerivation } };
}

/** A Flask SECRET_KEY: text (UTF-8 encoded, as Python's want_bytes does) or raw bytes. */
export type FlaskSecret = string | Uint8Array | ArrayBuffer;

export type SecretBytes = { readonly ok: true; readonly bytes: Uint8Array<ArrayBuffer> } | SessionError;

/**
 * Bytes of the secret, copied into a fresh buffer of this realm: a
 * Uint8Array from another realm (an iframe, jsdom) makes some WebCrypto
 * implementations throw, so we never hand the caller's buffer through.
 * An empty secret is a key like any other for itsdangerous (and flask-unsign tries it);
 * Flask itself refuses to open sessions without a SECRET_KEY, which callers say in a note.
 */
export function secretBytes(secret: FlaskSecret): SecretBytes {
  if (typeof secret === 'string') {
    if (hasLoneSurrogate(secret)) {
      return sessionError('InvalidSecret', 'The secret contains a lone UTF-16 surrogate, which has no UTF-8 form (Python raises UnicodeEncodeError).');
    }
    return { ok: true, bytes: utf8Encode(secret) };
  }
  const view = ArrayBuffer.isView(secret) ? new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength) : new Uint8Array(secret);
  const bytes = new Uint8Array(view.byteLength);
  bytes.set(view);
  return { ok: true, bytes };
}

export const EMPTY_SECRET_NOTE =
  'The secret key is empty. itsdangerous signs with an empty key (and flask-unsign tries one), but Flask itself refuses to ' +
  'open or save sessions without a SECRET_KEY ("The session is unavailable because no secret key was set").';

/**
 * The bytes WebCrypto is given as an HMAC key. importKey rejects a zero-length HMAC key
 * (DataError, https://w3c.github.io/webcrypto/#hmac-operations-import-key), but HMAC pads any
 * key shorter than the block with zero bytes (RFC 2104 §2), so the empty key and the one-byte
 * key 0x00 have the same MAC; tests check this against Python's hmac.
 */
function hmacKeyBytes(key: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  return key.length === 0 ? new Uint8Array(1) : key;
}

/** The parts one after the other, in a fresh buffer (key derivation's salt + secret; the guesser's too). */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const SIGNER_WORD = utf8Encode('signer');

async function hmacKey(bytes: Uint8Array<ArrayBuffer>, digest: SigningDigest, usages: KeyUsage[]): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', hmacKeyBytes(bytes), { name: 'HMAC', hash: WEBCRYPTO_HASH[digest] }, false, usages);
}

/** Signer.derive_key (itsdangerous/src/itsdangerous/signer.py) → an HMAC key for sign and verify. */
export async function deriveSigningKey(secret: Uint8Array<ArrayBuffer>, signer: ResolvedSigner): Promise<CryptoKey> {
  const hash = WEBCRYPTO_HASH[signer.digest];
  let derived: Uint8Array<ArrayBuffer>;
  switch (signer.keyDerivation) {
    case 'hmac':
      derived = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret, signer.digest, ['sign']), signer.salt));
      break;
    case 'concat':
      derived = new Uint8Array(await crypto.subtle.digest(hash, concatBytes(signer.salt, secret)));
      break;
    case 'django-concat':
      derived = new Uint8Array(await crypto.subtle.digest(hash, concatBytes(signer.salt, SIGNER_WORD, secret)));
      break;
    case 'none':
      derived = secret;
      break;
  }
  return hmacKey(derived, signer.digest, ['sign', 'verify']);
}

const FLASK_DEFAULT_SIGNER: ResolvedSigner = { salt: utf8Encode(FLASK_SESSION_SALT), digest: 'sha1', keyDerivation: 'hmac' };

/** Flask's own derived session key (salt cookie-session, HMAC, SHA-1). */
export async function deriveSessionKey(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return deriveSigningKey(secret, FLASK_DEFAULT_SIGNER);
}

export async function signBytes(key: CryptoKey, message: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
}

export async function verifyBytes(key: CryptoKey, signature: Uint8Array<ArrayBuffer>, message: Uint8Array<ArrayBuffer>): Promise<boolean> {
  return crypto.subtle.verify('HMAC', key, signature, message);
}

export { parseSecretKeyLines, type NumberedSecret } from './signer-settings.ts';
