// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeSessionCookie, signSession, verifySessionCookie } from '../../../src/stores/flask-session/codec.ts';
import { base64UrlEncode } from '../../../src/stores/flask-session/python-base64.ts';
import type { SessionResult } from '../../../src/stores/flask-session/session-result.ts';
import { deflate } from '../../../src/stores/flask-session/zlib-streams.ts';
import { signRawCookie, timestampPart } from './sign-raw.ts';

const SECRET = 'hostile-secret';
const SIGNED_AT = 1_795_639_130;
const NOW = new Date(SIGNED_AT * 1000);
const TS = timestampPart(SIGNED_AT);
const kind = (result: SessionResult): string => (result.ok ? 'ok' : result.kind);
const b64 = (text: string): string => base64UrlEncode(new TextEncoder().encode(text));

describe('a deflate bomb', () => {
  it('is refused at the 64 KiB cap, without inflating megabytes', async () => {
    // {"a":"000…"} with 4 MB of zeros: a few KB compressed, 4 MB inflated.
    const json = new TextEncoder().encode(`{"a":"${'0'.repeat(4 * 1024 * 1024)}"}`);
    const compressed = await deflate(json);
    expect(compressed.length).toBeLessThan(8 * 1024);
    const cookie = await signRawCookie(`.${base64UrlEncode(compressed)}`, TS, SECRET);

    for (const result of [await verifySessionCookie(cookie, SECRET, { now: NOW }), await decodeSessionCookie(cookie)]) {
      expect(kind(result)).toBe('BadPayload');
      if (result.ok) return;
      expect(result.reason).toMatch('more than 65536 bytes (the limit)');
      expect(result.inflateLimitBytes).toBe(65536);
      // We stop within one output chunk of the limit, far below 4 MB.
      expect(result.inflatedBytesSeen).toBeGreaterThan(65536);
      expect(result.inflatedBytesSeen).toBeLessThan(200 * 1024);
    }
  });

  it('can be given a different cap', async () => {
    const cookie = await signSession({ type: 'string', value: 'x'.repeat(5000) }, SECRET, { timestamp: BigInt(SIGNED_AT) });
    expect(cookie.startsWith('.')).toBe(true);
    expect(kind(await decodeSessionCookie(cookie, { inflateLimitBytes: 1000 }))).toBe('BadPayload');
    expect(kind(await decodeSessionCookie(cookie))).toBe('ok');
  });
});

describe('prototype pollution', () => {
  it('decodes {"__proto__":{"polluted":1}} as data and leaves Object.prototype alone', async () => {
    const cookie = await signRawCookie(b64('{"__proto__":{"polluted":1}}'), TS, SECRET);
    const result = await verifySessionCookie(cookie, SECRET, { now: NOW });
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.type).toBe('dict');
    const inner = result.value.type === 'dict' ? result.value.entries.get('__proto__') : undefined;
    expect(inner?.type === 'dict' && inner.entries.get('polluted')).toEqual({ type: 'int', value: 1n });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('malformed cookies', () => {
  it.each([
    ['', 'Malformed'],
    ['no-dots-at-all', 'Malformed'],
    ['only.two', 'Malformed'],
    ['\ud800.x.y', 'Malformed'],
  ])('%j → %s', async (cookie, expected) => {
    expect(kind(await decodeSessionCookie(cookie))).toBe(expected);
    expect(kind(await verifySessionCookie(cookie, SECRET))).toBe(expected);
  });

  it('splits from the right: extra dots belong to the payload, which base64 decoding then skips (like itsdangerous)', async () => {
    // eyJhIjoxMjN9 is {"a":123}; the inserted dot is skipped (and counts towards the padding, as in Python).
    const cookie = await signRawCookie('eyJh.IjoxMjN9', TS, SECRET);
    const result = await verifySessionCookie(cookie, SECRET, { now: NOW });
    expect(kind(result)).toBe('ok');
    expect(result.ok && result.payloadJson).toBe('{"a":123}');
    expect(result.ok && result.notes.join(' ')).toMatch(/outside base64/);
    // With {"a":1} (10 base64 characters) the same dot breaks the padding: Python says "Invalid base64", so do we.
    const broken = await signRawCookie('eyJh.IjoxfQ', TS, SECRET);
    expect(kind(await verifySessionCookie(broken, SECRET, { now: NOW }))).toBe('BadPayload');
  });

  it('refuses a payload that is not base64 (BadPayload)', async () => {
    const result = await decodeSessionCookie(`A.${TS}.sig`);
    expect(kind(result)).toBe('BadPayload');
    expect(!result.ok && result.reason).toMatch(/cannot be 1 more than a multiple of 4/);
  });

  it('refuses garbage', async () => {
    for (const garbage of ['...', '💥.💥.💥', `${b64('not json')}.${TS}.x`, `${b64('{"a":')}.${TS}.x`, '\u0000.\u0001.\u0002']) {
      expect(['Malformed', 'BadPayload', 'BadTimeSignature']).toContain(kind(await decodeSessionCookie(garbage)));
      expect(kind(await verifySessionCookie(garbage, SECRET, { now: NOW }))).not.toBe('ok');
    }
  });

  it('refuses a compressed payload that is not zlib, or is truncated', async () => {
    const notZlib = await decodeSessionCookie(`.${b64('{"a":1}')}.${TS}.x`);
    expect(kind(notZlib)).toBe('BadPayload');
    expect(!notZlib.ok && notZlib.reason).toMatch(/zlib/);
    const full = await deflate(new TextEncoder().encode('{"a":"hello hello hello hello"}'));
    expect(kind(await decodeSessionCookie(`.${base64UrlEncode(full.subarray(0, full.length - 3))}.${TS}.x`))).toBe('BadPayload');
    expect(kind(await decodeSessionCookie(`..${TS}.x`))).toBe('BadPayload');
  });

  it('refuses invalid UTF-8 in the JSON', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]); // {"a":"\xff"}
    const result = await decodeSessionCookie(`${base64UrlEncode(bytes)}.${TS}.x`);
    expect(kind(result)).toBe('BadPayload');
    expect(!result.ok && result.reason).toMatch(/UTF-8/);
  });

  it('accepts junk after the zlib stream in Node, as Python does (browsers refuse it)', async () => {
    const compressed = await deflate(new TextEncoder().encode('{"a":"hello hello hello hello hello"}'));
    const withJunk = new Uint8Array([...compressed, 0x6a, 0x75, 0x6e, 0x6b]);
    const result = await decodeSessionCookie(`.${base64UrlEncode(withJunk)}.${TS}.x`);
    expect(kind(result)).toBe('ok');
  });

  it('treats an empty secret as a key, as itsdangerous does, and says Flask refuses one', async () => {
    const cookie = await signSession('{"a":1}', '', { timestamp: BigInt(SIGNED_AT) });
    expect(await signSession('{"a":1}', new Uint8Array(0), { timestamp: BigInt(SIGNED_AT) })).toBe(cookie);
    const result = await verifySessionCookie(cookie, '', { now: NOW });
    expect(kind(result)).toBe('ok');
    expect(result.ok && result.notes.join(' ')).toMatch(/empty.*Flask itself refuses/s);
    // HMAC pads short keys with zero bytes (RFC 2104), so the key "\0" is the same key as "".
    expect(kind(await verifySessionCookie(cookie, '\0', { now: NOW }))).toBe('ok');
    expect(kind(await verifySessionCookie(cookie, 'x', { now: NOW }))).toBe('BadSignature');
    expect(kind(await verifySessionCookie(`${b64('{}')}.${TS}.x`, ''))).toBe('BadSignature');
  });

  it('accepts secrets as bytes, from any realm-like view', async () => {
    const text = await signSession('{"a":1}', 'bytes-secret', { timestamp: BigInt(SIGNED_AT) });
    const bytes = new TextEncoder().encode('xxbytes-secretxx').subarray(2, 14);
    expect(await signSession('{"a":1}', bytes, { timestamp: BigInt(SIGNED_AT) })).toBe(text);
    expect(kind(await verifySessionCookie(text, bytes.slice().buffer, { now: NOW }))).toBe('ok');
  });
});
