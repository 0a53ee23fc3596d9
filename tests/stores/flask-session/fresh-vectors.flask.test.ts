// @vitest-environment node
import { beforeAll, expect, it } from 'vitest';
import { decodeSessionCookie, signSession, verifySessionCookie } from '../../../src/stores/flask-session/codec.ts';
import { flaskValuesEqual } from '../../../src/stores/flask-session/flask-value.ts';
import type { SessionResult } from '../../../src/stores/flask-session/session-result.ts';
import { parseTaggedJson } from '../../../src/stores/flask-session/tagged-json.ts';
import { cookieSignedAt, parseFlaskSessionVectors, type FlaskSessionVector } from './fixtures.ts';
import { runProcess } from './node-io.ts';

/**
 * The fixture generator (tests/fixtures/make_flask_session_vectors.py) run now, with whatever
 * Flask is installed (FLASK_PYTHON or python3: Debian's Flask 2.2 in CI, Flask 3.1 from pip
 * elsewhere): our codec must read, verify and re-sign what that Flask signs today. Part of
 * `npm run test:flask`; without Flask it fails, it does not skip.
 */
const PYTHON = process.env.FLASK_PYTHON ?? 'python3';
const GENERATOR = decodeURIComponent(new URL('../../fixtures/make_flask_session_vectors.py', import.meta.url).pathname);

let vectors: readonly FlaskSessionVector[] = [];
beforeAll(async () => {
  const run = await runProcess(PYTHON, [GENERATOR], { env: { PYTHONDONTWRITEBYTECODE: '1' } });
  if (run.status !== 0) throw new Error(`${PYTHON} ${GENERATOR} failed (needs Flask: pip install flask, or apt-get install python3-flask): ${run.error?.message ?? run.stderr}`);
  vectors = parseFlaskSessionVectors(run.stdout, GENERATOR);
});

function expectOk(result: SessionResult) {
  if (!result.ok) throw new Error(`${result.kind}: ${result.reason}`);
  return result;
}

it('the installed Flask signs every case, compressed ones included', () => {
  expect(vectors.length).toBeGreaterThanOrEqual(14);
  expect(vectors.filter((v) => v.compressed).length).toBeGreaterThanOrEqual(1);
});

it('we decode each cookie to the session that Flask serialized', async () => {
  for (const vector of vectors) {
    const decoded = expectOk(await decodeSessionCookie(vector.cookie));
    const stored = parseTaggedJson(vector.tagged_json);
    if (!stored.ok) throw new Error(stored.reason);
    expect(flaskValuesEqual(decoded.value, stored.value), vector.tagged_json).toBe(true);
  }
});

it('we verify each with its secret, refuse it tampered or with another secret, and re-sign it byte for byte', async () => {
  for (const vector of vectors) {
    const now = cookieSignedAt(vector.cookie);
    const verified = expectOk(await verifySessionCookie(vector.cookie, vector.secret, { now }));
    expect((await verifySessionCookie(vector.tampered, vector.secret, { now })).ok, vector.tampered).toBe(false);
    expect((await verifySessionCookie(vector.cookie, `${vector.secret}x`, { now })).ok).toBe(false);
    expect(await signSession(verified.value, vector.secret, { timestamp: verified.timestamp.seconds })).toBe(vector.cookie);
  }
});
