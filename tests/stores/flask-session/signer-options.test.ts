// @vitest-environment node
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeSessionCookie, signSession, verifySessionCookie } from '../../../src/stores/flask-session/codec.ts';
import { parseSecretKeyLines } from '../../../src/stores/flask-session/session-signing-key.ts';
import { LEGACY_EPOCH_SECONDS } from '../../../src/stores/flask-session/session-timestamp.ts';

const SIGNED_AT = 1_795_639_130n; // 2026-11-25
const NOW = new Date(Number(SIGNED_AT + 60n) * 1000);
const ok = <T extends { ok: boolean }>(result: T): T & { ok: true } => {
  if (!result.ok) throw new Error(JSON.stringify(result, (_, v) => (typeof v === 'bigint' ? String(v) : v)));
  return result as T & { ok: true };
};

describe('key rotation (SECRET_KEY and SECRET_KEY_FALLBACKS)', () => {
  it('says which line verified, and signs with the first', async () => {
    const old = await signSession('{"a":1}', 'old key', { timestamp: SIGNED_AT });
    const keys = parseSecretKeyLines('new key\r\n\nold key\n');
    expect(keys).toEqual([
      { line: 1, secret: 'new key' },
      { line: 3, secret: 'old key' },
    ]);
    const result = ok(await verifySessionCookie(old, keys.map((k) => k.secret), { now: NOW }));
    expect(result.keyIndex).toBe(1);
    const none = await verifySessionCookie(old, ['a', 'b', 'c'], { now: NOW });
    expect(!none.ok && none.reason).toMatch(/any of the 3 keys/);
  });
});

describe('custom salt, digest and key derivation (itsdangerous Signer options)', () => {
  it('signs as itsdangerous would: checked against OpenSSL for each derivation', async () => {
    const secret = 'clé secrète';
    const salt = 'my-app-salt';
    const expectedKey = {
      hmac: createHmac('sha256', secret).update(salt).digest(),
      concat: createHash('sha256').update(salt + secret).digest(),
      'django-concat': createHash('sha256').update(`${salt}signer${secret}`).digest(),
      none: Buffer.from(secret),
    };
    for (const [keyDerivation, key] of Object.entries(expectedKey) as [keyof typeof expectedKey, Buffer][]) {
      const cookie = await signSession('{"a":1}', secret, { salt, digest: 'sha256', keyDerivation, timestamp: SIGNED_AT });
      const signedText = cookie.slice(0, cookie.lastIndexOf('.'));
      expect(cookie.slice(cookie.lastIndexOf('.') + 1)).toBe(createHmac('sha256', key).update(signedText).digest('base64url'));
      ok(await verifySessionCookie(cookie, secret, { salt, digest: 'sha256', keyDerivation, now: NOW }));
      expect((await verifySessionCookie(cookie, secret, { now: NOW })).ok).toBe(false);
    }
  });

  it('names what it does not support', async () => {
    const result = await verifySessionCookie('e30.AbC.x', 'k', { digest: 'md5' as never });
    expect(!result.ok && result.reason).toMatch(/Unsupported digest "md5".*sha1, sha256, sha384, sha512/);
  });
});

describe('legacy timestamps (itsdangerous before 1.0 counted from 2011)', () => {
  it('detects one on decode and shows the real date, saying why', async () => {
    const cookie = await signSession('{"a":1}', 'k', { timestamp: SIGNED_AT, epoch: 'legacy' });
    const decoded = ok(await decodeSessionCookie(cookie, { now: NOW }));
    expect(decoded.timestamp).toMatchObject({ seconds: SIGNED_AT, signedNumber: SIGNED_AT - LEGACY_EPOCH_SECONDS, epoch: 'legacy' });
    expect(decoded.notes.join(' ')).toMatch(/implausibly old as Unix time.*1985.*2011-01-01.*2026-11-25/s);
  });

  it('verifies as modern Flask does unless told legacy: expired, with the legacy reading in a note', async () => {
    const cookie = await signSession('{"a":1}', 'k', { timestamp: SIGNED_AT, epoch: 'legacy' });
    const modern = await verifySessionCookie(cookie, 'k', { now: NOW });
    expect(!modern.ok && modern.kind).toBe('SignatureExpired');
    expect(!modern.ok && modern.notes?.join(' ')).toMatch(/read it as legacy/);
    expect(ok(await verifySessionCookie(cookie, 'k', { now: NOW, epoch: 'auto' })).timestamp.epoch).toBe('legacy');
    expect(ok(await verifySessionCookie(cookie, 'k', { now: NOW, epoch: 'legacy' })).timestamp.seconds).toBe(SIGNED_AT);
  });

  it('leaves modern timestamps, and the empty timestamp (0), as Unix time', async () => {
    const cookie = await signSession('{"a":1}', 'k', { timestamp: SIGNED_AT });
    expect(ok(await decodeSessionCookie(cookie, { now: NOW })).timestamp).toMatchObject({ seconds: SIGNED_AT, epoch: 'unix' });
    const zero = await signSession('{"a":1}', 'k', { timestamp: 0n });
    expect(ok(await decodeSessionCookie(zero, { now: NOW })).timestamp).toMatchObject({ seconds: 0n, epoch: 'unix' });
  });
});

describe('lifetime', () => {
  it('says how old the cookie is and when Flask stops accepting it, for any max age', async () => {
    const cookie = await signSession('{"a":1}', 'k', { timestamp: SIGNED_AT });
    const result = ok(await verifySessionCookie(cookie, 'k', { now: NOW, maxAgeSeconds: 3600 }));
    expect(result.lifetime).toMatchObject({ ageSeconds: 60n, maxAgeSeconds: 3600, remainingSeconds: 3540n });
    expect(result.lifetime?.acceptedUntil?.toISOString()).toBe(new Date(Number(SIGNED_AT + 3600n) * 1000).toISOString());
    const late = await verifySessionCookie(cookie, 'k', { now: NOW, maxAgeSeconds: 59 });
    expect(!late.ok && late.lifetime?.remainingSeconds).toBe(-1n);
  });
});
