import { hmac } from '@noble/hashes/hmac.js';
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
  const encoder = new TextEncoder();
  const derivedKey = new Uint8Array(sha1.outputLen);
  const mac = new Uint8Array(sha1.outputLen);

  // A SHA-1 HMAC is 20 bytes; a decoded signature of any other length can never match.
  if (expected.length !== mac.length) return () => false;

  return (secret: string): boolean => {
    if (secret.length === 0 || hasLoneSurrogate(secret)) return false;
    hmac.create(sha1, encoder.encode(secret)).update(salt).digestInto(derivedKey);
    hmac.create(sha1, derivedKey).update(message).digestInto(mac);
    for (let i = 0; i < mac.length; i++) if (mac[i] !== expected[i]) return false;
    return true;
  };
}
