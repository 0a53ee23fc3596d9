import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUrl, eventually, openPage, panelRows, waitForInteractive } from './harness.mjs';

test('the query param is carried through the steps and survives a reload', async () => {
  const { context, page, errors } = await openPage('/lessons/query-params/step-zero');
  await page.getByRole('textbox', { name: 'Favorite color' }).fill('blue');
  await page.getByRole('button', { name: 'Go to step one' }).click();
  await page.waitForURL(`${baseUrl}/lessons/query-params/step-one?fav-color=blue`);
  // The router moves on, or, for a click that beat the demo's code, the browser submits the GET form itself.
  await waitForInteractive(page);
  await eventually(async () => JSON.stringify(await panelRows(page, 'Query string')) === JSON.stringify([['fav-color', 'blue']]), { message: 'query panel' });
  await page.getByRole('button', { name: 'Step two: a form with a hidden field' }).click();
  await page.waitForURL(`${baseUrl}/lessons/query-params/step-two?fav-color=blue`);
  await page.reload();
  await waitForInteractive(page);
  assert.equal((await page.getByText(/^Your favourite colour, read from the URL:/).innerText()).trim(), 'Your favourite colour, read from the URL: blue');
  assert.deepEqual(await panelRows(page, 'Query string'), [['fav-color', 'blue']]);
  assert.deepEqual(errors, [], 'no hydration or script errors');
  await context.close();
});

test('the GET form works before JavaScript, as a real form', async () => {
  const context = await (await import('./harness.mjs')).openPage('/').then((o) => o.context);
  await context.route('**/*.js', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${baseUrl}/lessons/query-params/step-zero`);
  await page.getByRole('textbox', { name: 'Favorite color' }).fill('green');
  await page.getByRole('button', { name: 'Go to step one' }).click();
  await page.waitForURL(/step-one\/?\?fav-color=green$/);
  await context.close();
});

test('the colour in the path survives steps and a reload', async () => {
  const { context, page } = await openPage('/lessons/url-path/fav-color/blue/step-zero');
  await page.getByRole('textbox', { name: 'Favorite color' }).fill('tomato');
  await page.getByRole('button', { name: 'Go to step one' }).click();
  await page.waitForURL(`${baseUrl}/lessons/url-path/fav-color/tomato/step-one`);
  await page.getByRole('link', { name: 'Step two (relative link)' }).click();
  await page.waitForURL(`${baseUrl}/lessons/url-path/fav-color/tomato/step-two`);
  await page.reload();
  const rows = await eventually(async () => {
    const found = await panelRows(page, 'URL path');
    return found.length === 5 ? found : null;
  });
  assert.deepEqual(rows[3], ['4', 'tomato']);
  await context.close();
});

test('a new tab (a link, no opener) starts with empty sessionStorage; a window.open tab starts with a copy', async () => {
  const { context, page } = await openPage('/lessons/session-storage/new-tabs');
  await page.getByRole('textbox', { name: 'Draft' }).fill('my draft');
  await page.getByRole('button', { name: 'Save draft to sessionStorage' }).click();

  const [linkTab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Open this page in a new tab (link)' }).click()]);
  await linkTab.waitForLoadState();
  await linkTab.getByRole('status').filter({ hasText: 'opened by the sessionStorage lab' }).waitFor();
  assert.equal(await linkTab.evaluate(() => sessionStorage.getItem('stl:draft')), null);
  assert.equal(await linkTab.evaluate(() => window.opener), null);

  const [openedTab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open this page with window.open' }).click()]);
  await openedTab.waitForLoadState();
  await openedTab.getByRole('status').filter({ hasText: 'opened by the sessionStorage lab' }).waitFor();
  assert.equal(await openedTab.evaluate(() => sessionStorage.getItem('stl:draft')), 'my draft');

  // The copy is a copy: a write in the new tab does not reach this one.
  await openedTab.evaluate(() => sessionStorage.setItem('stl:draft', 'changed there'));
  assert.equal(await page.evaluate(() => sessionStorage.getItem('stl:draft')), 'my draft');

  const reports = page.getByRole('list', { name: 'What the new tabs report' });
  await reports.getByText(/The tab opened by the link reports 0 sessionStorage entries/).waitFor();
  await reports.getByText(/The tab opened with window.open reports .* the draft "my draft"/).waitFor();
  await context.close();
});

test('sessionStorage survives a reload of the same tab', async () => {
  const { context, page } = await openPage('/lessons/session-storage');
  await page.getByRole('textbox', { name: 'Draft' }).fill('kept');
  await page.getByRole('button', { name: 'Save draft to sessionStorage' }).click();
  await page.reload();
  await waitForInteractive(page);
  assert.deepEqual((await panelRows(page, 'sessionStorage')).find(([n]) => n === 'stl:draft'), ['stl:draft', 'kept']);
  await context.close();
});
