// The course against its real server: `npm start` (scripts/start.mjs) serving the built site and
// the handlers from one Node process on a free loopback port, driven in Chromium. The learner's
// browser itself sends the requests and keeps the cookies. The last test checks that the static
// build (E2E_BASE_URL, no server) still labels every server demo simulated.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eventually, openPage, openPageAt, panel, panelRows, seriousAxeViolations } from './harness.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const SECRET_KEY = 'real-server e2e key';
let server;
let origin;

before(async () => {
  const sessionDb = join(mkdtempSync(join(tmpdir(), 'real-server-e2e-')), 'sessions.sqlite');
  server = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, DIST_DIR: resolve(root, process.env.E2E_OUT_DIR ?? 'dist'), HOST: '127.0.0.1', PORT: '0', SESSION_DB: sessionDb, SECRET_KEY },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  origin = await new Promise((done, fail) => {
    let text = '';
    server.stdout.on('data', (chunk) => {
      text += chunk;
      const found = /The course and its server: (http:\/\/\S+?)\/?\s/.exec(text);
      if (found) done(found[1]);
    });
    server.on('exit', (code) => fail(new Error(`npm start exited (${code}) before serving:\n${text}`)));
  });
});
after(() => {
  server?.kill();
});

const cookieNamed = async (context, name) => (await context.cookies()).find((cookie) => cookie.name === name);

test('the lecture\'s cookie demo sets a real fav_color cookie: in the browser\'s jar, and the live Cookies panel shows it', async () => {
  const { context, page, errors } = await openPageAt(`${origin}/lessons/cookies`);
  const demo = page.getByRole('region', { name: 'The Flask demo, on the course’s own server' });
  await demo.getByText('real server', { exact: true }).waitFor();
  await demo.getByLabel('Favorite color').fill('teal');
  await demo.getByRole('button', { name: 'Submit' }).click();
  await demo.getByRole('region', { name: 'HTTP log' }).getByText('Set-Cookie: fav_color=teal; Path=/').waitFor();
  const jarCookie = await eventually(() => cookieNamed(context, 'fav_color'), { message: 'fav_color in the browser jar' });
  assert.equal(jarCookie.value, 'teal');
  assert.equal(jarCookie.httpOnly, false);
  const cookiesPanel = panel(page, 'Cookies');
  await cookiesPanel.getByRole('rowheader', { name: 'fav_color', exact: true }).waitFor();
  await demo.getByRole('button', { name: '/later-cookie' }).click();
  await demo.getByRole('region', { name: 'Pretend browser window' }).getByText('Your favorite color is teal.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the HttpOnly session cookie is in the jar, not in document.cookie, and real Flask decodes it with SECRET_KEY', async () => {
  const { context, page, errors } = await openPageAt(`${origin}/lessons/sessions`);
  const demo = page.getByRole('region', { name: 'The lecture’s session routes, on the course’s own server' });
  await demo.getByRole('button', { name: 'GET /some-route' }).click();
  await demo.getByRole('region', { name: 'Pretend browser window' }).getByText(/session\['fav_number'\] = 42/).waitFor();
  const session = await eventually(() => cookieNamed(context, 'session'), { message: 'session in the browser jar' });
  assert.equal(session.httpOnly, true);
  assert.equal(await page.evaluate(() => document.cookie.includes('session=')), false);
  const received = page.getByRole('region', { name: 'What the server received' });
  await demo.getByRole('button', { name: 'GET /my-route' }).click();
  await demo.getByRole('region', { name: 'Pretend browser window' }).getByText('Favorite number is 42').waitFor();
  await received.getByRole('rowheader', { name: 'session', exact: true }).waitFor();
  const python = process.env.FLASK_PYTHON ?? 'python3';
  const script = [
    'import json, sys',
    'from flask import Flask',
    'from flask.sessions import SecureCookieSessionInterface',
    'app = Flask(__name__); app.secret_key = sys.argv[1]',
    'print(json.dumps(dict(SecureCookieSessionInterface().get_signing_serializer(app).loads(sys.argv[2]))))',
  ].join('\n');
  const flask = spawnSync(python, ['-c', script, SECRET_KEY, session.value], { encoding: 'utf8' });
  assert.equal(flask.status, 0, flask.stderr);
  assert.deepEqual(JSON.parse(flask.stdout), { fav_number: 42 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a server-side session survives a reload and dies at logout; the old id replayed gets nothing', async () => {
  const { context, page, errors } = await openPageAt(`${origin}/lessons/server-side-sessions`);
  const demo = () => page.getByRole('region', { name: 'Server-side sessions in SQLite, on the course’s own server' });
  await demo().getByRole('button', { name: 'GET /server-side/some-route' }).click();
  await demo().getByRole('region', { name: 'The session table' }).getByRole('rowheader', { name: /your cookie/ }).waitFor();
  const before = await cookieNamed(context, 'session');
  assert.equal(before.httpOnly, true);
  assert.match(before.value, /^[\w-]{43}$/);
  await page.reload();
  const table = demo().getByRole('region', { name: 'The session table' });
  const mine = table.getByRole('row', { name: /your cookie/ });
  await mine.getByText('{"fav_number":"42"}').waitFor();
  await demo().getByRole('button', { name: 'Log out (delete the row)' }).click();
  await demo().getByRole('region', { name: 'Pretend browser window' }).getByText(/the row is deleted/).waitFor();
  await eventually(async () => (await cookieNamed(context, 'session')) === undefined, { message: 'the session cookie deleted' });
  const replay = await context.request.get(`${origin}/api/server-side/my-route`, { headers: { Cookie: `session=${before.value}` } });
  assert.match(await replay.text(), /^Favorite number is <unset>/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('session fixation needs a second browser: beside the real server it runs two pretend browsers in the page, and rotation decides the attack', async () => {
  const { context, page, errors } = await openPageAt(`${origin}/lessons/server-side-sessions/rotate-at-login`);
  const demo = page.getByRole('region', { name: 'Session fixation, step by step' });
  const attack = async () => {
    await demo.getByRole('button', { name: 'Attacker: visit the site and get a session id' }).click();
    await demo.getByRole('region', { name: 'The attacker’s browser' }).getByText(/^New session: visits = 1/).waitFor();
    await demo.getByRole('button', { name: 'Attacker: plant that id in your browser' }).click();
    await demo.getByText(/^Your browser now holds Set-Cookie: session=/).waitFor();
    await demo.getByRole('button', { name: 'You: log in as ada' }).click();
  };
  await demo.getByRole('checkbox', { name: /rotates the id at login/ }).uncheck();
  await attack();
  await demo.getByText('a session logged in as ada. The attacker is in.').waitFor();
  await demo.getByRole('region', { name: 'The attacker’s browser' }).getByText(/Logged in as ada\./).waitFor();
  await demo.getByRole('checkbox', { name: /rotates the id at login/ }).check();
  await attack();
  await demo.getByText('no session — locked out.').waitFor();
  assert.equal(await demo.getByText('real server', { exact: true }).count(), 0, 'the two browsers are pretend ones: labelled simulated');
  assert.equal(await cookieNamed(context, 'session'), undefined, 'the pretend browsers never touch this browser\'s cookies');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the compare page sends its request to the real server: the cookie and the URL travel, Web Storage does not', async () => {
  const { context, page, errors } = await openPageAt(`${origin}/compare`);
  await page.getByRole('textbox', { name: 'Name to write everywhere' }).fill('color');
  await page.getByRole('textbox', { name: 'Value to write everywhere' }).fill('navy');
  await page.getByRole('button', { name: 'Write everywhere' }).click();
  await eventually(async () => (await panelRows(page, 'Cookies')).some(([name]) => name === 'stl_color'), { message: 'the stl_color cookie' });
  const box = page.getByRole('region', { name: /Send a request to the server/ });
  await box.getByText('real server', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Send the request' }).click();
  const list = page.getByRole('list', { name: 'What travelled with the request' });
  await list.waitFor({ timeout: 10000 });
  assert.deepEqual(await list.locator('li').allInnerTexts(), [
    '✓ Query string: travelled',
    '✓ URL path: travelled',
    '✗ localStorage: not in the request',
    '✗ sessionStorage: not in the request',
    '✓ Cookies: travelled',
  ]);
  const log = await page.getByRole('region', { name: 'HTTP log' }).innerText();
  assert.match(log, /GET \/api\/received\/compare\/color\/navy\?color=navy HTTP\/1\.1/);
  assert.match(log, /Cookie: [^\n]*stl_color=navy/);
  assert.doesNotMatch(log, /stl:color/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a static host the server-side sessions demo runs SQLite (sql.js) in the page under the CSP', async () => {
  const { context, page, errors } = await openPage('/lessons/server-side-sessions');
  const demo = page.getByRole('region', { name: 'Server-side sessions in SQLite, on a pretend server' });
  const wasm = page.waitForResponse((response) => /\/assets\/sql-wasm-browser-[^/]*\.wasm$/.test(response.url()));
  await demo.getByRole('button', { name: 'GET /server-side/some-route' }).click();
  assert.equal((await wasm).status(), 200);
  const table = demo.getByRole('region', { name: 'The session table' });
  await table.getByRole('row', { name: /your cookie/ }).getByText('{"fav_number":"42"}').waitFor();
  await demo.getByRole('button', { name: 'Log out (delete the row)' }).click();
  await table.getByText('No rows: the server holds no sessions.').waitFor();
  assert.equal(await cookieNamed(context, 'session'), undefined, 'the pretend server\'s cookie stays in the pretend jar');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a static host the fixation demo runs too, and what it shows after an attack has no serious axe violations', async () => {
  // axe is injected as a script, which the CSP's Trusted Types refuse: this one test bypasses the CSP.
  const { context, page, errors } = await openPage('/lessons/server-side-sessions/rotate-at-login', { bypassCSP: true });
  const demo = page.getByRole('region', { name: 'Session fixation, step by step' });
  await demo.getByRole('checkbox', { name: /rotates the id at login/ }).uncheck();
  await demo.getByRole('button', { name: 'Attacker: visit the site and get a session id' }).click();
  await demo.getByRole('region', { name: 'The attacker’s browser' }).getByText(/^New session: visits = 1/).waitFor();
  await demo.getByRole('button', { name: 'Attacker: plant that id in your browser' }).click();
  await demo.getByText(/^Your browser now holds Set-Cookie: session=/).waitFor();
  await demo.getByRole('button', { name: 'You: log in as ada' }).click();
  await demo.getByText('a session logged in as ada. The attacker is in.').waitFor();
  await demo.getByRole('region', { name: 'The session table' }).getByRole('row', { name: /your cookie, the attacker’s cookie/ }).waitFor();
  if (process.env.E2E_SCREENSHOT) await demo.screenshot({ path: process.env.E2E_SCREENSHOT });
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a static host (no server) every server demo is labelled simulated', async () => {
  for (const [path, name] of [
    ['/lessons/cookies', 'The Flask demo, on a pretend server at http://localhost:5000'],
    ['/lessons/sessions', 'The lecture’s session routes, on a pretend Flask app'],
    ['/lessons/server-side-sessions', 'Server-side sessions in SQLite, on a pretend server'],
  ]) {
    const { context, page, errors } = await openPage(path);
    // The page asked once whether a server answers (the static build's api/status.json says no).
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/api/status.json')));
    const demo = page.getByRole('region', { name });
    await demo.getByText('simulated', { exact: true }).first().waitFor();
    assert.equal(await page.getByText('real server', { exact: true }).count(), 0, `${path} shows no real server`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
