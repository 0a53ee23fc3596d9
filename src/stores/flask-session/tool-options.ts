import { FLASK_SESSION_MAX_AGE_SECONDS, parseSecretKeyLines, type NumberedSecret } from './signer-settings.ts';

/**
 * The Flask tool's option boxes (`Secret key`, `Salt`, `Max age (seconds)`, `Cookie name`) →
 * what the codec takes, with a message for each box whose text cannot be used. Pure, so the
 * page, its tests and the command line read the boxes the same way.
 */

/** itsdangerous compares ages as Python ints; a JS Date reaches ±8.64e15 ms, so larger ages could never be shown. */
export const MAX_AGE_LIMIT_SECONDS = 8_640_000_000_000;

export type MaxAgeResult = { readonly ok: true; readonly seconds: number } | { readonly ok: false; readonly reason: string };

/** Empty means Flask's default (PERMANENT_SESSION_LIFETIME, 31 days); otherwise whole seconds, 0 or more. */
export function parseMaxAge(text: string): MaxAgeResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, seconds: FLASK_SESSION_MAX_AGE_SECONDS };
  if (!/^\d+$/.test(trimmed)) {
    return { ok: false, reason: `Max age must be a whole number of seconds (Flask's default is ${FLASK_SESSION_MAX_AGE_SECONDS}, 31 days), not ${JSON.stringify(trimmed.slice(0, 40))}.` };
  }
  const seconds = Number(trimmed);
  if (!Number.isSafeInteger(seconds) || seconds > MAX_AGE_LIMIT_SECONDS) {
    return { ok: false, reason: `Max age can be at most ${MAX_AGE_LIMIT_SECONDS.toLocaleString('en')} seconds (what a date can show).` };
  }
  return { ok: true, seconds };
}

export interface SecretKeys {
  /** The keys to verify with, in order; `line` is the box's line number (1 = SECRET_KEY, which signs). */
  readonly keys: readonly NumberedSecret[];
  /** The key that signs: the first line that holds one. */
  readonly signingKey: string | null;
}

export function secretKeysFrom(text: string): SecretKeys {
  const keys = parseSecretKeyLines(text);
  return { keys, signingKey: keys[0]?.secret ?? null };
}

/**
 * "Signature valid" or, when the box holds several keys, "Signature valid (key 2)": the line
 * that verified (CONTRACT.md). `keyIndex` is the codec's index into `keys`.
 */
export function signatureValidText(keyIndex: number | undefined, keys: readonly NumberedSecret[]): string {
  if (keyIndex === undefined || keys.length < 2) return 'Signature valid';
  const line = keys[keyIndex]?.line;
  return line === undefined ? 'Signature valid' : `Signature valid (key ${line})`;
}
