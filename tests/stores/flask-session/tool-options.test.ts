import { describe, expect, it } from 'vitest';
import { parseMaxAge, secretKeysFrom, signatureValidText } from '../../../src/stores/flask-session/tool-options.ts';

describe("the Flask tool's option boxes", () => {
  it('reads Max age as whole seconds, empty meaning 31 days, and says what is wrong otherwise', () => {
    expect(parseMaxAge('')).toEqual({ ok: true, seconds: 2_678_400 });
    expect(parseMaxAge(' 3600 ')).toEqual({ ok: true, seconds: 3600 });
    expect(parseMaxAge('0')).toEqual({ ok: true, seconds: 0 });
    expect(parseMaxAge('1.5')).toMatchObject({ ok: false, reason: expect.stringMatching(/whole number of seconds.*2678400/) });
    expect(parseMaxAge('-1')).toMatchObject({ ok: false });
    expect(parseMaxAge('9'.repeat(30))).toMatchObject({ ok: false, reason: expect.stringMatching(/at most/) });
  });

  it('numbers key lines as the learner sees them, and signs with the first', () => {
    const { keys, signingKey } = secretKeysFrom('\nnew key\r\n\nold key');
    expect(signingKey).toBe('new key');
    expect(keys).toEqual([
      { line: 2, secret: 'new key' },
      { line: 4, secret: 'old key' },
    ]);
    expect(signatureValidText(1, keys)).toBe('Signature valid (key 4)');
    expect(signatureValidText(0, keys.slice(0, 1))).toBe('Signature valid');
    expect(secretKeysFrom('')).toEqual({ keys: [], signingKey: null });
  });
});
