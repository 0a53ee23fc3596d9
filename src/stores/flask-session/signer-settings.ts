/**
 * The names and defaults of Flask's session signing (salt, digest, key derivation, max age) and
 * the Secret key box's lines: small and free of crypto, so the tool's boxes can use them on the
 * first screen without loading the codec (session-signing-key.ts and codec.ts re-export them).
 */

/** Flask's default PERMANENT_SESSION_LIFETIME (31 days); it checks this age even for non-permanent sessions (flask/src/flask/app.py default_config). */
export const FLASK_SESSION_MAX_AGE_SECONDS = 31 * 24 * 60 * 60;

export const FLASK_SESSION_SALT = 'cookie-session';

/** Digests WebCrypto offers (https://w3c.github.io/webcrypto/#alg-usage), named as Python's hashlib names them. */
export const SIGNING_DIGESTS = ['sha1', 'sha256', 'sha384', 'sha512'] as const;
export type SigningDigest = (typeof SIGNING_DIGESTS)[number];

/** itsdangerous' Signer.derive_key choices (src/itsdangerous/signer.py). */
export const KEY_DERIVATIONS = ['hmac', 'concat', 'django-concat', 'none'] as const;
export type KeyDerivation = (typeof KEY_DERIVATIONS)[number];

/** How the signing key is made from a secret: Flask's defaults unless an app overrides them. */
export interface SignerOptions {
  /** Default `cookie-session` (Flask's session salt). Flask-Session signs ids with `flask-session`. */
  readonly salt?: string;
  /** Default `sha1`. */
  readonly digest?: SigningDigest;
  /** Default `hmac` (Flask's choice; itsdangerous' own default is `django-concat`). */
  readonly keyDerivation?: KeyDerivation;
}

/** One line of the `Secret key` box: the key and its line number (1 = SECRET_KEY). */
export interface NumberedSecret {
  readonly line: number;
  readonly secret: string;
}

/**
 * The `Secret key` box → keys: one per line, Flask 3.1's SECRET_KEY first and then
 * SECRET_KEY_FALLBACKS (flask/src/flask/sessions.py get_signing_serializer passes
 * `[*fallbacks, secret_key]`; itsdangerous signs with the last and verifies with each, newest
 * first). A trailing "\r" is dropped (pasted from Windows); blank lines are skipped but keep
 * their number, so "key 3" is the third line as the learner sees it.
 */
export function parseSecretKeyLines(text: string): NumberedSecret[] {
  const keys: NumberedSecret[] = [];
  text.split('\n').forEach((raw, index) => {
    const secret = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (secret !== '') keys.push({ line: index + 1, secret });
  });
  return keys;
}
