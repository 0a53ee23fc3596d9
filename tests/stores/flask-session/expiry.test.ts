// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeSessionCookie, FLASK_SESSION_MAX_AGE_SECONDS, signSession, verifySessionCookie } from '../../../src/stores/flask-session/codec.ts';
import { base64UrlEncode } from '../../../src/stores/flask-session/python-base64.ts';
import type { SessionResult } from '../../../src/stores/flask-session/session-result.ts';
import { signRawCookie } from './sign-raw.ts';

const SECRET = 'expiry-secret';
const SIGNED_AT = 1_795_639_130n; // 2026-11-25, the fixtures' signing time
const at = (seconds: bigint): Date => new Date(Number(seconds) * 1000);
const kind = (result: SessionResult): string => (result.ok ? 'ok' : result.kind);

describe('expiry (PERMANENT_SESSION_LIFETIME, 31 days)', () => {
  it('by default accepts exactly 31 days (2678400 s, FLASK_SESSION_MAX_AGE_SECONDS), refuses one second more', async () => {
    const cookie = await signSession('{"a":1}', SECRET, { timestamp: SIGNED_AT });
    expect(kind(await verifySessionCookie(cookie, SECRET, { now: at(SIGNED_AT + 2_678_400n) }))).toBe('ok');
    const late = await verifySessionCookie(cookie, SECRET, { now: at(SIGNED_AT + 2_678_401n) });
    expect(kind(late)).toBe('SignatureExpired');
    expect(!late.ok && late.reason).toMatch('2678401 > 2678400');
    expect(!late.ok && late.ageSeconds).toBe(2_678_401n);
    expect(!late.ok && late.reason).toMatch(`> ${FLASK_SESSION_MAX_AGE_SECONDS}`);
  });

  it('uses whole seconds of now, as int(time.time()) does', async () => {
    const cookie = await signSession('{"a":1}', SECRET, { timestamp: SIGNED_AT });
    const now = new Date(Number(SIGNED_AT + 2_678_400n) * 1000 + 999);
    expect(kind(await verifySessionCookie(cookie, SECRET, { now }))).toBe('ok');
  });

  it('refuses a timestamp in the future', async () => {
    const cookie = await signSession('{"a":1}', SECRET, { timestamp: SIGNED_AT + 1n });
    const result = await verifySessionCookie(cookie, SECRET, { now: at(SIGNED_AT) });
    expect(kind(result)).toBe('SignatureExpired');
    expect(!result.ok && result.reason).toMatch('-1 < 0');
  });

  it('honours a custom maxAgeSeconds', async () => {
    const cookie = await signSession('{"a":1}', SECRET, { timestamp: SIGNED_AT });
    expect(kind(await verifySessionCookie(cookie, SECRET, { now: at(SIGNED_AT + 11n), maxAgeSeconds: 10 }))).toBe('SignatureExpired');
  });

  it('checks the signature before the age, like itsdangerous', async () => {
    const cookie = await signSession('{"a":1}', SECRET, { timestamp: 1n });
    expect(kind(await verifySessionCookie(cookie, 'wrong', { now: at(SIGNED_AT) }))).toBe('BadSignature');
  });

  it('signs timestamp 0 as an empty timestamp part, which reads as 1970', async () => {
    const cookie = await signSession('{"a":1}', SECRET, { timestamp: 0n });
    expect(cookie.split('.')[1]).toBe('');
    const decoded = await decodeSessionCookie(cookie);
    expect(decoded.ok && decoded.timestamp.seconds).toBe(0n);
  });

  it('uses BigInt: an 8-byte timestamp is read exactly, a 9-byte one is malformed', async () => {
    const payload = base64UrlEncode(new TextEncoder().encode('{"a":1}'));
    const eight = base64UrlEncode(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    const decoded = await decodeSessionCookie(`${payload}.${eight}.sig`);
    expect(decoded.ok && decoded.timestamp.seconds).toBe(2n ** 64n - 1n);
    expect(decoded.ok && decoded.timestamp.date).toBeNull();

    const nine = base64UrlEncode(new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0, 0]));
    const malformed = await decodeSessionCookie(`${payload}.${nine}.sig`);
    expect(kind(malformed)).toBe('BadTimeSignature');
    expect(!malformed.ok && malformed.reason).toMatch(/9 bytes/);
  });

  it('reports a garbled timestamp as BadTimeSignature (after a valid signature)', async () => {
    const good = await signSession('{"a":1}', SECRET, { timestamp: SIGNED_AT });
    const [payload = ''] = good.split('.');
    // Sign a cookie whose timestamp part is not base64 at all ("A" alone is 1 char too many).
    const garbled = await signRawCookie(payload, 'A', SECRET);
    const result = await verifySessionCookie(garbled, SECRET, { now: at(SIGNED_AT) });
    expect(kind(result)).toBe('BadTimeSignature');
    expect(!result.ok && result.reason).toMatch(/Malformed timestamp/);
  });
});

