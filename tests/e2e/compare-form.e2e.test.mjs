// The compare page's "Write everywhere" form loads its code when the learner first uses it
// (src/components/compare/lazy-write-everywhere-form.tsx): what is typed into either box and a press
// of the button before that code arrives are kept and done (src/app/early-actions.ts). Tested with
// only the form's chunk held back, after the rest of the page is interactive, on a throttled CPU,
// several times over (two boxes handed over in one go is where a form can lose a box's text).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPage, openPageHeld, visit } from './harness.mjs';

const FORM_CHUNK = /\/assets\/write-everywhere-form-[^/]*\.js$/;

/** A slow phone: https://chromedevtools.github.io/devtools-protocol/tot/Emulation/#method-setCPUThrottlingRate */
async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

const nameBox = (page) => page.getByRole('textbox', { name: 'Name to write everywhere' });
const valueBox = (page) => page.getByRole('textbox', { name: 'Value to write everywhere' });

test('the compare page’s first screen does not fetch the form’s code; the learner’s first use of the form does', async () => {
  const { context, page, errors } = await openPage('/compare');
  const fetched = [];
  page.on('request', (request) => {
    if (FORM_CHUNK.test(request.url())) fetched.push(request.url());
  });
  await visit(page, '/compare');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(fetched, [], 'not fetched before the form is used');
  await nameBox(page).focus();
  await eventually(() => fetched.length === 1, { message: 'the form’s code fetched on focus' });
  await nameBox(page).fill('used');
  await eventually(() => page.evaluate(() => document.querySelector('[data-loads-on-use]')?.hasAttribute('data-live')), { message: 'the form live' });
  assert.equal(await nameBox(page).inputValue(), 'used');
  assert.deepEqual(errors, []);
  await context.close();
});

for (let run = 1; run <= 4; run += 1) {
  test(`learner’s name and value typed and “Write everywhere” pressed before the form’s code arrives are all kept and written (slow CPU, run ${run})`, async () => {
    const { context, page, errors, release } = await openPageHeld('/compare', { hold: (url) => FORM_CHUNK.test(url) });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
    await throttle(page, 6);
    const name = `pet${run}`;
    const value = `cat ${run}`;
    // Typed key by key into the first box, pasted into the second, as learners do.
    await nameBox(page).fill('');
    await nameBox(page).pressSequentially(name);
    await valueBox(page).fill(value);
    await page.getByRole('button', { name: 'Write everywhere' }).click();
    await page.getByRole('status').getByText('Kept: “Write everywhere” happens as soon as the page is ready…').waitFor();
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), `stl:${name}`), null, 'nothing written before the code is in');
    release();
    await page.waitForURL(new RegExp(`/compare/${name}/cat%20${run}\\?${name}=cat(?:\\+|%20)${run}$`), { timeout: 20_000 });
    await eventually(
      () =>
        page.evaluate(
          ({ name, value }) =>
            localStorage.getItem(`stl:${name}`) === value &&
            sessionStorage.getItem(`stl:${name}`) === value &&
            document.cookie.split('; ').some((cookie) => cookie.startsWith(`stl_${name}=`)),
          { name, value },
        ),
      { timeout: 10_000, message: 'both web storages and the cookie written' },
    );
    assert.equal(await nameBox(page).inputValue(), name);
    assert.equal(await valueBox(page).inputValue(), value);
    await page.getByRole('status').getByText('Done: “Write everywhere” happened now that the page is ready.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('learner’s text typed into both boxes before the form’s code arrives stays in them, and a later press writes it', async () => {
  const { context, page, errors, release } = await openPageHeld('/compare', { hold: (url) => FORM_CHUNK.test(url) });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  await throttle(page, 6);
  await nameBox(page).fill('drink');
  await valueBox(page).fill('');
  await valueBox(page).pressSequentially('tea');
  release();
  await eventually(() => page.evaluate(() => document.querySelector('[data-loads-on-use]')?.hasAttribute('data-live')), { message: 'the form live' });
  // Handed over a few frames after the form is live: read until both boxes are React's and as typed.
  await eventually(async () => [await nameBox(page).inputValue(), await valueBox(page).inputValue()].join('|') === 'drink|tea' || false, {
    message: 'both boxes as typed',
  });
  await throttle(page, 1);
  await page.getByRole('button', { name: 'Write everywhere' }).click();
  await page.waitForURL(/\/compare\/drink\/tea\?drink=tea$/);
  await eventually(() => page.evaluate(() => localStorage.getItem('stl:drink') === 'tea'), { message: 'the typed pair written' });
  assert.deepEqual(errors, []);
  await context.close();
});

for (let run = 1; run <= 3; run += 1) {
  test(`learner typing and pressing while the form’s code is arriving loses nothing (8x slower CPU, run ${run})`, async () => {
    // Nothing held: the first key loads the form's code, which arrives and commits while the learner types on.
    const { context, page, errors } = await openPageHeld('/compare', { hold: () => false });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
    await throttle(page, 8);
    const name = `bird${run}`;
    await nameBox(page).fill('');
    await nameBox(page).pressSequentially(name);
    await valueBox(page).fill('');
    await valueBox(page).pressSequentially('owl');
    await page.getByRole('button', { name: 'Write everywhere' }).click();
    await page.waitForURL(new RegExp(`/compare/${name}/owl\\?${name}=owl$`), { timeout: 20_000 });
    await eventually(() => page.evaluate((key) => localStorage.getItem(key) === 'owl' && sessionStorage.getItem(key) === 'owl', `stl:${name}`), {
      timeout: 10_000,
      message: 'the pair written',
    });
    assert.equal(await nameBox(page).inputValue(), name);
    assert.equal(await valueBox(page).inputValue(), 'owl');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
