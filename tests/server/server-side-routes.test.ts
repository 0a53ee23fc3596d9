// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { SESSION_ID_PATTERN } from '../../src/server/session-store.ts';
import type { SessionTableBody } from '../../src/server/server-side-routes.ts';
import { createCourseApp } from '../../src/server/app.ts';
import { pairOf, send, testApp, testConfig } from './course-server.ts';

const idIn = (setCookie: string | undefined): string => pairOf(setCookie ?? '').slice('session='.length);

describe('server-side sessions on the course\'s server', () => {
  test('the cookie holds only a 256-bit random id, HttpOnly, under the server-side path; the data is in the table', async () => {
    const app = testApp();
    const set = await send(app, '/api/server-side/some-route');
    const [cookie] = set.setCookies;
    expect(cookie).toMatch(/^session=[\w-]{43}; Path=\/api\/server-side; HttpOnly; SameSite=Lax$/);
    expect(SESSION_ID_PATTERN.test(idIn(cookie))).toBe(true);
    const read = await send(app, '/api/server-side/my-route', { cookie: pairOf(cookie ?? '') });
    expect(read.body).toBe('Favorite number is 42');
    const table = JSON.parse((await send(app, '/api/server-side/table', { cookie: pairOf(cookie ?? '') })).body) as SessionTableBody;
    expect(table.sql).toMatch(/^SELECT .* FROM sessions/);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({ current: true, user: null, data: { fav_number: '42' } });
  });

  test('logging in issues a new id and deletes the old row (no fixation); the planted id gets nothing', async () => {
    const app = testApp();
    const planted = idIn((await send(app, '/api/server-side/some-route')).setCookies[0]);
    const login = await send(app, '/api/server-side/login', { method: 'POST', cookie: `session=${planted}`, form: { user: 'ada' } });
    const fresh = idIn(login.setCookies[0]);
    expect(fresh).not.toBe(planted);
    expect((await send(app, '/api/server-side/my-route', { cookie: `session=${fresh}` })).body).toBe('Favorite number is 42\nLogged in as ada.');
    expect((await send(app, '/api/server-side/my-route', { cookie: `session=${planted}` })).body).toMatch(/^Favorite number is <unset>/);
  });

  test('logging out deletes the row and the cookie; the old id replayed after logout gets nothing', async () => {
    const app = testApp();
    const id = idIn((await send(app, '/api/server-side/login', { method: 'POST', form: { user: 'ada' } })).setCookies[0]);
    const logout = await send(app, '/api/server-side/logout', { method: 'POST', cookie: `session=${id}` });
    expect(logout.body).toContain('the row is deleted');
    expect(logout.setCookies[0]).toBe("session=; Max-Age=0; Path=/api/server-side; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax");
    const replay = await send(app, '/api/server-side/my-route', { cookie: `session=${id}` });
    expect(replay.body).toContain('no row has this id');
    const table = JSON.parse((await send(app, '/api/server-side/table')).body) as SessionTableBody;
    expect(table.rows).toEqual([]);
  });

  test.each([
    ['an unknown id', `session=${'A'.repeat(43)}`],
    ['a junk id', 'session=%00%ff;;=='],
    ['a 5,000-character id', `session=${'x'.repeat(5000)}`],
    ['no cookies at all', undefined],
  ])('%s reads as no session, with no error', async (_, cookie) => {
    const reply = await send(testApp(), '/api/server-side/my-route', cookie === undefined ? {} : { cookie });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatch(/^Favorite number is <unset>/);
  });

  test('__proto__ as a session key is stored as data and read back; nothing is polluted', async () => {
    const app = testApp();
    const id = idIn((await send(app, '/api/server-side/set', { method: 'POST', form: { key: '__proto__', value: 'polluted?' } })).setCookies[0]);
    const table = JSON.parse((await send(app, '/api/server-side/table', { cookie: `session=${id}` })).body) as SessionTableBody;
    expect(Object.entries(table.rows[0]?.data ?? {})).toEqual([['__proto__', 'polluted?']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a value over the limit gets a clear 400 and what was stored stays', async () => {
    const app = testApp();
    const id = idIn((await send(app, '/api/server-side/some-route')).setCookies[0]);
    const tooLong = await send(app, '/api/server-side/set', { method: 'POST', cookie: `session=${id}`, form: { key: 'fav_number', value: 'x'.repeat(5000) } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toContain('1000');
    expect((await send(app, '/api/server-side/my-route', { cookie: `session=${id}` })).body).toBe('Favorite number is 42');
  });

  test('a user name that is not a name gets a clear 400, and the session is untouched', async () => {
    const app = testApp();
    const id = idIn((await send(app, '/api/server-side/some-route')).setCookies[0]);
    const bad = await send(app, '/api/server-side/login', { method: 'POST', cookie: `session=${id}`, form: { user: '<script>' } });
    expect(bad.status).toBe(400);
    expect(bad.setCookies).toEqual([]);
    expect((await send(app, '/api/server-side/my-route', { cookie: `session=${id}` })).body).toBe('Favorite number is 42');
  });

  test('the fixation demo\'s vulnerable app keeps the planted id at login, so the attacker\'s copy is logged in; the course\'s app does not', async () => {
    const config = testConfig();
    const vulnerable = createCourseApp({ config, prefix: '/api', serverSideLogin: 'keep-id' });
    const safe = testApp(config);
    const attack = async (app: typeof safe): Promise<string> => {
      const planted = idIn((await send(app, '/api/server-side/')).setCookies[0]);
      const login = await send(app, '/api/server-side/login', { method: 'POST', cookie: `session=${planted}`, form: { user: 'ada' } });
      expect(login.status).toBe(200);
      return (await send(app, '/api/server-side/my-route', { cookie: `session=${planted}` })).body;
    };
    const login = await send(vulnerable, '/api/server-side/login', { method: 'POST', form: { user: 'ada' } });
    expect(login.setCookies[0]).toMatch(/^session=[\w-]{43}; /); // no session yet: a fresh one, issued
    expect(await attack(vulnerable)).toBe('Favorite number is <unset>\nLogged in as ada.');
    expect(await attack(safe)).toMatch(/^Favorite number is <unset>\nThe server looked the id up in its table: no row has this id/);
  });

  test('the vulnerable login sends no new cookie when it keeps the id', async () => {
    const vulnerable = createCourseApp({ config: testConfig(), prefix: '/api', serverSideLogin: 'keep-id' });
    const planted = idIn((await send(vulnerable, '/api/server-side/')).setCookies[0]);
    const login = await send(vulnerable, '/api/server-side/login', { method: 'POST', cookie: `session=${planted}`, form: { user: 'ada' } });
    expect(login.setCookies).toEqual([]);
    expect(login.body).toMatch(/^Logged in as ada on the same id/);
  });
});
