import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPage, panel, panelRows } from './harness.mjs';

/** Saves through the panel's form and returns the refusal it shows (a Save loads the cookie rules first, so the alert may follow a moment later). */
async function saveCookie(page, name, value, expected) {
  const region = panel(page, 'Cookies');
  await region.getByRole('textbox', { name: 'Name' }).fill(name);
  await region.getByRole('textbox', { name: 'Value' }).fill(value);
  await region.getByRole('button', { name: 'Save' }).click();
  const alert = region.getByRole('alert');
  await eventually(async () => expected.test(await alert.innerText().catch(() => '')), { message: `an alert matching ${expected}` }).catch(() => {});
  return alert.innerText();
}

test('bad cookie names and values are refused with the rule, and stored cookies stay', async () => {
  const { context, page } = await openPage('/lessons/cookies/from-javascript');
  await page.evaluate(() => {
    document.cookie = 'keep=me; Path=/';
  });
  assert.match(await saveCookie(page, 'bad;name', 'x', /RFC 6265 token/), /RFC 6265 token/);
  assert.match(await saveCookie(page, 'has space', 'x', /a space/), /a space/);
  assert.match(await saveCookie(page, 'a=b', 'x', /"="/), /"="/);
  assert.match(await saveCookie(page, 'ok', 'a=b; Domain=evil.com', /ends a cookie value/), /ends a cookie value/);
  assert.match(await saveCookie(page, 'ok', 'x'.repeat(4095), /4096 bytes/), /4096 bytes/);
  assert.equal(await page.evaluate(() => document.cookie), 'keep=me');
  await context.close();
});

test('the browser really drops a cookie over 4096 bytes (the rule we enforce is the browser’s)', async () => {
  const { context, page } = await openPage('/');
  const kept = await page.evaluate(() => {
    document.cookie = `n=${'x'.repeat(4095)}; Path=/`; // 4096 bytes: the limit itself
    const fits = document.cookie.includes('n=');
    document.cookie = `m=${'x'.repeat(4096)}; Path=/`; // 4097 bytes
    const over = document.cookie.includes('m=');
    return { fits, over };
  });
  assert.deepEqual(kept, { fits: true, over: false });
  await context.close();
});

test('a full localStorage quota is reported with the limit, and earlier entries are kept', async () => {
  const { context, page } = await openPage('/lessons/local-storage');
  await page.evaluate(() => localStorage.setItem('stl:before', 'safe'));
  const region = panel(page, 'localStorage');
  await region.getByRole('textbox', { name: 'Name' }).fill('huge');
  // 6 M characters is over Chromium's 10 MiB (UTF-16) quota.
  await region.getByRole('textbox', { name: 'Value' }).evaluate((el) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    setter.call(el, 'x'.repeat(6_000_000));
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await region.getByRole('button', { name: 'Save' }).click();
  const alert = await region.getByRole('alert').innerText();
  assert.match(alert, /localStorage is full/);
  assert.match(alert, /10 MiB/);
  assert.equal(await page.evaluate(() => localStorage.getItem('stl:before')), 'safe');
  assert.equal(await page.evaluate(() => localStorage.getItem('huge')), null);
  assert.deepEqual(await panelRows(page, 'localStorage').then((rows) => rows.filter(([n]) => n === 'huge')), []);
  await context.close();
});

test('storage that throws SecurityError is reported in the panel, and the page keeps working', async () => {
  const { context, page, errors } = await openPage('/');
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(page.url().replace(/\/$/, '') + '/lessons/local-storage');
  const alert = panel(page, 'localStorage').getByRole('alert');
  assert.match(await alert.innerText(), /SecurityError/);
  await panel(page, 'Cookies').count();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'localStorage');
  assert.deepEqual(errors.filter((e) => !/SecurityError/.test(e)), []);
  await context.close();
});

test('blocked cookies are reported instead of failing silently', async () => {
  const { context, page } = await openPage('/lessons/cookies/from-javascript');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDocumentCookieDisabled', { disabled: true });
  const alert = await saveCookie(page, 'blocked', 'x');
  assert.match(alert, /did not store the cookie|disabled/);
  await context.close();
});
