import { sha1 } from '@noble/hashes/legacy.js';
import { hasLoneSurrogate, splitSessionCookie, utf8Encode } from './cookie-parts.ts';
import { itsdangerousBase64Decode } from './python-base64.ts';
import { FlaskSessionError, sessionError } from './session-result.ts';
import { FLASK_SESSION_SALT } from './session-signing-key.ts';

export { confirmSessionSecret } from './codec.ts';

/**
 * A fast, synchronous check of one candidate SECRET_KEY against a cookie,
 * for a weak-secret guesser (run it in a Worker; this module has no Worker
 * code). Everything that does not depend on the guess — the split, the
 * signed text's bytes, the decoded signature, the salt — is prepared once.
 *
 * Per guess: key = HMAC-SHA1(guess, "cookie-session"), then
 * HMAC-SHA1(key, "payload.timestamp"), compared with the signature bytes
 * decoded as leniently as itsdangerous does. A hit is only a lead: confirm it
 * with confirmSessionSecret (WebCrypto) before believing it.
 *
 * The HMACs are RFC 2104 over @noble/hashes' SHA-1, with the hash objects and
 * key block reused between guesses (`_cloneInto` from a pristine state, part
 * of noble's Hash interface): allocating fresh HMAC objects per guess cost
 * more than the hashing itself.
 *
 * An empty guess never matches: Flask refuses an empty SECRET_KEY.
 * Throws FlaskSessionError if the cookie is not payload.timestamp.signature.
 */
export function makeSecretGuesser(cookie: string): (secret: string) => boolean {
  const split = splitSessionCookie(cookie);
  if (!split.ok) throw new FlaskSessionError(split);
  const signature = itsdangerousBase64Decode(utf8Encode(split.parts.signature));
  if (!signature.ok) throw new FlaskSessionError(sessionError('BadSignature', `The signature is not base64 (${signature.reason}).`));
  const expected = signature.bytes;
  const message = utf8Encode(split.parts.signedText);
  const salt = utf8Encode(FLASK_SESSION_SALT);
  const hmacSha1 = reusableHmacSha1();
  const encoder = new TextEncoder();
  // Room for any guess of up to BLOCK bytes of UTF-8; longer ones take the slow path.
  const guessBytes = new Uint8Array(BLOCK);
  const derivedKey = new Uint8Array(sha1.outputLen);
  const mac = new Uint8Array(sha1.outputLen);

  // A SHA-1 HMAC is 20 bytes; a decoded signature of any other length can never match.
  if (expected.length !== mac.length) return () => false;

  return (secret: string): boolean => {
    if (secret.length === 0 || hasLoneSurrogate(secret)) return false;
    const { read, written } = encoder.encodeInto(secret, guessBytes);
    const key = read === secret.length ? guessBytes.subarray(0, written) : sha1(encoder.encode(secret)); // RFC 2104: long keys are hashed first
    hmacSha1(key, salt, derivedKey);
    hmacSha1(derivedKey, message, mac);
    for (let i = 0; i < mac.length; i++) if (mac[i] !== expected[i]) return false;
    return true;
  };
}

const BLOCK = 64; // SHA-1 block size in bytes
const IPAD = 0x36;
const OPAD = 0x5c;

/**
 * HMAC-SHA1(key, message) into `out`, for keys of at most one block (callers hash longer
 * keys first, as RFC 2104 says). Reuses two SHA-1 objects and one key block across calls.
 */
function reusableHmacSha1(): (key: Uint8Array, message: Uint8Array, out: Uint8Array) => void {
  const pristine = sha1.create();
  const inner = sha1.create();
  const outer = sha1.create();
  const block = new Uint8Array(BLOCK);
  return (key, message, out) => {
    block.fill(IPAD);
    for (let i = 0; i < key.length; i++) block[i] = (key[i] ?? 0) ^ IPAD;
    pristine._cloneInto(inner).update(block).update(message).digestInto(out);
    for (let i = 0; i < BLOCK; i++) block[i] = (block[i] ?? 0) ^ IPAD ^ OPAD;
    pristine._cloneInto(outer).update(block).update(out).digestInto(out);
  };
}

