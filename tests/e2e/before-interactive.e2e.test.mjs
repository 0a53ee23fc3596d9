// What a learner does before the page is interactive is kept and done, in Chromium with the
// scripts held back (issue 15): the app's code (before hydration), or only a lazily loaded part's
// code (after hydration, before that part's chunk), or every script (no JavaScript yet).
// src/app/early-actions.ts is the one mechanism; these tests press what a learner would press.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPageHeld, panel, waitForInteractive } from './harness.mjs';

/** Holds only the chunks whose file name contains one of `names` (the rest of the app loads). */
const onlyChunks =
  (...names) =>
  (url) =>
    names.some((name) => new URL(url).pathname.includes(`/assets/${name}-`));

/** Records, frame by frame, whether a box was ever painted empty from now on. */
async function watchNeverEmpty(locator) {
  await locator.evaluate((box) => {
    const seen = { emptied: false };
    box.ownerDocument.defaultView.__neverEmpty = seen;
    const frame = () => {
      const current = box.isConnected ? box : null;
      if (!current || current.value === '') seen.emptied = true;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return () => locator.page().evaluate(() => window.__neverEmpty.emptied);
}

test('learner’s Save in the localStorage panel, pressed before the code arrives, is stored once the page is ready', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/local-storage');
  const region = panel(page, 'localStorage');
  await region.getByRole('textbox', { name: 'Name' }).fill('early-bird');
  await region.getByRole('textbox', { name: 'Value' }).fill('caught the worm');
  await region.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').getByText('Kept: “Save” happens as soon as the page is ready…').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('early-bird')), null, 'nothing can run before the code is in');
  release();
  await waitForInteractive(page);
  await region.getByRole('row', { name: /early-bird/ }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('early-bird')), 'caught the worm');
  await page.getByRole('status').getByText('Done: “Save” happened now that the page is ready.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s typing in the sessionStorage panel stays in its boxes through hydration and is saved by a later Save', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/session-storage');
  const region = panel(page, 'sessionStorage');
  const name = region.getByRole('textbox', { name: 'Name' });
  await name.fill('draft');
  await region.getByRole('textbox', { name: 'Value' }).fill('half written');
  const wasEmptied = await watchNeverEmpty(name);
  release();
  await waitForInteractive(page);
  assert.equal(await name.inputValue(), 'draft');
  assert.equal(await region.getByRole('textbox', { name: 'Value' }).inputValue(), 'half written');
  assert.equal(await wasEmptied(), false, 'the Name box was never painted empty');
  // React now holds what was typed: the Save the learner presses now saves it.
  await region.getByRole('button', { name: 'Save' }).click();
  await eventually(() => page.evaluate(() => sessionStorage.getItem('draft') === 'half written'), { message: 'the typed entry saved' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s Save in the Cookies panel, pressed before the panel’s own code arrives, sets the cookie', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/cookies', { hold: onlyChunks('cookies-panel') });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  const region = panel(page, 'Cookies');
  await region.getByRole('textbox', { name: 'Name' }).fill('stl_early');
  await region.getByRole('textbox', { name: 'Value' }).fill('yes');
  await region.getByRole('button', { name: 'Save' }).click();
  release();
  await eventually(() => page.evaluate(() => document.cookie.split('; ').includes('stl_early=yes')), { message: 'the cookie set' });
  await page.getByRole('status').getByText('Done: “Save” happened now that the page is ready.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s colour submitted twice on /lessons/cookies before the demo’s code arrives is sent once and stays in its box', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/cookies', { hold: onlyChunks('flask-cookie-demo') });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  const box = page.getByRole('textbox', { name: 'Favorite color' });
  await box.fill('green');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  release();
  const log = page.getByRole('region', { name: 'HTTP log' });
  await log.getByText('GET /handle-form-cookie?fav_color=green HTTP/1.1').waitFor();
  assert.equal(await box.inputValue(), 'green');
  await page.getByRole('status').getByText('Done: “Submit” happened now that the page is ready.').waitFor();
  assert.equal(await log.getByText('GET /handle-form-cookie?fav_color=green HTTP/1.1').count(), 1, 'performed once');
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s “Write everywhere” pressed before the compare page’s code arrives writes the pair and puts it in the URL', async () => {
  const { context, page, errors, release } = await openPageHeld('/compare', { hold: onlyChunks('compare-page') });
  await page.getByRole('textbox', { name: 'Name to write everywhere' }).fill('pet');
  await page.getByRole('textbox', { name: 'Value to write everywhere' }).fill('cat');
  await page.getByRole('button', { name: 'Write everywhere' }).click();
  release();
  await page.waitForURL(/\/compare\/pet\/cat\?pet=cat$/);
  await eventually(() => page.evaluate(() => localStorage.getItem('stl:pet') === 'cat' && sessionStorage.getItem('stl:pet') === 'cat'), {
    message: 'both web storages written',
  });
  assert.equal(await page.getByRole('textbox', { name: 'Value to write everywhere' }).inputValue(), 'cat');
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s answer to a check of understanding, ticked and checked before the code arrives, is checked', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/url-path/fav-color/blue/step-two');
  const quiz = page.getByRole('group', { name: /Check your understanding/ }).first();
  const option = quiz.getByRole('radio').nth(1);
  await option.check();
  await page.getByRole('button', { name: 'Check answer' }).first().click();
  release();
  await page.getByText(/^(Correct\.|Not quite — try again\.)$/).first().waitFor();
  assert.equal(await option.isChecked(), true, 'the tick stays');
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s press on a lesson demo’s button before its code arrives is carried out', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/local-storage', { hold: onlyChunks('local-storage-lab') });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  await page.getByRole('textbox', { name: 'Color to remember' }).fill('teal');
  await page.getByRole('button', { name: 'Save to localStorage' }).click();
  await page.getByRole('button', { name: 'Show the request this page would send' }).click();
  release();
  await page.getByLabel('Request this page would send').waitFor();
  await eventually(() => page.evaluate(() => localStorage.getItem('stl:fav-color') === 'teal' || Object.keys(localStorage).some((k) => localStorage.getItem(k) === 'teal')), {
    message: 'the colour saved',
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s click on a demo link that needs its code first (a new tab that reports back) waits for the code, then opens', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/session-storage/new-tabs', { hold: onlyChunks('session-storage-lab') });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  await page.getByRole('link', { name: 'Open this page in a new tab (link)' }).click();
  await page.getByRole('status').getByText(/^Kept: “Open this page in a new tab \(link\)”/).waitFor();
  assert.equal(context.pages().length, 1, 'no tab opened without the probe');
  const opened = context.waitForEvent('page');
  release();
  await opened;
  await page.getByText(/^The tab opened by the link reports /).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s press on a demo button that needs a codec still loading is carried out once the codec is in', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/session-cookies/permanent-sessions', {
    hold: onlyChunks('flask-permanent-session-demo', 'codec', 'use-flask-demo-session'),
  });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  await page.getByRole('button', { name: 'Log in (session.permanent = False)' }).click();
  release();
  await page.getByText(/^Set-Cookie: session=/).waitFor();
  assert.equal(await page.getByText(/^Set-Cookie: session=/).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s cookie typed into the Flask tool before its code arrives stays and is read', async () => {
  const { context, page, errors, release } = await openPageHeld('/tools/flask-session', { hold: onlyChunks('flask-session-page') });
  const box = page.getByRole('textbox', { name: 'Session cookie' });
  await box.fill('not-a-session-cookie');
  release();
  await waitForInteractive(page);
  // React's commit may empty the box for the rest of a task; early-actions puts the text back before
  // the next paint and then hands it to React, so the learner never sees it gone.
  await eventually(async () => (await box.inputValue()) === 'not-a-session-cookie', { timeout: 2000, message: 'the typed cookie in the box' });
  await eventually(async () => (await page.getByRole('status').filter({ hasNotText: /Kept|Done/ }).first().innerText()).trim() !== '', {
    message: 'the tool says what it read',
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s cookie pasted into the hydrated Flask tool before the codec arrives is decoded once it does', async () => {
  // The page is React's; only the code that reads a cookie (loaded on the first input) is held.
  const { context, page, errors, release } = await openPageHeld('/tools/flask-session', { hold: onlyChunks('codec', 'decode-result') });
  await waitForInteractive(page);
  const box = page.getByRole('textbox', { name: 'Session cookie' });
  await box.fill('eyJmYXZfbnVtYmVyIjo0Mn0.awdHWg.JUidkituNsV5LO_WE7Qi-q_4aWQ');
  const status = page.getByRole('status').filter({ hasNotText: /Kept|Done/ }).first();
  await status.getByText('Checking…').waitFor();
  release();
  await status.getByText('Signature not checked', { exact: true }).waitFor();
  assert.match(await page.getByRole('region', { name: 'Decoded session' }).locator('pre').innerText(), /"fav_number": 42/);
  assert.equal(await box.inputValue(), 'eyJmYXZfbnVtYmVyIjo0Mn0.awdHWg.JUidkituNsV5LO_WE7Qi-q_4aWQ');
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s Sign in the Flask tool, pressed before the tool and its codec arrive, signs once they are in', async () => {
  const { context, page, errors, release } = await openPageHeld('/tools/flask-session', { hold: onlyChunks('flask-session-page', 'sign-session-form', 'codec') });
  await page.getByRole('textbox', { name: 'Secret key' }).fill('my key');
  await page.getByRole('button', { name: 'Sign' }).click();
  release();
  const signed = page.getByRole('textbox', { name: 'Signed cookie' });
  await eventually(async () => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(await signed.inputValue()), { message: 'the Signed cookie box holds a cookie' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('with no script at all, the query-params colour form is a real GET form and the panel form empties nothing', async () => {
  const { context, page } = await openPageHeld('/lessons/query-params/step-zero', { javaScript: false });
  await page.getByRole('textbox', { name: 'Favorite color' }).fill('blue');
  await Promise.all([page.waitForURL(/\/lessons\/query-params\/step-one\/?\?fav-color=blue$/), page.getByRole('button', { name: 'Go to step one' }).click()]);
  await page.goto(page.url().replace(/\/lessons\/.*$/, '/lessons/local-storage'), { waitUntil: 'domcontentloaded' });
  const region = panel(page, 'localStorage');
  await region.getByRole('textbox', { name: 'Name' }).fill('offline');
  await region.getByRole('button', { name: 'Save' }).click();
  assert.equal(await region.getByRole('textbox', { name: 'Name' }).inputValue(), 'offline', 'no reload emptied the box');
  await context.close();
});

test('learner’s colour sent on /lessons/cookies before any script is sent once the code arrives, and stays in its box', async () => {
  const { context: offline, page: noScript } = await openPageHeld('/lessons/cookies', { javaScript: false });
  await noScript.getByRole('textbox', { name: 'Favorite color' }).fill('green');
  await Promise.all([noScript.waitForURL(/\?fav_color=green$/), noScript.getByRole('button', { name: 'Submit', exact: true }).click()]);
  const sent = noScript.url();
  await offline.close();
  const { context, page, errors } = await openPageHeld(sent.slice(sent.indexOf('/lessons')), { hold: () => false });
  await page.getByRole('region', { name: 'HTTP log' }).getByText('GET /handle-form-cookie?fav_color=green HTTP/1.1').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Favorite color' }).inputValue(), 'green');
  assert.deepEqual(errors, []);
  await context.close();
});
