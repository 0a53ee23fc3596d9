// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeSessionCookie, signSession, verifySessionCookie } from '../../../src/stores/flask-session/codec.ts';
import { flaskValuesEqual } from '../../../src/stores/flask-session/flask-value.ts';
import type { SessionResult } from '../../../src/stores/flask-session/session-result.ts';
import { parseTaggedJson, serializeTaggedJson } from '../../../src/stores/flask-session/tagged-json.ts';
import { cookieSignedAt, loadFlaskSessionVectors, type FlaskSessionVector } from './fixtures.ts';

let vectors: readonly FlaskSessionVector[] = [];
beforeAll(async () => {
  vectors = await loadFlaskSessionVectors();
});

function expectOk(result: SessionResult) {
  if (!result.ok) throw new Error(`${result.kind}: ${result.reason}`);
  return result;
}

/** Real Flask 2.2 and 3.1 cookies (tests/fixtures/README.md). */
describe('Flask fixture cookies', () => {
  it('loads the fixtures', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(27);
    expect(vectors.some((v) => v.compressed)).toBe(true);
  });

  it('decode (no secret) to the JSON Flask stored, marked untrusted', async () => {
    for (const vector of vectors) {
      const decoded = expectOk(await decodeSessionCookie(vector.cookie));
      expect(decoded.untrusted).toBe(true);
      expect(decoded.compressed).toBe(vector.compressed);
      expect(decoded.timestamp.date).toEqual(cookieSignedAt(vector.cookie));
      expect(decoded.notes).toEqual([]); // Flask wrote it: canonical, nothing lenient.

      const fixtureValue = parseTaggedJson(vector.tagged_json);
      if (!fixtureValue.ok) throw new Error(fixtureValue.reason);
      // Same session as the fixture says …
      expect(flaskValuesEqual(decoded.value, fixtureValue.value)).toBe(true);
      // … and the fixture's text, written Flask's way (sorted keys), is exactly the cookie's JSON.
      expect(serializeTaggedJson(fixtureValue.value)).toBe(decoded.payloadJson);
      expect(serializeTaggedJson(decoded.value)).toBe(decoded.payloadJson);
    }
  });

  it('decode to exactly their tagged_json, except two fixtures whose tagged_json is not key-sorted', async () => {
    // The cookie holds sorted keys (Flask sorts inside an app context); the
    // fixture's tagged_json for these two kept insertion order, so only the
    // key order differs (checked above). Everything else matches byte for byte.
    const differing: number[] = [];
    for (const [index, vector] of vectors.entries()) {
      const decoded = expectOk(await decodeSessionCookie(vector.cookie));
      if (decoded.payloadJson !== vector.tagged_json) differing.push(index);
    }
    const unsorted = vectors.flatMap((vector, index) => {
      const parsed = parseTaggedJson(vector.tagged_json);
      return parsed.ok && serializeTaggedJson(parsed.value) !== vector.tagged_json ? [index] : [];
    });
    expect(differing).toEqual(unsorted);
    expect(differing.length).toBeLessThanOrEqual(2);
  });

  it('verify with their secret (clock pinned to the signing time)', async () => {
    for (const vector of vectors) {
      const verified = expectOk(await verifySessionCookie(vector.cookie, vector.secret, { now: cookieSignedAt(vector.cookie) }));
      expect(verified.untrusted).toBe(false);
      expect(verified.payloadJson).toBe(expectOk(await decodeSessionCookie(vector.cookie)).payloadJson);
    }
  });

  it('fail with another secret: BadSignature', async () => {
    for (const vector of vectors) {
      const result = await verifySessionCookie(vector.cookie, `${vector.secret}!`, { now: cookieSignedAt(vector.cookie) });
      expect(result.ok ? 'ok' : result.kind).toBe('BadSignature');
    }
  });

  it('fail when tampered: BadSignature', async () => {
    for (const vector of vectors) {
      const result = await verifySessionCookie(vector.tampered, vector.secret, { now: cookieSignedAt(vector.cookie) });
      expect(result.ok ? 'ok' : result.kind).toBe('BadSignature');
    }
  });

  it('re-sign byte for byte: every uncompressed fixture', async () => {
    for (const vector of vectors.filter((v) => !v.compressed)) {
      const decoded = expectOk(await decodeSessionCookie(vector.cookie));
      const cookie = await signSession(decoded.value, vector.secret, { timestamp: decoded.timestamp.seconds });
      expect(cookie).toBe(vector.cookie);
      // Signing the fixture's own text gives the same: it is re-serialized Flask's way.
      expect(await signSession(vector.tagged_json, vector.secret, { timestamp: decoded.timestamp.seconds })).toBe(vector.cookie);
    }
  });

  it('re-sign byte for byte: every compressed fixture too', async () => {
    const compressed = vectors.filter((v) => v.compressed);
    expect(compressed.length).toBeGreaterThan(0);
    for (const vector of compressed) {
      const decoded = expectOk(await decodeSessionCookie(vector.cookie));
      const cookie = await signSession(decoded.value, vector.secret, { timestamp: decoded.timestamp.seconds });
      expect(cookie).toBe(vector.cookie);
      const again = expectOk(await verifySessionCookie(cookie, vector.secret, { now: cookieSignedAt(vector.cookie) }));
      expect(again.payloadJson).toBe(decoded.payloadJson);
    }
  });
});
