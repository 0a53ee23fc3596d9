// @vitest-environment node
import { createHmac } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { signSession, verifySessionCookie } from '../../src/stores/flask-session/codec.ts';
import { flaskDict, flaskInt, flaskString } from '../../src/stores/flask-session/flask-value.ts';
import { TEST_SECRET, pairOf, send, testApp, testConfig } from './course-server.ts';

const b64url = (bytes: Buffer): string => bytes.toString('base64url');

/** itsdangerous' TimestampSigner by hand, as Flask configures it: HMAC-SHA1, key derived with salt `cookie-session`. */
function flaskSign(payload: string, secret: string, timestamp: number): string {
  const key = createHmac('sha1', secret).update('cookie-session').digest();
  const ts = b64url(Buffer.from(timestamp.toString(16).padStart(8, '0'), 'hex'));
  const value = `${payload}.${ts}`;
  return `${value}.${b64url(createHmac('sha1', key).update(value).digest())}`;
}

describe("Flask's signed session on the course's server", () => {
  test('/some-route sets an HttpOnly session cookie signed as Flask signs it, and /my-route reads 42 back', async () => {
    const app = testApp();
    const set = await send(app, '/api/some-route');
    expect(set.status).toBe(200);
    const [cookie] = set.setCookies;
    expect(cookie).toMatch(/^session=[\w.-]+; Path=\/; HttpOnly$/);
    const value = pairOf(cookie ?? '').slice('session='.length);
    const verified = await verifySessionCookie(value, TEST_SECRET);
    expect(verified.ok && verified.payloadJson).toBe('{"fav_number":42}');
    expect((await send(app, '/api/my-route', { cookie: pairOf(cookie ?? '') })).body).toBe('Favorite number is 42');
  });

  test('the session keeps the keys it had: /some-route adds fav_number to them', async () => {
    const had = await signSession(flaskDict([['user', flaskString('ada')]]), TEST_SECRET);
    const set = await send(testApp(), '/api/some-route', { cookie: `session=${had}` });
    const verified = await verifySessionCookie(pairOf(set.setCookies[0] ?? '').slice(8), TEST_SECRET);
    // Flask's session serializer sorts keys (sort_keys=True).
    expect(verified.ok && verified.payloadJson).toBe('{"fav_number":42,"user":"ada"}');
  });

  test('/my-route with no cookies at all answers <unset>, with no error page', async () => {
    const reply = await send(testApp(), '/api/my-route');
    expect([reply.status, reply.body]).toEqual([200, 'Favorite number is <unset>']);
  });

  const hostile: readonly (readonly [string, () => Promise<string>])[] = [
    ['junk', async () => 'not-a-session-at-all'],
    ['tampered (one payload character changed)', async () => {
      const good = await signSession(flaskDict([['fav_number', flaskInt(42)]]), TEST_SECRET);
      return `${good.slice(0, 3)}${good[3] === 'A' ? 'B' : 'A'}${good.slice(4)}`;
    }],
    ['signed with another key', async () => signSession(flaskDict([['fav_number', flaskInt(7)]]), 'not the key')],
    ['expired (signed 40 days ago)', async () => signSession(flaskDict([['fav_number', flaskInt(42)]]), TEST_SECRET, { timestamp: new Date(Date.now() - 40 * 86400_000) })],
    ['a correctly signed zip bomb (10 MB of zeros)', async () => flaskSign(`.${b64url(deflateSync(Buffer.alloc(10_000_000)))}`, TEST_SECRET, Math.floor(Date.now() / 1000))],
    ['5,000 characters', async () => 'x'.repeat(5000)],
  ];

  test.each(hostile)('a session cookie that is %s is ignored as Flask ignores it: an empty session, no error page', async (_, make) => {
    const cookie = await make();
    const app = testApp();
    const read = await send(app, '/api/my-route', { cookie: `session=${cookie}` });
    expect(read.status).toBe(200);
    expect(read.body).toMatch(/^Favorite number is <unset>/);
    const set = await send(app, '/api/some-route', { cookie: `session=${cookie}` });
    expect(set.status).toBe(200);
    const verified = await verifySessionCookie(pairOf(set.setCookies[0] ?? '').slice(8), TEST_SECRET);
    expect(verified.ok && verified.payloadJson).toBe('{"fav_number":42}');
  });

  test('the zip bomb above really passes the signature check: the inflate cap is what stops it', async () => {
    const bomb = flaskSign(`.${b64url(deflateSync(Buffer.alloc(10_000_000)))}`, TEST_SECRET, Math.floor(Date.now() / 1000));
    const verified = await verifySessionCookie(bomb, TEST_SECRET);
    expect(verified.ok).toBe(false);
    expect(verified.ok ? null : verified.kind).not.toBe('BadSignature');
  });

  test('a __proto__ key in the session is data: it survives a round trip and pollutes nothing', async () => {
    const had = await signSession(flaskDict([['__proto__', flaskString('x')]]), TEST_SECRET);
    const set = await send(testApp(), '/api/some-route', { cookie: `session=${had}` });
    const verified = await verifySessionCookie(pairOf(set.setCookies[0] ?? '').slice(8), TEST_SECRET);
    expect(verified.ok && verified.payloadJson).toBe('{"__proto__":"x","fav_number":42}');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('the cookie Path follows the deploy base', async () => {
    const set = await send(testApp(testConfig({ cookiePath: '/repo' }), '/repo/api'), '/repo/api/some-route');
    expect(set.setCookies[0]).toMatch(/; Path=\/repo; HttpOnly$/);
  });
});
