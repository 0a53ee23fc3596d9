// @vitest-environment node
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createServer } from 'vite';
import { startCourseServer } from '../../src/server/node/start.ts';
import { courseServerPlugin } from '../../src/server/node/vite-plugin.ts';

const folder = mkdtempSync(join(tmpdir(), 'course-server-test-'));
const dist = join(folder, 'dist');
mkdirSync(join(dist, 'lessons', 'cookies'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<h1>home</h1>');
writeFileSync(join(dist, '404.html'), '<h1>not here</h1>');
writeFileSync(join(dist, 'lessons', 'cookies', 'index.html'), '<h1>cookies</h1>');
const env = { SECRET_KEY: 'entry point key', SESSION_DB: join(folder, 'sessions.sqlite') };
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

const cookieOf = (response: Response): string => (response.headers.getSetCookie()[0] ?? '').split(';', 1)[0] ?? '';

describe('npm start: the built site and the server from one process', () => {
  test('serves pages as a static host does, and the server under /api/', async () => {
    const server = await startCourseServer({ port: 0, dist, env, quiet: true });
    closers.push(server.close);
    expect(await (await fetch(`${server.url}lessons/cookies/`)).text()).toBe('<h1>cookies</h1>');
    const missing = await fetch(`${server.url}no/such/page`);
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>not here</h1>']);
    expect((await fetch(`${server.url}lessons/cookies`, { redirect: 'manual' })).status).toBe(301);
    expect((await fetch(`${server.url}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    const set = await fetch(`${server.url}api/handle-form-cookie?fav_color=blue`);
    expect(set.headers.getSetCookie()).toEqual(['fav_color=blue; Path=/']);
  });

  test('a server-side session in the SESSION_DB file survives a server restart', async () => {
    const first = await startCourseServer({ port: 0, dist, env, quiet: true });
    const login = await fetch(`${first.url}api/server-side/login`, { method: 'POST', body: new URLSearchParams({ user: 'ada' }) });
    const cookie = cookieOf(login);
    await first.close();
    const second = await startCourseServer({ port: 0, dist, env, quiet: true });
    closers.push(second.close);
    const read = await fetch(`${second.url}api/server-side/my-route`, { headers: { Cookie: cookie } });
    expect(await read.text()).toContain('Logged in as ada.');
  });

  test('a SESSION_DB file that is not a database is kept aside, not deleted, and the server starts', async () => {
    const broken = join(folder, 'broken.sqlite');
    writeFileSync(broken, 'this is my file, not a database');
    const server = await startCourseServer({ port: 0, dist, env: { ...env, SESSION_DB: broken }, quiet: true });
    closers.push(server.close);
    const response = await fetch(`${server.url}api/server-side/some-route`);
    expect(response.status).toBe(200);
    const { readdirSync, readFileSync } = await import('node:fs');
    const aside = readdirSync(folder).find((name) => name.startsWith('broken.sqlite.unreadable-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(folder, aside ?? ''), 'utf8')).toBe('this is my file, not a database');
  });
});

test('npm start serves a subpath build under its base, read off its index.html', async () => {
  const subpathDist = join(folder, 'sub');
  mkdirSync(subpathDist, { recursive: true });
  writeFileSync(join(subpathDist, 'index.html'), '<!doctype html><script type="module" crossorigin src="/course/assets/index-abc.js"></script>');
  const server = await startCourseServer({ port: 0, dist: subpathDist, env, memoryOnly: true, quiet: true });
  closers.push(server.close);
  expect(server.url.endsWith('/course/')).toBe(true);
  const set = await fetch(`${server.url}api/some-route`);
  expect(set.headers.getSetCookie()[0]).toMatch(/; Path=\/course; HttpOnly$/);
});

describe('npm run dev: the Vite plugin mounts the same handlers under <base>api/', () => {
  test('the dev server answers /repo/api/later-cookie with the cookie the request carried', async () => {
    const vite = await createServer({ configFile: false, root: dist, base: '/repo/', logLevel: 'silent', plugins: [courseServerPlugin()], server: { port: 0, host: '127.0.0.1' } });
    await vite.listen();
    closers.push(() => vite.close());
    const address = vite.httpServer?.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const response = await fetch(`http://127.0.0.1:${port}/repo/api/later-cookie`, { headers: { Cookie: 'fav_color=green' } });
    expect(await response.text()).toContain('Your favorite color is green.');
    const set = await fetch(`http://127.0.0.1:${port}/repo/api/some-route`);
    expect(set.headers.getSetCookie()[0]).toMatch(/^session=[\w.-]+; Path=\/repo; HttpOnly$/);
  });
});
