// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { UNSET } from '../../src/server/flask-cookie-routes.ts';
import { pairOf, readExchangeEcho, send, testApp, testConfig } from './course-server.ts';

describe("the lecture's cookie demo on the course's server", () => {
  test('/handle-form-cookie sets fav_color with Path under the base, and /later-cookie reads it back', async () => {
    const app = testApp(testConfig({ cookiePath: '/repo' }), '/repo/api');
    const set = await send(app, '/repo/api/handle-form-cookie?fav_color=blue');
    expect(set.status).toBe(200);
    expect(set.setCookies).toEqual(['fav_color=blue; Path=/repo']);
    const later = await send(app, '/repo/api/later-cookie', { cookie: pairOf(set.setCookies[0] ?? '') });
    expect(later.body).toContain('Your favorite color is blue.');
  });

  test('/later-cookie with no cookies at all answers <unset>, as request.cookies.get does', async () => {
    const reply = await send(testApp(), '/api/later-cookie');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(`Your favorite color is ${UNSET}.`);
  });

  test('a colour with ";", "=" and control characters stays one value, never an extra attribute', async () => {
    const app = testApp();
    const nasty = 'red; Domain=evil.example; x=\u0001\u007f';
    const set = await send(app, `/api/handle-form-cookie?${new URLSearchParams({ fav_color: nasty })}`);
    expect(set.status).toBe(200);
    expect(set.setCookies).toHaveLength(1);
    expect(set.setCookies[0]).toMatch(/^fav_color=[^;]*; Path=\/$/);
    const later = await send(app, '/api/later-cookie', { cookie: pairOf(set.setCookies[0] ?? '') });
    expect(later.body).toContain(`Your favorite color is ${nasty}.`);
  });

  test('a 5,000-character colour gets a clear 400 naming the 4096-byte limit, and no Set-Cookie', async () => {
    const reply = await send(testApp(), `/api/handle-form-cookie?fav_color=${'a'.repeat(5000)}`);
    expect(reply.status).toBe(400);
    expect(reply.body).toContain('4096');
    expect(reply.setCookies).toEqual([]);
  });

  test('the form without fav_color is a 400, as Flask answers a missing request.args key', async () => {
    const reply = await send(testApp(), '/api/handle-form-cookie');
    expect(reply.status).toBe(400);
    expect(reply.body).toContain('fav_color');
  });

  test('the goldfish remembers nothing: /greet knows a name only when the request carries it', async () => {
    const app = testApp();
    expect((await send(app, '/api/greet?name=Ada')).body).toContain('Hello, Ada!');
    expect((await send(app, '/api/greet')).body).toContain('Hello, stranger!');
    expect((await send(app, '/api/')).body).toContain('goldfish');
  });

  test('every response echoes the headers the server received and the Set-Cookie it sent', async () => {
    const reply = await send(testApp(), '/api/handle-form-cookie?fav_color=green', { cookie: 'session=abc; fav_color=red' });
    const echo = readExchangeEcho(reply.headers);
    expect(echo?.received).toContainEqual(['cookie', 'session=abc; fav_color=red']);
    expect(echo?.sent).toContainEqual(['set-cookie', 'fav_color=green; Path=/']);
    expect(echo?.target).toBe('/api/handle-form-cookie?fav_color=green');
  });

  test('/received-cookies lists every cookie the request carried, HttpOnly ones included', async () => {
    const reply = await send(testApp(), '/api/received-cookies', { cookie: 'session=abc; fav_color=red' });
    expect(JSON.parse(reply.body)).toEqual([
      { name: 'session', value: 'abc' },
      { name: 'fav_color', value: 'red' },
    ]);
  });

  test('/received/<any path> says which path, query and cookies arrived (the compare page\'s request)', async () => {
    const reply = await send(testApp(), '/api/received/compare/color/blue?color=blue', { cookie: 'stl_color=blue' });
    expect(reply.body).toBe(
      'The server received:\nPath: /api/received/compare/color/blue\nQuery: ?color=blue\nCookies: stl_color=blue\nNothing from localStorage or sessionStorage: a request has no place for them.',
    );
  });

  test('/status.json says a real server answers, and shows a SECRET_KEY only when it was made up', async () => {
    const made = await send(testApp(testConfig({ generatedSecretKey: 'abc123' })), '/api/status.json');
    expect(JSON.parse(made.body)).toMatchObject({ server: 'real', generatedSecretKey: 'abc123' });
    const fromEnv = await send(testApp(), '/api/status.json');
    expect(JSON.parse(fromEnv.body)).toMatchObject({ generatedSecretKey: null });
  });

  test('the real server has no /set route: it would set any cookie on the learner\'s localhost', async () => {
    expect((await send(testApp(), '/api/set?header=a%3D1')).status).toBe(404);
  });
});
