import { readTextFile } from './node-io.ts';

export interface FlaskSessionVector {
  readonly secret: string;
  readonly cookie: string;
  readonly compressed: boolean;
  readonly tagged_json: string;
  readonly tampered: string;
}

/** `<clone>/../shared/fixtures/…`: four levels up from this folder is the clone's parent. */
export const VECTORS_URL = new URL('../../../../shared/fixtures/flask-session-vectors.json', import.meta.url);

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

export async function loadFlaskSessionVectors(): Promise<readonly FlaskSessionVector[]> {
  let text: string;
  try {
    text = await readTextFile(VECTORS_URL);
  } catch (error) {
    throw new Error(`Cannot read the Flask session fixtures at ${VECTORS_URL.pathname} (shared/ must sit beside the clone): ${String(error)}`);
  }
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every(isVector)) throw new Error('flask-session-vectors.json does not have the expected shape.');
  return parsed;
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
