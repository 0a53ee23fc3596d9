import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FlaskSessionVector } from '../../stores/flask-session/fixtures.ts';

/**
 * The real-Flask fixtures, read from the working directory: under jsdom, vite rewrites
 * `import.meta.url` to a `/@fs/` URL, so the node-environment loader's path does not work here.
 */
export function readFlaskSessionVectors(): readonly FlaskSessionVector[] {
  const path = resolve(process.cwd(), '../shared/fixtures/flask-session-vectors.json');
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${path} is not a list of vectors`);
  return parsed as FlaskSessionVector[];
}

export function vectorSignedWith(vectors: readonly FlaskSessionVector[], secret: string, compressed = false): FlaskSessionVector {
  const found = vectors.find((v) => v.secret === secret && v.compressed === compressed);
  if (!found) throw new Error(`no fixture signed with ${JSON.stringify(secret)} (compressed: ${compressed})`);
  return found;
}
