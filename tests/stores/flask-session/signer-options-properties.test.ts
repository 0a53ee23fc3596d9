// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSessionCookie, signSession, verifySessionCookie } from '../../../src/stores/flask-session/codec.ts';
import { flaskValuesEqual } from '../../../src/stores/flask-session/flask-value.ts';
import { makeSecretGuesser } from '../../../src/stores/flask-session/guess-secret.ts';
import { pickSessionCookie } from '../../../src/stores/flask-session/session-cookie-input.ts';
import { KEY_DERIVATIONS, SIGNING_DIGESTS } from '../../../src/stores/flask-session/session-signing-key.ts';
import { flaskSessionArbitrary } from './flask-value-arbitrary.ts';

const SIGNED_AT = 1_795_639_130n;
const NOW = new Date(Number(SIGNED_AT + 5n) * 1000);

const signerArbitrary = fc.record({
  salt: fc.string({ unit: 'grapheme', maxLength: 20 }),
  digest: fc.constantFrom(...SIGNING_DIGESTS),
  keyDerivation: fc.constantFrom(...KEY_DERIVATIONS),
});
/** Keys as a learner types them: any text without line breaks or NUL (HMAC pads with zeros, so "k" and "k\0" are one key). */
const keyArbitrary = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((k) => !/[\n\r\0]/.test(k));

describe('sign → decode/verify with any signer options (fast-check)', () => {
  it('gives back the same session, from any position in a key list, through a Cookie header, legacy or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        flaskSessionArbitrary,
        signerArbitrary,
        fc.uniqueArray(keyArbitrary, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.boolean(),
        async (session, signer, keys, pick, legacy) => {
          const index = pick % keys.length;
          const secret = keys[index] ?? '';
          const epoch = legacy ? 'legacy' : 'unix';
          const cookie = await signSession(session, secret, { ...signer, timestamp: SIGNED_AT, epoch });
          const picked = pickSessionCookie(`Cookie: other=1; session=${cookie}; z=2`);
          if (!picked.ok) throw new Error(picked.reason);
          expect(picked.cookie).toBe(cookie);

          const decoded = await decodeSessionCookie(picked.cookie, { now: NOW });
          if (!decoded.ok) throw new Error(`${decoded.kind}: ${decoded.reason}`);
          expect(flaskValuesEqual(decoded.value, session)).toBe(true);
          expect(decoded.timestamp.seconds).toBe(SIGNED_AT); // legacy detected automatically

          const verified = await verifySessionCookie(picked.cookie, keys, { ...signer, now: NOW, epoch });
          if (!verified.ok) throw new Error(`${verified.kind}: ${verified.reason}`);
          expect(flaskValuesEqual(verified.value, session)).toBe(true);
          // Another key in the list may be the same HMAC key only by zero padding, excluded above: so the index is exact.
          expect(verified.keyIndex).toBe(index);
          if (signer.keyDerivation === 'hmac' && signer.digest === 'sha1') expect(makeSecretGuesser(cookie, signer)(secret)).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });
});
