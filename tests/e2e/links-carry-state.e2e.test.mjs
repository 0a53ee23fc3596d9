// Every page whose state is in its URL keeps it from a shared link onward (issue 15): each test
// opens the link a classmate would share and clicks only what a learner would click (Next,
// Previous, the outline, the demos' links and buttons, reload, back, forward).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUrl, eventually, openPage, openPageHeld, panelRows, waitForInteractive } from './harness.mjs';

const here = (page) => page.url().slice(baseUrl.length);
const outline = (page) => page.getByRole('navigation', { name: 'Course outline' });
const queryRows = async (page) => JSON.stringify(await panelRows(page, 'Query string'));
/** Page errors, without the 404 status of the page itself: a URL no file was prerendered for is answered by 404.html, which boots the app. */
const realErrors = (errors) => errors.filter((message) => !message.startsWith('Failed to load resource: the server responded with a status of 404'));

test('learner opening a shared /lessons/query-params/step-zero?fav-color=blue keeps the colour through every step link', async () => {
  const { context, page, errors } = await openPage('/lessons/query-params/step-zero?fav-color=blue');
  assert.equal(await page.getByRole('textbox', { name: 'Favorite color' }).inputValue(), 'blue', 'the form starts with the URL’s colour');

  await page.getByRole('link', { name: /^Next/ }).click();
  await page.waitForURL(`${baseUrl}/lessons/query-params/step-one?fav-color=blue`);
  await eventually(async () => (await queryRows(page)) === JSON.stringify([['fav-color', 'blue']]), { message: 'query panel on step one' });

  await outline(page).getByRole('link', { name: /Step two/ }).click();
  await page.waitForURL(`${baseUrl}/lessons/query-params/step-two?fav-color=blue`);
  await page.getByText(/^Your favourite colour, read from the URL: blue$/).waitFor();

  await page.getByRole('link', { name: /^Previous/ }).click();
  await page.waitForURL(`${baseUrl}/lessons/query-params/step-one?fav-color=blue`);
  await page.getByRole('button', { name: 'Step two: a form with a hidden field' }).click();
  await page.waitForURL(`${baseUrl}/lessons/query-params/step-two?fav-color=blue`);

  await page.getByRole('link', { name: 'Start again at step zero' }).click();
  await page.waitForURL(`${baseUrl}/lessons/query-params/step-zero?fav-color=blue`);
  assert.equal(await page.getByRole('textbox', { name: 'Favorite color' }).inputValue(), 'blue');

  // Reload, back and forward land on the same state.
  await page.reload();
  await waitForInteractive(page);
  assert.equal(await page.getByRole('textbox', { name: 'Favorite color' }).inputValue(), 'blue');
  // After a reload, back and forward load documents again (the static server may add a directory's slash).
  await page.goBack();
  await page.waitForURL(/\/lessons\/query-params\/step-two\/?\?fav-color=blue$/);
  await page.getByText(/^Your favourite colour, read from the URL: blue$/).waitFor();
  await page.goForward();
  await page.waitForURL(/\/lessons\/query-params\/step-zero\/?\?fav-color=blue$/);
  await waitForInteractive(page);
  assert.equal(await page.getByRole('textbox', { name: 'Favorite color' }).inputValue(), 'blue');

  // The one link that forgets it says it is the experiment.
  await page.getByRole('link', { name: /^Next/ }).click();
  await page.getByRole('link', { name: 'What if a link forgets the param? Step two without it' }).click();
  await page.waitForURL(`${baseUrl}/lessons/query-params/step-two`);
  await page.getByText(/This URL carries no/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner clicking Next on a shared ?fav-color link before the page is interactive still carries the colour', async () => {
  const { context, page, release } = await openPageHeld('/lessons/query-params/step-zero?fav-color=blue');
  await Promise.all([page.waitForURL(/\/lessons\/query-params\/step-one\/?\?fav-color=blue$/), page.getByRole('link', { name: /^Next/ }).click()]);
  release();
  await waitForInteractive(page);
  await page.getByText(/^Your favourite colour, read from the URL: blue$/).waitFor();
  await context.close();
});

test('learner opening a shared URL-path link with any colour keeps it through the walk, and hears why ".." cannot be one', async () => {
  const { context, page, errors } = await openPage('/lessons/url-path/fav-color/papayawhip/step-zero');
  const box = page.getByRole('textbox', { name: 'Favorite color' });
  assert.equal(await box.inputValue(), 'papayawhip');
  await page.getByRole('link', { name: /^Next/ }).click();
  await page.waitForURL(`${baseUrl}/lessons/url-path/fav-color/papayawhip/step-one`);
  await outline(page).getByRole('link', { name: /Step two/ }).click();
  await page.waitForURL(`${baseUrl}/lessons/url-path/fav-color/papayawhip/step-two`);
  await page.getByRole('link', { name: 'Choose another colour' }).click();
  await page.waitForURL(`${baseUrl}/lessons/url-path/fav-color/papayawhip/step-zero`);

  await box.fill('..');
  await page.getByRole('button', { name: 'Go to step one' }).click();
  await page.getByRole('alert').getByText(/cannot be a path segment/).waitFor();
  assert.equal(here(page), '/lessons/url-path/fav-color/papayawhip/step-zero', 'nothing navigated');

  await box.fill('sea green');
  await page.getByRole('button', { name: 'Go to step one' }).click();
  await page.waitForURL(`${baseUrl}/lessons/url-path/fav-color/sea%20green/step-one`);
  await page.reload();
  await waitForInteractive(page);
  await page.getByText(/^Your favourite colour, read from the path: sea green$/).waitFor();
  await page.goBack();
  await page.waitForURL(`${baseUrl}/lessons/url-path/fav-color/papayawhip/step-zero`);
  assert.equal(await box.inputValue(), 'papayawhip');
  assert.deepEqual(realErrors(errors), []);
  await context.close();
});

test('learner sending the URL-path colour form without JavaScript gets the colour into the path once scripts run', async () => {
  const { context: offline, page: noScript } = await openPageHeld('/lessons/url-path/fav-color/blue/step-zero', { javaScript: false });
  const box = noScript.getByRole('textbox', { name: 'Favorite color' });
  await box.fill('tomato');
  await Promise.all([noScript.waitForURL(/\?color=tomato$/), noScript.getByRole('button', { name: 'Go to step one' }).click()]);
  const sent = here(noScript);
  await offline.close();
  // The same URL once scripts run (the learner's browser catching up): the colour moves into the path.
  const { context, page, errors } = await openPage(sent);
  await page.waitForURL(`${baseUrl}/lessons/url-path/fav-color/tomato/step-one`);
  await page.getByText(/^Your favourite colour, read from the path: tomato$/).waitFor();
  assert.deepEqual(realErrors(errors), []);
  await context.close();
});

test('learner opening a shared /compare/<name>/<value> link finds the pair, and back and forward return to each pair written', async () => {
  const { context, page, errors } = await openPage('/compare/pet/cat?pet=cat');
  const name = page.getByRole('textbox', { name: 'Name to write everywhere' });
  const value = page.getByRole('textbox', { name: 'Value to write everywhere' });
  assert.equal(await name.inputValue(), 'pet');
  assert.equal(await value.inputValue(), 'cat');
  await value.fill('dog');
  // A slow machine (8x CPU throttling): Back is pressed before the written pair's page has
  // committed, so React never leaves the old pair; the boxes must still follow the URL back.
  // https://chromedevtools.github.io/devtools-protocol/tot/Emulation/#method-setCPUThrottlingRate
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.getByRole('button', { name: 'Write everywhere' }).click();
  await page.waitForURL(`${baseUrl}/compare/pet/dog?pet=dog`);
  await page.goBack();
  await page.waitForURL(`${baseUrl}/compare/pet/cat?pet=cat`);
  await eventually(async () => (await value.inputValue()) === 'cat', { message: 'the form follows back' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.goForward();
  await page.waitForURL(`${baseUrl}/compare/pet/dog?pet=dog`);
  await page.reload();
  await waitForInteractive(page);
  assert.equal(await value.inputValue(), 'dog');
  assert.deepEqual(realErrors(errors), []);
  await context.close();
});

test('learner opening a shared Flask tool link with ?cookie= keeps what they type in the URL across reload, and back from another page', async () => {
  const { context, page, errors } = await openPage('/tools/flask-session?cookie=first.cookie.here');
  const box = page.getByRole('textbox', { name: 'Session cookie' });
  assert.equal(await box.inputValue(), 'first.cookie.here');
  await box.fill('second.cookie.here');
  await eventually(() => new URL(page.url()).searchParams.get('cookie') === 'second.cookie.here', { message: 'the URL follows the box' });
  await page.reload();
  await waitForInteractive(page);
  assert.equal(await box.inputValue(), 'second.cookie.here');
  // Typing replaces the URL (no history entry per keystroke): leaving and coming back finds it.
  await page.getByRole('link', { name: 'sessions lesson' }).click();
  await page.waitForURL(/\/lessons\/sessions$/);
  await page.goBack();
  await eventually(async () => (await box.inputValue()) === 'second.cookie.here', { message: 'back returns to the typed cookie' });
  await page.goForward();
  await page.waitForURL(/\/lessons\/sessions$/);
  assert.deepEqual(errors, []);
  await context.close();
});
