import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPage, openPageHeld, panel, panelRows, waitForInteractive } from './harness.mjs';

/** Fills the "write everywhere" form and waits for all five panels to show the pair. */
async function writeEverywhere(page, name, value) {
  await page.getByRole('textbox', { name: 'Name to write everywhere' }).fill(name);
  await page.getByRole('textbox', { name: 'Value to write everywhere' }).fill(value);
  await page.getByRole('button', { name: 'Write everywhere' }).click();
  await eventually(async () => (await panelRows(page, 'Cookies')).some(([n, v]) => n === `stl_${name}` && v.includes(value)), {
    message: 'cookie row',
  });
}

function presence(list) {
  return list.locator('li').allInnerTexts();
}

test('write everywhere puts the pair in all five stores, and its URL reloads to the same state', async () => {
  const { context, page, errors } = await openPage('/compare');
  await writeEverywhere(page, 'color', 'teal');
  assert.match(page.url(), /\/compare\/color\/teal\?color=teal$/);
  assert.ok((await panelRows(page, 'Query string')).some(([n, v]) => n === 'color' && v === 'teal'));
  assert.ok((await panelRows(page, 'URL path')).some(([, v]) => v === 'teal'));
  assert.ok((await panelRows(page, 'localStorage')).some(([n, v]) => n === 'stl:color' && v === 'teal'));
  assert.ok((await panelRows(page, 'sessionStorage')).some(([n, v]) => n === 'stl:color' && v === 'teal'));
  await page.reload();
  await waitForInteractive(page);
  assert.equal(await page.getByRole('textbox', { name: 'Value to write everywhere' }).inputValue(), 'teal');
  await eventually(async () => (await panelRows(page, 'URL path')).some(([, v]) => v === 'teal'), { message: 'path after reload' });
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('learner writing everywhere before scrolling sees the pair at once, and the experiments below, loaded as they near, run with it', async () => {
  // Nothing held back, nothing scrolled: the experiments sit below this first screen, their code not yet fetched.
  const { context, page, errors } = await openPageHeld('/compare', { hold: () => false, viewport: { width: 1280, height: 720 } });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  await page.getByRole('textbox', { name: 'Name to write everywhere' }).fill('pet');
  await page.getByRole('textbox', { name: 'Value to write everywhere' }).fill('cat');
  await page.getByRole('button', { name: 'Write everywhere' }).click();
  // The whole page follows the new URL (a part still showing its server HTML must not hold the navigation).
  await eventually(async () => (await panelRows(page, 'URL path')).some(([, v]) => v === 'cat'), { message: 'the path panel shows the pair' });
  await eventually(async () => (await panelRows(page, 'Query string')).some(([n, v]) => n === 'pet' && v === 'cat'), { message: 'the query panel shows the pair' });
  await page.getByRole('button', { name: 'Send the request' }).click();
  await page.getByRole('list', { name: 'What travelled with the request' }).waitFor({ timeout: 10000 });
  await page.getByRole('button', { name: 'Reload and check' }).click();
  const list = page.getByRole('list', { name: 'What survived the reload' });
  await list.waitFor();
  assert.ok((await presence(list)).includes('✓ localStorage: still there'));
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('reload keeps localStorage and sessionStorage (and the cookie and the URL)', async () => {
  const { context, page } = await openPage('/compare');
  await writeEverywhere(page, 'color', 'green');
  await page.getByRole('button', { name: 'Reload and check' }).click();
  const list = page.getByRole('list', { name: 'What survived the reload' });
  await list.waitFor();
  assert.deepEqual(await presence(list), [
    '✓ Query string: still there',
    '✓ URL path: still there',
    '✓ localStorage: still there',
    '✓ sessionStorage: still there',
    '✓ Cookies: still there',
  ]);
  // The note was read once and removed.
  assert.equal(await page.evaluate(() => sessionStorage.getItem('stl:compare-pending')), null);
  await context.close();
});

test('a new tab sees localStorage and cookies but not sessionStorage; a window.open copy sees sessionStorage', async () => {
  const { context, page } = await openPage('/compare');
  await writeEverywhere(page, 'color', 'plum');
  const [linked] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Open in a new tab (link)' }).click()]);
  const linkList = page.getByRole('list', { name: 'What the linked tab sees' });
  await linkList.waitFor();
  assert.deepEqual(await presence(linkList), [
    '✓ Query string: sees it',
    '✓ URL path: sees it',
    '✓ localStorage: sees it',
    '✗ sessionStorage: does not see it',
    '✓ Cookies: sees it',
  ]);
  await linked.getByRole('list', { name: 'What this new tab sees' }).waitFor();
  const [opened] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open a copy with window.open' }).click()]);
  const openList = page.getByRole('list', { name: 'What the window.open tab sees' });
  await openList.waitFor();
  assert.ok((await presence(openList)).includes('✓ sessionStorage: sees it'));
  await opened.close();
  await context.close();
});

test('the pretend request carries only the cookie (plus the URL)', async () => {
  const { context, page } = await openPage('/compare');
  await writeEverywhere(page, 'color', 'navy');
  await page.getByRole('button', { name: 'Send the request' }).click();
  const list = page.getByRole('list', { name: 'What travelled with the request' });
  await list.waitFor({ timeout: 10000 });
  assert.deepEqual(await presence(list), [
    '✓ Query string: travelled',
    '✓ URL path: travelled',
    '✗ localStorage: not in the request',
    '✗ sessionStorage: not in the request',
    '✓ Cookies: travelled',
  ]);
  const log = page.getByRole('region', { name: 'HTTP log' });
  const text = await log.innerText();
  assert.match(text, /GET \/compare\/color\/navy\?color=navy HTTP\/1\.1/);
  assert.match(text, /Cookie: stl_color=navy/);
  assert.doesNotMatch(text, /stl:color/);
  await context.close();
});

test('an HttpOnly cookie set by the pretend server is missing from pretend document.cookie', async () => {
  const { context, page } = await openPage('/compare');
  await writeEverywhere(page, 'color', 'red');
  await page.getByRole('button', { name: 'Sign in and read document.cookie' }).click();
  const status = page.getByRole('status', { name: 'What page JavaScript sees' });
  await status.waitFor({ timeout: 10000 });
  const text = await status.innerText();
  assert.match(text, /stl_session_id \(HttpOnly\)/);
  assert.match(text, /document\.cookie: stl_theme=dark/);
  assert.match(text, /missing/);
  await context.close();
});

test('the quota probe measures localStorage, deletes only its keys and leaves the learner’s entries as they are', async () => {
  const { context, page } = await openPage('/compare');
  await page.evaluate(() => {
    localStorage.setItem('learner-note', 'keep me');
    localStorage.setItem('stl:draft', 'x'.repeat(1000));
  });
  const before = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const started = Date.now();
  await page.getByRole('button', { name: 'Measure localStorage' }).click();
  const status = page.getByRole('status', { name: 'localStorage quota' });
  await status.waitFor({ timeout: 60000 });
  const text = await status.innerText();
  const chars = Number(/held ([\d,]+) characters/.exec(text)?.[1]?.replaceAll(',', ''));
  console.log(`localStorage quota: ${chars} characters in ${Date.now() - started} ms — ${text.split('\n')[0]}`);
  assert.ok(chars > 1_000_000, `measured ${chars}`);
  const after = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  assert.deepEqual(after, before);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('stl:quota-probe-'))), false);
  // The comparison table now shows the measured capacity.
  const table = page.getByRole('table', { name: /Each store at a glance/ });
  const row = table.locator('tr', { has: page.getByRole('rowheader', { name: 'localStorage', exact: true }) });
  assert.match(await row.innerText(), /[\d,]+ characters .*\(measured\)/);
  await context.close();
});
