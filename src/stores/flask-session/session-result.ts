import type { FlaskValue } from './flask-value.ts';

/**
 * Why a cookie was refused, named after the itsdangerous exception where
 * there is one. `Malformed` is ours (no three parts, empty input, …);
 * `InvalidSecret` is ours too: a secret or salt with no UTF-8 form, an unknown digest or key
 * derivation, or no key at all. (An empty key is allowed, as itsdangerous allows it, with a note
 * that Flask itself refuses to open sessions without a SECRET_KEY.)
 */
export type SessionErrorKind =
  | 'Malformed'
  | 'BadSignature'
  | 'BadTimeSignature'
  | 'SignatureExpired'
  | 'BadPayload'
  | 'InvalidSecret';

export interface SessionTimestamp {
  /** Seconds since the Unix epoch, as signed (up to 8 bytes, so bigint). */
  readonly seconds: bigint;
  /** The same instant, or null when it is outside the range of a JS Date. */
  readonly date: Date | null;
  /** The number in the cookie, when it differs from `seconds` (a legacy timestamp counts from 2011). */
  readonly signedNumber?: bigint;
  /** How the number was read: `legacy` is itsdangerous before 1.0 (seconds since 2011-01-01). */
  readonly epoch?: 'unix' | 'legacy';
}

/** When it was signed, how old it is and until when Flask accepts it (see session-timestamp.ts). */
export interface SessionAge {
  readonly ageSeconds: bigint;
  readonly maxAgeSeconds: number;
  /** The last second at which Flask still accepts the cookie; null beyond a Date's range. */
  readonly acceptedUntil: Date | null;
  readonly remainingSeconds: bigint;
}

export interface SessionError {
  readonly ok: false;
  readonly kind: SessionErrorKind;
  /** A human explanation, quoting itsdangerous' own message where it has one. */
  readonly reason: string;
  /**
   * The exception class Flask's serializer would raise for this cookie, when
   * it differs from `kind` (a wrong signature on a timed cookie is raised as
   * BadTimeSignature, a subclass of BadSignature).
   */
  readonly itsdangerous?: string;
  readonly timestamp?: SessionTimestamp;
  /** For SignatureExpired: now − timestamp, in seconds. */
  readonly ageSeconds?: bigint;
  /** For a payload that inflates past the cap. */
  readonly inflateLimitBytes?: number;
  /** How many decompressed bytes were produced before we stopped. */
  readonly inflatedBytesSeen?: number;
  /** For SignatureExpired: the signing time against the max age. */
  readonly lifetime?: SessionAge;
  /** For an error found after a good signature: which key (0 = the first) verified. */
  readonly keyIndex?: number;
  /** Things worth knowing about an error (a legacy-looking timestamp, an empty key…). */
  readonly notes?: readonly string[];
}

export interface DecodedSession {
  readonly ok: true;
  /** The exact JSON text Flask stored (after base64 and zlib). */
  readonly payloadJson: string;
  /** The session after Flask's untagging. */
  readonly value: FlaskValue;
  readonly timestamp: SessionTimestamp;
  /** Whether the payload was zlib-compressed (it starts with `.`). */
  readonly compressed: boolean;
  /** True when no signature was checked: anyone can forge what you see. */
  readonly untrusted: boolean;
  /** Things Flask tolerated that a careful reader may want to know. */
  readonly notes: readonly string[];
  /** After verify: which of the given keys (0 = the first line, SECRET_KEY) made the signature. */
  readonly keyIndex?: number;
  /** Signing time against the max age (verify always; decode when it can tell). */
  readonly lifetime?: SessionAge;
}

export type SessionResult = DecodedSession | SessionError;

export function sessionError(kind: SessionErrorKind, reason: string, extra: Omit<SessionError, 'ok' | 'kind' | 'reason'> = {}): SessionError {
  return { ok: false, kind, reason, ...extra };
}

/** Thrown only by the signing helpers (programmer input), carrying the typed error. */
export class FlaskSessionError extends Error {
  constructor(readonly error: SessionError) {
    super(`${error.kind}: ${error.reason}`);
    this.name = 'FlaskSessionError';
  }
}
