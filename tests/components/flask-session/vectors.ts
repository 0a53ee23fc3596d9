import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFlaskSessionVectors, type FlaskSessionVector } from '../../stores/flask-session/fixtures.ts';

/**
 * The real-Flask fixtures, read from the working directory: under jsdom, vite rewrites
 * `import.meta.url` to a `/@fs/` URL, so the node-environment loader's path does not work here.
 */
export function readFlaskSessionVectors(): readonly FlaskSessionVector[] {
  return ['flask-2.2-session-vectors.json', 'flask-3.1-session-vectors.json'].flatMap((name) => {
    const path = resolve(process.cwd(), 'tests/fixtures', name);
    return parseFlaskSessionVectors(readFileSync(path, 'utf8'), path);
  });
}

export function vectorSignedWith(vectors: readonly FlaskSessionVector[], secret: string, compressed = false): FlaskSessionVector {
  const found = vectors.find((v) => v.secret === secret && v.compressed === compressed);
  if (!found) throw new Error(`no fixture signed with ${JSON.stringify(secret)} (compressed: ${compressed})`);
  return found;
}
