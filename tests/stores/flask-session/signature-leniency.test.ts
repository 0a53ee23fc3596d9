// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { signSession, verifySessionCookie } from '../../../src/stores/flask-session/codec.ts';
import type { SessionResult } from '../../../src/stores/flask-session/session-result.ts';

/**
 * itsdangerous decodes the signature with Python's lenient base64 before
 * comparing bytes, so some different-looking signatures are the same
 * signature to Flask. We decode the same way and then compare with
 * crypto.subtle.verify, so our verdict is Flask's verdict. (real-flask.flask.test.ts
 * runs these same mutations through real itsdangerous and compares.)
 */

const SECRET = 'leniency-secret';
const NOW = new Date(1_795_639_130_000);
const verdict = async (cookie: string): Promise<string> => {
  const result: SessionResult = await verifySessionCookie(cookie, SECRET, { now: NOW });
  return result.ok ? 'accepted' : result.kind;
};

/** A real cookie whose signature ends in `last` (we vary the session until one does). */
async function cookieMatching(pattern: RegExp): Promise<string> {
  for (let i = 0; i < 10_000; i++) {
    // '?' and '>' make '_' and '-' likely in the payload's base64.
    const cookie = await signSession(`{"n":${i},"q":"??>>${i}"}`, SECRET, { timestamp: 1_795_639_130n });
    if (pattern.test(cookie)) return cookie;
  }
  throw new Error(`no cookie matches ${pattern}`);
}

let endsInA = '';
beforeAll(async () => {
  endsInA = await cookieMatching(/A$/);
});

describe('signature leniency, exactly as Flask', () => {
  it('the untouched cookie is accepted', async () => {
    expect(await verdict(endsInA)).toBe('accepted');
  });

  it('accepts the last character changed A→B, A→C, A→D: only the 2 dropped bits differ', async () => {
    const base = endsInA.slice(0, -1);
    expect(await verdict(`${base}B`)).toBe('accepted');
    expect(await verdict(`${base}C`)).toBe('accepted');
    expect(await verdict(`${base}D`)).toBe('accepted');
    expect(await verdict(`${base}E`)).toBe('BadSignature'); // a bit that counts
  });

  it('accepts `=` padding appended', async () => {
    expect(await verdict(`${endsInA}=`)).toBe('accepted');
  });

  it('accepts the standard alphabet (+/) where the cookie has -_', async () => {
    const withDash = await cookieMatching(/\.[^.]*[-_][^.]*$/);
    const signatureStart = withDash.lastIndexOf('.') + 1;
    const swapped = withDash.slice(0, signatureStart) + withDash.slice(signatureStart).replaceAll('-', '+').replaceAll('_', '/');
    expect(swapped).not.toBe(withDash);
    expect(await verdict(swapped)).toBe('accepted');
  });

  it('accepts two junk characters inserted, but not one (it breaks the padding count)', async () => {
    const at = endsInA.length - 5;
    expect(await verdict(`${endsInA.slice(0, at)}!!${endsInA.slice(at)}`)).toBe('accepted');
    expect(await verdict(`${endsInA.slice(0, at)}!${endsInA.slice(at)}`)).toBe('BadSignature');
  });

  it('refuses any change to the payload, even one that decodes to the same bytes', async () => {
    // "-" and "+" decode alike, but the HMAC is over the cookie text itself.
    const cookie = await cookieMatching(/^[^.]*[-_]/);
    const payloadEnd = cookie.indexOf('.');
    const swapped = cookie.slice(0, payloadEnd).replaceAll('-', '+').replaceAll('_', '/') + cookie.slice(payloadEnd);
    expect(await verdict(swapped)).toBe('BadSignature');
  });

  it('reports the leniency it applied', async () => {
    const result = await verifySessionCookie(`${endsInA.slice(0, -1)}B`, SECRET, { now: NOW });
    expect(result.ok && result.notes.join(' ')).toMatch(/signature's last base64 character carries bits that decoding drops/);
  });
});
