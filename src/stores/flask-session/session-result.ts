import type { FlaskValue } from './flask-value.ts';

/**
 * Why a cookie was refused, named after the itsdangerous exception where
 * there is one. `Malformed` is ours (no three parts, empty input, …);
 * `InvalidSecret` is ours too (an empty secret): Flask refuses to sign or open sessions without
 * a SECRET_KEY ("The session is unavailable because no secret key was set").
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
