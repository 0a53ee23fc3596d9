// @vitest-environment node
import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSecretGuesser } from '../../../src/stores/flask-session/guess-secret.ts';
import { signSession } from '../../../src/stores/flask-session/codec.ts';
import { sha1Words } from '../../../src/stores/flask-session/sha1-words.ts';

const hex = (words: Int32Array): string => Array.from(words, (w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
const b64url = (bytes: Buffer): string => bytes.toString('base64url');

/** Flask's signature over `signedText` with `secret`, computed by node:crypto (OpenSSL), not by our code. */
function opensslSignature(secret: Uint8Array | string, signedText: string, salt = 'cookie-session'): string {
  const key = createHmac('sha1', secret).update(salt).digest();
  return b64url(createHmac('sha1', key).update(signedText).digest());
}

describe('the hand-written SHA-1 the guesser uses', () => {
  it('hashes any bytes as node:crypto does, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(hex(sha1Words(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
      { numRuns: 500 },
    );
    for (const length of [0, 55, 56, 63, 64, 65, 119, 120, 128]) {
      const bytes = new Uint8Array(length).fill(0x61);
      expect(hex(sha1Words(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });

  it('finds exactly the secret OpenSSL signed with, for any secret, salt and signed text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 90 }),
        fc.string({ maxLength: 80 }),
        fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', '_', '.'), minLength: 1, maxLength: 200 }),
        (secret, salt, text) => {
          const signedText = `${text}.AbC`;
          const cookie = `${signedText}.${opensslSignature(secret, signedText, salt)}`;
          const guess = makeSecretGuesser(cookie, { salt });
          expect(guess(secret)).toBe(true);
          expect(guess(`${secret}x`)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('treats keys longer than a block as their SHA-1 (RFC 2104), and the empty key as zeros', () => {
    const long = 'k'.repeat(65);
    const cookie = `e30.AbC.${opensslSignature(long, 'e30.AbC')}`;
    expect(makeSecretGuesser(cookie)(long)).toBe(true);
    expect(makeSecretGuesser(cookie)('k'.repeat(64))).toBe(false);
    const empty = `e30.AbC.${opensslSignature('', 'e30.AbC')}`;
    expect(makeSecretGuesser(empty)('')).toBe(true);
    expect(makeSecretGuesser(empty)('\0')).toBe(true); // the same key once padded
    expect(makeSecretGuesser(empty)('a')).toBe(false);
  });

  it('never matches a guess with a lone surrogate (Python cannot encode it)', () => {
    const replaced = `e30.AbC.${opensslSignature('a\ufffd', 'e30.AbC')}`;
    expect(makeSecretGuesser(replaced)('a\ufffd')).toBe(true);
    expect(makeSecretGuesser(replaced)('a\ud800')).toBe(false);
  });

  it('agrees with the codec on other digests and key derivations (generic path)', async () => {
    for (const digest of ['sha1', 'sha256', 'sha512'] as const) {
      for (const keyDerivation of ['hmac', 'concat', 'django-concat', 'none'] as const) {
        const options = { digest, keyDerivation, salt: 'my-salt' };
        const cookie = await signSession('{"a":1}', 'rotated key ✓', { ...options, timestamp: 1_795_639_130n });
        const guess = makeSecretGuesser(cookie, options);
        expect([digest, keyDerivation, guess('rotated key ✓')]).toEqual([digest, keyDerivation, true]);
        expect(guess('rotated key')).toBe(false);
      }
    }
  });

  it('reads a Flask-Session signed id (value.signature, salt flask-session)', () => {
    const id = 'iB9D3B9m6q5Rk5y3bSxQ5T3U0yJw8zvq3R9G6QeQJ0k';
    const key = createHmac('sha1', 'sekrit').update('flask-session').digest();
    const signed = `${id}.${b64url(createHmac('sha1', key).update(id).digest())}`;
    const guess = makeSecretGuesser(signed, { format: 'signed-value', salt: 'flask-session' });
    expect(guess('sekrit')).toBe(true);
    expect(guess('sekrit2')).toBe(false);
  });
});
