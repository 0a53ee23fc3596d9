import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { hasLoneSurrogate, splitSessionCookie, utf8Encode } from './cookie-parts.ts';
import { classifyCookie, FLASK_SESSION_ID_SALT } from './cookie-kind.ts';
import { itsdangerousBase64Decode } from './python-base64.ts';
import { FlaskSessionError, sessionError } from './session-result.ts';
import { concatBytes, DIGEST_BYTES, resolveSigner, type ResolvedSigner, type SignerOptions, type SigningDigest } from './session-signing-key.ts';
import { paddedWords, SHA1_IV, sha1Compress, sha1Words } from './sha1-words.ts';

export { confirmSessionSecret } from './codec.ts';

/**
 * A fast, synchronous check of one candidate SECRET_KEY against a cookie, for a weak-secret
 * guesser (run it in a Worker or a worker thread; this module has no Worker code).
 *
 * Per guess (Flask's defaults, itsdangerous/src/itsdangerous/signer.py):
 *     K = HMAC-SHA1(guess, salt)          Signer.derive_key, key_derivation="hmac"
 *     S = HMAC-SHA1(K, "payload.timestamp")  HMACAlgorithm.get_signature
 * compared with the signature bytes decoded as leniently as itsdangerous does. A hit is only
 * a lead: confirm it with confirmSessionSecret (WebCrypto) before believing it.
 *
 * The SHA-1 path is hand-written on words (sha1-words.ts) because this is a measured hot loop:
 * everything that does not change per guess is converted once (the salt block, the signed
 * text's blocks with their padding, the expected signature as words); per guess there are
 * 7 + ⌈(len(P.T) + 9) / 64⌉ block compressions and no allocation. Other digests and key
 * derivations take a generic path over @noble/hashes.
 */

/** `session`: Flask's `payload.timestamp.signature`. `signed-value`: itsdangerous Signer's `value.signature` (a Flask-Session id). */
export type SignedFormat = 'session' | 'signed-value';

export interface GuessOptions extends SignerOptions {
  /** Default: by the cookie's shape — a signed Flask-Session id (`id.signature`) is `signed-value` with salt `flask-session`. */
  readonly format?: SignedFormat;
}

/** Checks one guess given as text (UTF-8 encoded, as Python's want_bytes does). */
export type TextGuesser = (secret: string) => boolean;
/** Checks one guess given as raw bytes `bytes[start..end)` (a line of a word-list file, no decoding). */
export type ByteGuesser = (bytes: Uint8Array, start: number, end: number) => boolean;

export interface SecretGuessers {
  readonly text: TextGuesser;
  readonly bytes: ByteGuesser;
}

/** Throws FlaskSessionError if the cookie has no signature where the format expects one. */
export function makeSecretGuesser(cookie: string, options: GuessOptions = {}): TextGuesser {
  return makeSecretGuessers(cookie, options).text;
}

/** Both forms over the same prepared state (not reentrant: one guess at a time). */
export function makeSecretGuessers(cookie: string, options: GuessOptions = {}): SecretGuessers {
  const signedId = options.format === undefined && classifyCookie(cookie).kind === 'flask-session-signed-id';
  const resolved = resolveSigner(signedId ? { salt: FLASK_SESSION_ID_SALT, ...options } : options);
  if (!resolved.ok) throw new FlaskSessionError(resolved);
  const { signedText, signature } = signedParts(cookie, options.format ?? (signedId ? 'signed-value' : 'session'));
  const decoded = itsdangerousBase64Decode(utf8Encode(signature));
  if (!decoded.ok) throw new FlaskSessionError(sessionError('BadSignature', `The signature is not base64 (${decoded.reason}).`));
  // A signature of the wrong length can never match.
  if (decoded.bytes.length !== DIGEST_BYTES[resolved.signer.digest]) return { text: () => false, bytes: () => false };
  const message = utf8Encode(signedText);
  if (resolved.signer.digest === 'sha1' && resolved.signer.keyDerivation === 'hmac') {
    return fastFlaskSha1Guesser(resolved.signer.salt, message, decoded.bytes);
  }
  return genericGuesser(resolved.signer, message, decoded.bytes);
}

function signedParts(cookie: string, format: SignedFormat): { signedText: string; signature: string } {
  if (format === 'session') {
    const split = splitSessionCookie(cookie);
    if (!split.ok) throw new FlaskSessionError(split);
    return { signedText: split.parts.signedText, signature: split.parts.signature };
  }
  const dot = cookie.lastIndexOf('.');
  if (dot < 0) throw new FlaskSessionError(sessionError('Malformed', "Expected value.signature but found no '.' at all."));
  return { signedText: cookie.slice(0, dot), signature: cookie.slice(dot + 1) };
}

const KEY_LOADED = 0;
const KEY_TOO_LONG = 1;
const KEY_INVALID = 2;
const IPAD = 0x36363636;
const OPAD = 0x5c5c5c5c;

function fastFlaskSha1Guesser(salt: Uint8Array, message: Uint8Array, expectedBytes: Uint8Array): SecretGuessers {
  const saltWords = paddedWords(salt, 64);
  const messageWords = paddedWords(message, 64);
  const expected = new Int32Array(5);
  const view = new DataView(expectedBytes.buffer, expectedBytes.byteOffset, expectedBytes.byteLength);
  for (let i = 0; i < 5; i++) expected[i] = view.getInt32(i * 4);
  const e0 = expected[0]!;

  const iv = Int32Array.from(SHA1_IV);
  const keyWords = new Int32Array(16); // the guess as a zero-padded block
  const block = new Int32Array(16); // key ^ pad, then the 20-byte-digest block of an outer hash
  const inner = new Int32Array(5);
  const outer = new Int32Array(5);
  const digest = new Int32Array(5);
  // The outer hash's second block: 20 digest bytes, 0x80, zeros, bit length (64 + 20) * 8.
  const digestBlock = paddedWords(new Uint8Array(20), 64);
  const bytes = new Uint8Array(64);
  const encoder = new TextEncoder();

  /** inner/outer = the states after hashing (key ^ ipad) and (key ^ opad), from keyWords. */
  const keyStates = (): void => {
    for (let i = 0; i < 16; i++) block[i] = keyWords[i]! ^ IPAD;
    sha1Compress(iv, 0, block, 0, inner, 0);
    for (let i = 0; i < 16; i++) block[i] = keyWords[i]! ^ OPAD;
    sha1Compress(iv, 0, block, 0, outer, 0);
  };
  /** digest = HMAC(key in inner/outer, tail words). */
  const hmacTail = (tail: Int32Array): void => {
    for (let off = 0; off < tail.length; off += 16) sha1Compress(inner, 0, tail, off, inner, 0);
    for (let i = 0; i < 5; i++) digestBlock[i] = inner[i]!;
    sha1Compress(outer, 0, digestBlock, 0, digest, 0);
  };
  /** The guess into keyWords: KEY_LOADED, KEY_TOO_LONG (longer than a block: hash it) or KEY_INVALID. */
  const loadKey = (secret: string): number => {
    const length = secret.length;
    keyWords.fill(0);
    if (length <= 64) {
      let ascii = true;
      for (let i = 0; i < length; i++) {
        const code = secret.charCodeAt(i);
        if (code > 0x7f) {
          ascii = false;
          break;
        }
        keyWords[i >> 2]! |= code << (24 - 8 * (i & 3));
      }
      if (ascii) return KEY_LOADED;
      keyWords.fill(0);
    }
    // Python cannot encode a lone surrogate (UnicodeEncodeError): such a guess is never a SECRET_KEY.
    if (hasLoneSurrogate(secret)) return KEY_INVALID;
    const { read, written } = encoder.encodeInto(secret, bytes);
    if (read !== length) return KEY_TOO_LONG;
    for (let i = 0; i < written; i++) keyWords[i >> 2]! |= bytes[i]! << (24 - 8 * (i & 3));
    return KEY_LOADED;
  };

  /** Both HMACs from the key in keyWords; true when the result is the expected signature. */
  const check = (): boolean => {
    keyStates();
    hmacTail(saltWords); // digest = K = HMAC-SHA1(secret, salt)
    keyWords.fill(0);
    for (let i = 0; i < 5; i++) keyWords[i] = digest[i]!;
    keyStates();
    hmacTail(messageWords); // digest = HMAC-SHA1(K, "P.T")
    if (digest[0] !== e0) return false;
    for (let i = 1; i < 5; i++) if (digest[i] !== expected[i]) return false;
    return true;
  };

  const text = (secret: string): boolean => {
    const loaded = loadKey(secret);
    if (loaded === KEY_INVALID) return false;
    if (loaded === KEY_TOO_LONG) {
      // RFC 2104 §2: a key longer than the block is hashed first.
      keyWords.fill(0);
      keyWords.set(sha1Words(encoder.encode(secret)));
    }
    return check();
  };
  const bytesGuess = (source: Uint8Array, start: number, end: number): boolean => {
    keyWords.fill(0);
    if (end - start > 64) keyWords.set(sha1Words(source.subarray(start, end)));
    else for (let i = start; i < end; i++) keyWords[(i - start) >> 2]! |= source[i]! << (24 - 8 * ((i - start) & 3));
    return check();
  };
  return { text, bytes: bytesGuess };
}

const NOBLE: Record<SigningDigest, typeof sha1> = { sha1, sha256, sha384, sha512 };

/** Any digest and key derivation itsdangerous offers, over @noble/hashes (slower; allocates). */
function genericGuesser(signer: ResolvedSigner, message: Uint8Array, expected: Uint8Array): SecretGuessers {
  const hash = NOBLE[signer.digest];
  const signerWord = utf8Encode('signer');
  const encoder = new TextEncoder();
  const derive = (secret: Uint8Array): Uint8Array => {
    switch (signer.keyDerivation) {
      case 'hmac':
        return hmac(hash, secret, signer.salt);
      case 'concat':
        return hash(concatBytes(signer.salt, secret));
      case 'django-concat':
        return hash(concatBytes(signer.salt, signerWord, secret));
      case 'none':
        return secret;
    }
  };
  const matches = (secret: Uint8Array): boolean => {
    const mac = hmac(hash, derive(secret), message);
    for (let i = 0; i < mac.length; i++) if (mac[i] !== expected[i]) return false;
    return true;
  };
  return {
    text: (secret) => !hasLoneSurrogate(secret) && matches(encoder.encode(secret)),
    bytes: (source, start, end) => matches(source.slice(start, end)),
  };
}
