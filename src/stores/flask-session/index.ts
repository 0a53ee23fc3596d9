/** Flask session cookies: read (no secret), verify, sign; Flask's tagged JSON; the weak-secret guesser is its own module (guess-secret.ts), loaded only by the worker. */
export {
  confirmSessionSecret,
  decodeSessionCookie,
  FLASK_SESSION_MAX_AGE_SECONDS,
  signSession,
  verifySessionCookie,
  type DecodeOptions,
  type SignOptions,
  type VerifyOptions,
} from './codec.ts';
export { splitSessionCookie, type SessionCookieParts } from './cookie-parts.ts';
export * from './flask-value.ts';
export {
  FlaskSessionError,
  type DecodedSession,
  type SessionError,
  type SessionErrorKind,
  type SessionResult,
  type SessionTimestamp,
} from './session-result.ts';
export { FLASK_SESSION_SALT, type FlaskSecret } from './session-signing-key.ts';
export { parseTaggedJson, serializeTaggedJson, TAG_KEYS, type TaggedJsonParsed } from './tagged-json.ts';
export { DEFAULT_INFLATE_LIMIT_BYTES } from './zlib-streams.ts';
