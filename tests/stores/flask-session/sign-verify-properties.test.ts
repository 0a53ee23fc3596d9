// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signSession, verifySessionCookie } from '../../../src/stores/flask-session/codec.ts';
import { flaskValuesEqual } from '../../../src/stores/flask-session/flask-value.ts';
import { URL_SAFE_BASE64_ALPHABET, urlSafeBase64Index } from '../../../src/stores/flask-session/python-base64.ts';
import { flaskSessionArbitrary } from './flask-value-arbitrary.ts';

const SIGNED_AT = 1_795_639_130n;
const NOW = new Date(Number(SIGNED_AT) * 1000);
const secretArbitrary = fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' });

/** Characters to put in place of another: base64url, the other alphabet, separators, junk, non-ASCII. */
const replacementCharacter = fc.constantFrom(...URL_SAFE_BASE64_ALPHABET, '+', '/', '.', '=', '!', '~', ' ', 'é', '🍪');

describe('sign → verify (fast-check)', () => {
  it('gives back the same session', async () => {
    await fc.assert(
      fc.asyncProperty(flaskSessionArbitrary, secretArbitrary, async (session, secret) => {
        const cookie = await signSession(session, secret, { timestamp: SIGNED_AT });
        const result = await verifySessionCookie(cookie, secret, { now: NOW });
        if (!result.ok) throw new Error(`${result.kind}: ${result.reason}`);
        expect(flaskValuesEqual(result.value, session)).toBe(true);
        expect(result.notes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('fails for any other secret', async () => {
    await fc.assert(
      fc.asyncProperty(flaskSessionArbitrary, secretArbitrary, secretArbitrary, async (session, secret, other) => {
        fc.pre(secret !== other);
        const cookie = await signSession(session, secret, { timestamp: SIGNED_AT });
        const result = await verifySessionCookie(cookie, other, { now: NOW });
        expect(result.ok ? 'ok' : result.kind).toBe('BadSignature');
      }),
      { numRuns: 100 },
    );
  });

  it('fails when any character of the payload or timestamp changes — the HMAC covers that text byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(flaskSessionArbitrary, fc.nat(), replacementCharacter, async (session, position, replacement) => {
        const cookie = await signSession(session, 'property-secret', { timestamp: SIGNED_AT });
        const signedLength = cookie.lastIndexOf('.'); // payload.timestamp, dots included
        const index = position % signedLength;
        fc.pre(cookie[index] !== replacement);
        const flipped = cookie.slice(0, index) + replacement + cookie.slice(index + 1);
        const result = await verifySessionCookie(flipped, 'property-secret', { now: NOW });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("changes in the signature fail — except the last character's two unused bits, which Flask ignores too", async () => {
    await fc.assert(
      fc.asyncProperty(flaskSessionArbitrary, fc.nat(), fc.constantFrom(...URL_SAFE_BASE64_ALPHABET), async (session, position, replacement) => {
        const cookie = await signSession(session, 'property-secret', { timestamp: SIGNED_AT });
        const signatureStart = cookie.lastIndexOf('.') + 1;
        const signatureLength = cookie.length - signatureStart;
        expect(signatureLength).toBe(27); // 20 bytes = 160 bits = 26 characters + 4 bits
        const offset = position % signatureLength;
        const original = cookie[signatureStart + offset] ?? '';
        fc.pre(original !== replacement);
        const flipped = cookie.slice(0, signatureStart + offset) + replacement + cookie.slice(signatureStart + offset + 1);
        const result = await verifySessionCookie(flipped, 'property-secret', { now: NOW });
        const onlyDroppedBitsDiffer =
          offset === signatureLength - 1 && urlSafeBase64Index(original) >> 2 === urlSafeBase64Index(replacement) >> 2;
        expect(result.ok).toBe(onlyDroppedBitsDiffer);
      }),
      { numRuns: 300 },
    );
  });
});
