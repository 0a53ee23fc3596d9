// The Flask session tool and the sessions lessons in real Chromium: WebCrypto, the browser's own
// DecompressionStream, module Web Workers, real cookies.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/static-server.mjs';
import { baseUrl, eventually, openPage, panel, visit } from './harness.mjs';

const vectors = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/flask-2.2-session-vectors.json'), 'utf8'));
const fixture = (secret, compressed = false) => {
  const found = vectors.find((v) => v.secret === secret && v.compressed === compressed);
  assert.ok(found, `fixture signed with ${secret}`);
  return found;
};
const toolUrl = (params) => `/tools/flask-session?${new URLSearchParams(params).toString()}`;

/** Script URLs the page has requested so far. */
function scriptLog(page) {
  const urls = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

test('a prefilled link shows "Signature valid" and the decoded session at once', async () => {
  const dev = fixture('dev');
  const { context, page, errors } = await openPage(toolUrl({ cookie: dev.cookie, secret: dev.secret }));
  await page.getByRole('status').getByText('Signature valid', { exact: true }).waitFor();
  const region = page.getByRole('region', { name: 'Decoded session' });
  assert.match(await region.locator('pre').innerText(), /"fav_number": 42/);
  await region.getByText('Signed at:').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Secret key' }).inputValue(), 'dev');

  await page.getByRole('textbox', { name: 'Secret key' }).fill('wrong');
  await page.getByRole('status').getByText('Signature invalid', { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the compressed fixture inflates in the browser’s own DecompressionStream', async () => {
  const big = fixture('SHHHHHHHHHH SEEKRIT', true);
  const { context, page, errors } = await openPage(toolUrl({ cookie: big.cookie, secret: big.secret }));
  await page.getByRole('status').getByText('Signature valid', { exact: true }).waitFor();
  const region = page.getByRole('region', { name: 'Decoded session' });
  await region.getByText('zlib-compressed in the cookie', { exact: false }).waitFor();
  await region.getByRole('checkbox', { name: /Pretty-print/ }).uncheck();
  assert.equal(await region.locator('pre').innerText(), JSON.stringify(JSON.parse(big.tagged_json)));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the tool’s first load brings no codec: the first cookie typed does', async () => {
  const { context, page, errors } = await openPage('/');
  const scripts = scriptLog(page);
  // waitForInteractive scrolls to every control, so the signing form and the guesser load too.
  await visit(page, '/tools/flask-session');
  // The codec is codec-*.js with its entry flask-session-<hash>.js; the verdict's view is decode-result-*.js.
  const codecScripts = () => scripts.filter((url) => /\/assets\/(?:(?:codec|decode-result)-[\w-]+|flask-session-[\w-]{8})\.js$/.test(url));
  assert.deepEqual(codecScripts(), [], `scripts: ${scripts}`);
  const dev = fixture('dev');
  await page.getByRole('textbox', { name: 'Session cookie' }).fill(dev.cookie);
  await page.getByRole('status').getByText('Signature not checked', { exact: true }).waitFor();
  assert.ok(codecScripts().length >= 2, 'the codec came with the cookie');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the weak-secret guesser finds the lecture’s secret in Web Workers, loaded only when asked', async () => {
  const seed = fixture('SHHHHHHHHHH SEEKRIT');
  const { context, page, errors } = await openPage('/');
  const scripts = scriptLog(page);
  await page.goto(`${baseUrl}/lessons/stateless-http`, { waitUntil: 'networkidle' });
  assert.equal(scripts.some((url) => /guess-secret|secret-guess|flask-session/.test(url)), false, 'no codec, tool or worker in another page’s load');

  const workers = [];
  // Guessing workers only: decoding runs in a worker of its own (session-codec.worker).
  page.on('worker', (worker) => {
    if (!/session-codec\.worker/.test(worker.url())) workers.push(worker.url());
  });
  await visit(page, toolUrl({ cookie: seed.cookie }));
  await page.getByRole('status').getByText('Signature not checked', { exact: true }).waitFor();
  assert.equal(workers.length, 0, 'no worker before the learner asks');
  const own = Array.from({ length: 30_000 }, (_, i) => `not-it-${i}`).join('\n');
  await page.getByLabel('Or a word list file (text, one guess per line)').setInputFiles({ name: 'guesses.txt', mimeType: 'text/plain', buffer: Buffer.from(own) });
  await page.getByText('guesses.txt, 378.9 kB: read line by line', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Guess the secret key' }).click();
  const foundLine = page.getByText(/^Found the secret key/);
  await foundLine.waitFor({ timeout: 20_000 });
  const found = await foundLine.innerText();
  assert.match(found, /"SHHHHHHHHHH SEEKRIT", confirmed with WebCrypto/);
  assert.ok(workers.length >= 1 && workers.every((url) => /secret-guess\.worker/.test(url)), `workers: ${workers}`);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  // One per core at most; the file is streamed, so its line count is only estimated from its size.
  assert.ok(workers.length <= Math.min(cores, 8), `${workers.length} workers on ${cores} cores`);
  assert.equal(await page.getByText('No Web Workers here').count(), 0);

  await page.getByRole('button', { name: 'Use this secret key' }).click();
  await page.getByRole('status').getByText('Signature valid', { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing keeps the URL shareable with replaceState, and the secret out of it', async () => {
  const dev = fixture('dev');
  const { context, page } = await openPage('/tools/flask-session');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('textbox', { name: 'Session cookie' }).fill(dev.cookie);
  await page.getByRole('textbox', { name: 'Secret key' }).pressSequentially('dev');
  await page.getByRole('status').getByText('Signature valid', { exact: true }).waitFor();
  await eventually(async () => new URL(page.url()).searchParams.get('cookie') === dev.cookie, { message: 'cookie in the URL' });
  assert.equal(new URL(page.url()).searchParams.get('secret'), null);
  assert.equal(await page.evaluate(() => history.length), before, 'no history entry per keystroke');
  await page.reload();
  await page.getByRole('status').getByText('Signature not checked', { exact: true }).waitFor();
  await context.close();
});

test('the sessions lesson stores a real stl_session cookie, at the app path, for the browser session', async () => {
  const { context, page, errors } = await openPage('/lessons/sessions');
  const store = page.getByRole('button', { name: 'Store in the session' });
  await eventually(() => store.isEnabled(), { message: 'codec loaded' });
  await store.click();
  await page.getByText('Signature valid: Flask trusts the cookie', { exact: false }).waitFor();
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'stl_session');
  assert.ok(cookie, 'a real cookie');
  assert.match(cookie.value, /^eyJ[\w-]+\.[\w-]+\.[\w-]{27}$/);
  assert.equal(cookie.path, '/');
  assert.equal(cookie.expires, -1, 'a session cookie, like Flask’s default');
  const row = panel(page, 'Cookies').getByRole('row', { name: /stl_session/ });
  await row.waitFor();
  assert.match(await row.innerText(), /Session/);

  await visit(page, '/lessons/sessions/tampering');
  await page.getByRole('button', { name: 'Add "is_admin": true to the payload' }).click();
  await page.getByText('Flask refuses it', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Change only the ignored bits of its last character' }).click();
  await page.getByText('Flask accepts it', { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a page that is not a secure context, the tool says crypto.subtle is missing and still decodes', async () => {
  const port = new URL(baseUrl).port;
  // flask-tool.test is plain http and not localhost: not a secure context, so no crypto.subtle.
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--host-resolver-rules=MAP flask-tool.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    const dev = fixture('dev');
    await page.goto(`http://flask-tool.test:${port}${toolUrl({ cookie: dev.cookie, secret: dev.secret })}`);
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    await page.getByText('crypto.subtle is missing here', { exact: false }).waitFor();
    await page.getByRole('status').getByText('Signature not checked', { exact: true }).waitFor();
    assert.match(await page.getByRole('region', { name: 'Decoded session' }).locator('pre').innerText(), /"fav_number": 42/);
    // The signing form's code loads as the reader scrolls to it; then Sign says it cannot work here.
    const sign = page.getByRole('button', { name: 'Sign' });
    await sign.scrollIntoViewIfNeeded();
    await eventually(() => sign.isDisabled(), { message: 'Sign is disabled without crypto.subtle' });
  } finally {
    await browser.close();
  }
});
