import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPage, panel, panelRows } from './harness.mjs';

test('localStorage panel shows a script write, then its removal, without a reload', async () => {
  const { context, page, errors } = await openPage('/lessons/local-storage');
  // The course records progress in localStorage (stl:progress): the panel shows that first.
  await panel(page, 'localStorage').getByRole('rowheader', { name: 'stl:progress' }).waitFor();
  await page.evaluate(() => localStorage.setItem('from-console', 'hello'));
  await eventually(async () => (await panelRows(page, 'localStorage')).some(([n, v]) => n === 'from-console' && v === 'hello'), { message: 'row to appear' });
  await page.evaluate(() => localStorage.removeItem('from-console'));
  await panel(page, 'localStorage').getByRole('rowheader', { name: 'from-console' }).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a property-style write (as DevTools edits) appears without a reload', async () => {
  const { context, page } = await openPage('/lessons/local-storage');
  await panel(page, 'localStorage').getByRole('rowheader', { name: 'stl:progress' }).waitFor();
  await page.evaluate(() => {
    localStorage['typed-as-property'] = 'sneaky';
  });
  await eventually(async () => (await panelRows(page, 'localStorage')).some(([n]) => n === 'typed-as-property'), { timeout: 3000, message: 'poll to catch it' });
  await context.close();
});

test('another tab’s localStorage write shows up in this tab', async () => {
  const { context, page } = await openPage('/lessons/local-storage');
  const other = await context.newPage();
  await other.goto(page.url());
  await other.evaluate(() => localStorage.setItem('from-other-tab', '42'));
  await eventually(async () => (await panelRows(page, 'localStorage')).some(([n, v]) => n === 'from-other-tab' && v === '42'), { message: 'storage event' });
  await context.close();
});

test('learner can add, edit and delete through the panel, and the browser has it', async () => {
  const { context, page } = await openPage('/lessons/session-storage');
  const region = panel(page, 'sessionStorage');
  await region.getByRole('textbox', { name: 'Name' }).fill('stl:note');
  await region.getByRole('textbox', { name: 'Value' }).fill('first');
  await region.getByRole('button', { name: 'Save' }).click();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('stl:note')), 'first');
  await region.getByRole('button', { name: 'Edit stl:note' }).click();
  await region.getByRole('textbox', { name: 'Value' }).fill('second');
  await region.getByRole('button', { name: 'Save' }).click();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('stl:note')), 'second');
  await region.getByRole('button', { name: 'Delete stl:note' }).click();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('stl:note')), null);
  await context.close();
});

test('Cookies panel shows document.cookie writes live, with attributes from CookieStore', async () => {
  const { context, page } = await openPage('/lessons/cookies/from-javascript');
  await page.evaluate(() => {
    document.cookie = 'js_cookie=hi; Path=/; Max-Age=600; SameSite=Strict';
  });
  const row = panel(page, 'Cookies').locator('tbody tr', { has: page.getByRole('rowheader', { name: 'js_cookie' }) });
  await row.waitFor();
  // The SameSite column reads Strict (the pretend jar's labels, src/lib/cookies/cookie-columns.ts).
  await eventually(async () => (await row.innerText()).includes('Strict'), { message: 'CookieStore attributes' });
  const cells = await row.locator('td').allInnerTexts();
  const headers = await panel(page, 'Cookies').locator('thead th').allInnerTexts();
  const cell = (name) => cells[headers.indexOf(name) - 1];
  assert.equal(cell('Value'), 'hi');
  assert.equal(cell('Size'), '11', 'size: name + value bytes');
  assert.equal(cell('Path'), '/');
  await page.evaluate(() => {
    document.cookie = 'js_cookie=; Path=/; Max-Age=0';
  });
  await row.waitFor({ state: 'detached' });
  await context.close();
});

test('an expiring cookie disappears from the panel when it expires', async () => {
  const { context, page } = await openPage('/lessons/cookie-options');
  await page.evaluate(() => {
    document.cookie = 'short_lived=1; Path=/; Max-Age=1';
  });
  const header = panel(page, 'Cookies').getByRole('rowheader', { name: 'short_lived' });
  await header.waitFor();
  await header.waitFor({ state: 'detached', timeout: 4000 });
  await context.close();
});

test('a cookie saved in the panel lands in the browser with its options', async () => {
  const { context, page } = await openPage('/lessons/cookies/from-javascript');
  const region = panel(page, 'Cookies');
  await region.getByRole('textbox', { name: 'Name' }).fill('panel_cookie');
  await region.getByRole('textbox', { name: 'Value' }).fill('v1');
  await region.getByRole('textbox', { name: 'Max-Age (seconds)' }).fill('120');
  await region.getByRole('combobox', { name: 'SameSite' }).selectOption('strict');
  await region.getByRole('button', { name: 'Save' }).click();
  // The cookie rules load when the form is first used: the Save is done once they are in.
  const saved = await eventually(async () => (await context.cookies()).find((c) => c.name === 'panel_cookie'), { message: 'panel_cookie stored' });
  assert.ok(saved, 'the browser stored it');
  assert.equal(saved.value, 'v1');
  assert.equal(saved.path, '/');
  assert.equal(saved.sameSite, 'Strict');
  assert.ok(saved.expires > Date.now() / 1000 + 100 && saved.expires < Date.now() / 1000 + 130);
  await context.close();
});
