import { timestampFromSeconds } from './cookie-parts.ts';
import type { SessionTimestamp } from './session-result.ts';

/**
 * itsdangerous before 1.0 counted timestamps in seconds from 2011-01-01 00:00 UTC, not from
 * 1970: `EPOCH = 1293840000` and `get_timestamp() = int(time.time() - EPOCH)`
 * (itsdangerous 0.24, itsdangerous.py). 1.0.0 changed that — CHANGES.rst, "Use the full timestamp
 * rather than an offset, allowing dates before 2011" (https://github.com/pallets/itsdangerous/blob/main/CHANGES.rst,
 * and issue 120 for the cookies it broke). flask-unsign reads such cookies with `--legacy`.
 */
export const LEGACY_EPOCH_SECONDS = 1_293_840_000n;

/**
 * Flask 0.1 came out on 2010-04-16 (https://flask.palletsprojects.com/en/stable/changes/#version-0-1):
 * no Flask cookie was signed before it, so a Unix timestamp older than that is implausible.
 */
export const FLASK_FIRST_RELEASE_SECONDS = 1_271_376_000n;

/** `unix`: itsdangerous ≥ 1.0 (today's Flask). `legacy`: itsdangerous < 1.0. `auto`: legacy when the number only makes sense that way. */
export type TimestampEpoch = 'unix' | 'legacy' | 'auto';

/** A minute of clock skew between the signing server and this clock. */
const SKEW_SECONDS = 60n;

/**
 * True when `signed` is implausibly old as Unix time (before Flask existed, and not 0, which an
 * empty timestamp part also decodes to) but a plausible past time counted from 2011.
 */
export function looksLegacy(signed: bigint, nowSeconds: bigint): boolean {
  return signed > 0n && signed < FLASK_FIRST_RELEASE_SECONDS && signed + LEGACY_EPOCH_SECONDS <= nowSeconds + SKEW_SECONDS;
}

export interface ResolvedTimestamp {
  readonly timestamp: SessionTimestamp;
  /** Why the number was read with the 2011 epoch, or why it perhaps should be; empty otherwise. */
  readonly notes: readonly string[];
}

const formatUtc = (date: Date | null): string => (date ? `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC` : 'a time beyond what a date can show');

/** The number in the cookie → the Unix time it stands for, under the chosen epoch. */
export function resolveTimestamp(signed: bigint, epoch: TimestampEpoch, nowSeconds: bigint): ResolvedTimestamp {
  const legacyLike = looksLegacy(signed, nowSeconds);
  const legacy = epoch === 'legacy' || (epoch === 'auto' && legacyLike);
  if (legacy) {
    const timestamp: SessionTimestamp = { ...timestampFromSeconds(signed + LEGACY_EPOCH_SECONDS), signedNumber: signed, epoch: 'legacy' };
    const why =
      epoch === 'legacy'
        ? 'Read as a legacy timestamp, as asked'
        : `The timestamp ${signed} is implausibly old as Unix time (${formatUtc(timestampFromSeconds(signed).date)}, before Flask existed)`;
    return {
      timestamp,
      notes: [
        `${why}: itsdangerous before 1.0 counted seconds from 2011-01-01 (EPOCH = 1293840000), so it was signed at ${formatUtc(timestamp.date)}. ` +
          'Flask with itsdangerous 1.0 or later reads it as 1970s Unix time and refuses it as expired.',
      ],
    };
  }
  const timestamp: SessionTimestamp = { ...timestampFromSeconds(signed), signedNumber: signed, epoch: 'unix' };
  if (!legacyLike) return { timestamp, notes: [] };
  return {
    timestamp,
    notes: [
      `As Unix time, ${signed} is ${formatUtc(timestamp.date)}, before Flask existed. itsdangerous before 1.0 counted from 2011-01-01 ` +
        `(EPOCH = 1293840000): if the app is that old, it was signed at ${formatUtc(timestampFromSeconds(signed + LEGACY_EPOCH_SECONDS).date)} (read it as legacy).`,
    ],
  };
}

/** Seconds since the Unix epoch, floored, as int(time.time()) does. */
export function secondsOf(date: Date): bigint {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid Date.');
  return BigInt(Math.floor(ms / 1000));
}

/** When it was signed, how old it is, and the last second Flask accepts it (age ≤ max age). */
export interface SessionLifetime {
  readonly ageSeconds: bigint;
  readonly maxAgeSeconds: number;
  /** signed + max age: Flask refuses the cookie from the second after this. Null beyond a Date's range. */
  readonly acceptedUntil: Date | null;
  /** Seconds left until then (negative once expired). */
  readonly remainingSeconds: bigint;
}

export function sessionLifetime(timestamp: SessionTimestamp, nowSeconds: bigint, maxAgeSeconds: number): SessionLifetime {
  const ageSeconds = nowSeconds - timestamp.seconds;
  const until = timestamp.seconds + BigInt(maxAgeSeconds);
  return {
    ageSeconds,
    maxAgeSeconds,
    acceptedUntil: timestampFromSeconds(until).date,
    remainingSeconds: until - nowSeconds,
  };
}
