/** Flask session cookies: read (no secret), verify, sign; Flask's tagged JSON; the weak-secret guesser is its own module (guess-secret.ts), loaded only by the worker. */
export {
  confirmSessionSecret,
  decodeSessionCookie,
  FLASK_SESSION_MAX_AGE_SECONDS,
  signSession,
  verifySessionCookie,
  type DecodeOptions,
  type FlaskSecrets,
  type SignOptions,
  type VerifyOptions,
} from './codec.ts';
export { splitSessionCookie, type SessionCookieParts } from './cookie-parts.ts';
export * from './flask-value.ts';
export {
  FlaskSessionError,
  type DecodedSession,
  type SessionError,
  type SessionAge,
  type SessionErrorKind,
  type SessionResult,
  type SessionTimestamp,
} from './session-result.ts';
export {
  FLASK_SESSION_SALT,
  KEY_DERIVATIONS,
  parseSecretKeyLines,
  SIGNING_DIGESTS,
  type FlaskSecret,
  type KeyDerivation,
  type NumberedSecret,
  type SignerOptions,
  type SigningDigest,
} from './session-signing-key.ts';
export { LEGACY_EPOCH_SECONDS, looksLegacy, type TimestampEpoch } from './session-timestamp.ts';
export { classifyCookie, explainCookieKind, FLASK_SESSION_ID_SALT, signFlaskSessionId, verifyFlaskSessionId, type CookieKind, type SignedIdResult } from './cookie-kind.ts';
export {
  DEFAULT_SESSION_COOKIE_NAME,
  MAX_COOKIE_INPUT_CHARS,
  pickSessionCookie,
  type CookieInputSource,
  type PickedSessionCookie,
  type SessionCookieInput,
} from './session-cookie-input.ts';
export { parseTaggedJson, serializeTaggedJson, TAG_KEYS, type TaggedJsonParsed } from './tagged-json.ts';
export { pythonScalarRepr, type FlaskScalar } from './python-scalar-repr.ts';
export { DEFAULT_INFLATE_LIMIT_BYTES } from './zlib-streams.ts';
export { MAX_AGE_LIMIT_SECONDS, parseMaxAge, secretKeysFrom, signatureValidText, type MaxAgeResult, type SecretKeys } from './tool-options.ts';
