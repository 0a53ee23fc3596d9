// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { confirmSessionSecret, makeSecretGuesser } from '../../../src/stores/flask-session/guess-secret.ts';
import { FlaskSessionError } from '../../../src/stores/flask-session/session-result.ts';
import { loadFlaskSessionVectors, type FlaskSessionVector } from './fixtures.ts';

let vectors: readonly FlaskSessionVector[] = [];
beforeAll(async () => {
  vectors = await loadFlaskSessionVectors();
});

describe('makeSecretGuesser (sync, @noble/hashes)', () => {
  it("recognises each fixture's secret and nothing else", () => {
    for (const vector of vectors) {
      const guess = makeSecretGuesser(vector.cookie);
      expect(guess(vector.secret)).toBe(true);
      expect(guess(`${vector.secret} `)).toBe(false);
      expect(guess('dev2')).toBe(false);
      expect(makeSecretGuesser(vector.tampered)(vector.secret)).toBe(false);
    }
  });

  it('an empty guess only matches a cookie signed with the empty key', () => {
    const [vector] = vectors;
    expect(vector && makeSecretGuesser(vector.cookie)('')).toBe(false);
  });

  it('agrees with WebCrypto, including on a lenient signature', async () => {
    for (const vector of vectors) {
      expect(await confirmSessionSecret(vector.cookie, vector.secret)).toBe(true);
      expect(await confirmSessionSecret(vector.cookie, 'nope')).toBe(false);
      const padded = `${vector.cookie}==`;
      expect(makeSecretGuesser(padded)(vector.secret)).toBe(await confirmSessionSecret(padded, vector.secret));
    }
  });

  it('finds a weak secret in a word list', async () => {
    const vector = vectors.find((v) => v.secret === 'dev');
    if (!vector) throw new Error('fixture with secret "dev" missing');
    const guess = makeSecretGuesser(vector.cookie);
    const words = ['secret', 'changeme', 'password', ...Array.from({ length: 2000 }, (_, i) => `word${i}`), 'dev', 'admin'];
    const found = words.find(guess);
    expect(found).toBe('dev');
    expect(found !== undefined && (await confirmSessionSecret(vector.cookie, found))).toBe(true);
  });

  it('throws a typed error for something that is not a session cookie', () => {
    expect(() => makeSecretGuesser('not-a-cookie')).toThrow(FlaskSessionError);
    try {
      makeSecretGuesser('a.b');
    } catch (error) {
      expect(error instanceof FlaskSessionError && error.error.kind).toBe('Malformed');
    }
  });
});
