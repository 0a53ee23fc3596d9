import { readTextFile } from './node-io.ts';

export interface FlaskSessionVector {
  readonly secret: string;
  readonly cookie: string;
  readonly compressed: boolean;
  readonly tagged_json: string;
  readonly tampered: string;
}

/**
 * Cookies made by real Flask (tests/fixtures/README.md): Flask 2.2 first, then Flask 3.1 (made by
 * tests/fixtures/make_flask_session_vectors.py). Tests that pick "the first vector signed with X" get the 2.2 one.
 */
export const VECTOR_FILES: readonly URL[] = [
  new URL('../../fixtures/flask-2.2-session-vectors.json', import.meta.url),
  new URL('../../fixtures/flask-3.1-session-vectors.json', import.meta.url),
];

function isVector(value: unknown): value is FlaskSessionVector {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.secret === 'string' &&
    typeof record.cookie === 'string' &&
    typeof record.compressed === 'boolean' &&
    typeof record.tagged_json === 'string' &&
    typeof record.tampered === 'string'
  );
}

export function parseFlaskSessionVectors(text: string, file: string): readonly FlaskSessionVector[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every(isVector)) throw new Error(`${file} is not a list of Flask session vectors.`);
  return parsed;
}

export async function loadFlaskSessionVectors(): Promise<readonly FlaskSessionVector[]> {
  const all: FlaskSessionVector[] = [];
  for (const file of VECTOR_FILES) all.push(...parseFlaskSessionVectors(await readTextFile(file), file.pathname));
  return all;
}

/** The timestamp part of a cookie as a Date, to pin `now` for expiry checks. */
export function cookieSignedAt(cookie: string): Date {
  const parts = cookie.split('.');
  const timestamp = parts[parts.length - 2] ?? '';
  const bytes = atob(timestamp.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (timestamp.length % 4)) % 4));
  let seconds = 0;
  for (const c of bytes) seconds = seconds * 256 + c.charCodeAt(0);
  return new Date(seconds * 1000);
}
