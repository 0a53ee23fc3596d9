// The Flask tool with real apps' cookies in Chromium: whole headers, a Cookie name, key rotation,
// a custom salt, a max age, Flask-Session ids — read the way CONTRACT.md names the boxes.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { openPage } from './harness.mjs';

const vectors = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/flask-2.2-session-vectors.json'), 'utf8'));
const dev = vectors.find((v) => v.secret === 'dev' && !v.compressed);
assert.ok(dev, 'a fixture signed with "dev"');

/** Flask's signature with another salt, made by OpenSSL (itsdangerous: HMAC-SHA1(HMAC-SHA1(secret, salt), "P.T")). */
function resign(cookie, secret, salt) {
  const signedText = cookie.slice(0, cookie.lastIndexOf('.'));
  const key = createHmac('sha1', secret).update(salt).digest();
  return `${signedText}.${createHmac('sha1', key).update(signedText).digest('base64url')}`;
}
const tool = (params = {}) => `/tools/flask-session?${new URLSearchParams(params).toString()}`;

test('learner pastes a whole Cookie header and picks the cookie by name', async () => {
  const { context, page, errors } = await openPage(tool());
  await page.getByRole('textbox', { name: 'Cookie name' }).fill('my_app');
  await page.getByRole('textbox', { name: 'Session cookie' }).fill(`Cookie: fav_color=blue; my_app=${dev.cookie}; other=1`);
  await page.getByRole('textbox', { name: 'Secret key' }).fill('dev');
  await page.getByRole('status').getByText('Signature valid', { exact: true }).waitFor();
  await page.getByText('Took the cookie named "my_app" from a Cookie header with 3 cookies.').waitFor();
  await page.getByRole('textbox', { name: 'Cookie name' }).fill('session');
  await page.getByRole('alert').getByText(/No cookie named "session"/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner checks a cookie against rotated keys and is told which line verified', async () => {
  const { context, page, errors } = await openPage(tool({ cookie: dev.cookie }));
  await page.getByRole('textbox', { name: 'Secret key' }).fill('new-key\ndev');
  await page.getByRole('status').getByText('Signature valid (key 2)', { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner reads a cookie signed with a custom salt, prefilled from the link', async () => {
  const salted = resign(dev.cookie, 'dev', 'my-salt');
  const { context, page, errors } = await openPage(tool({ cookie: salted, salt: 'my-salt', name: 'session' }));
  assert.equal(await page.getByRole('textbox', { name: 'Salt' }).inputValue(), 'my-salt');
  await page.getByRole('textbox', { name: 'Secret key' }).fill('dev');
  await page.getByRole('status').getByText('Signature valid', { exact: true }).waitFor();
  await page.getByRole('textbox', { name: 'Salt' }).fill('cookie-session');
  await page.getByRole('status').getByText('Signature invalid', { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner sets a max age and sees Flask refuse an older cookie', async () => {
  const { context, page, errors } = await openPage(tool({ cookie: dev.cookie }));
  await page.getByRole('textbox', { name: 'Secret key' }).fill('dev');
  await page.getByRole('textbox', { name: 'Max age (seconds)' }).fill('60');
  await page.getByRole('status').getByText(/^…but Flask would still refuse the cookie.*SignatureExpired/).waitFor();
  await page.getByRole('textbox', { name: 'Max age (seconds)' }).fill('soon');
  await page.getByRole('alert').getByText(/whole number of seconds/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner pastes a Flask-Session id and is told the data lives on the server', async () => {
  const { context, page, errors } = await openPage(tool({ cookie: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' }));
  await page.getByRole('status').getByText('A Flask-Session id, not a signed session', { exact: true }).waitFor();
  await page.getByRole('status').getByText(/lives on the server/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
