// A lesson step's text is in the prerendered page; the code that renders it loads only when the
// learner uses the text, a demo or control in it nears the viewport, or they head for another step
// (src/components/lesson/lesson-prose.tsx). Moving around must feel exactly as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPage, openPageHeld } from './harness.mjs';

const isProseCode = (url) => /\/assets\/lesson-prose-[^/]*\.js$/.test(new URL(url).pathname);

test('learner reads a step whose text needs no code: the page is live without it, and Next still moves at once without a reload', async () => {
  const requested = [];
  const { context, page, errors } = await openPage('/lessons/which-to-use');
  page.on('request', (request) => requested.push(request.url()));
  const article = page.getByRole('article');
  assert.ok(await article.getByRole('heading', { level: 2 }).first().isVisible(), 'the step’s text is there');
  assert.equal(requested.filter(isProseCode).length, 0, 'the text’s code is not fetched before it is used');
  await page.evaluate(() => {
    window.__samePage = true;
  });
  const next = page.getByRole('link', { name: /^Next/ });
  // Its text is the label (Next) and the step's title, on a line of its own.
  const nextTitle = (await next.innerText()).split('\n').at(-1)?.trim() ?? '';
  await next.hover();
  await next.click();
  await article.getByRole('heading', { level: 2, name: nextTitle }).waitFor();
  assert.equal(await page.evaluate(() => window.__samePage === true), true, 'moved by the router, no page load');
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner’s click on a course link in the text before the text’s code arrives goes there through the router', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/cookies', { hold: isProseCode });
  // The app is live (the page's own code arrived); only the text's code is still held back.
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  await page.evaluate(() => {
    window.__samePage = true;
  });
  await page.getByRole('article').getByRole('link', { name: 'Sessions', exact: true }).first().click();
  await eventually(async () => new URL(page.url()).pathname.replace(/\/$/, '') === '/lessons/sessions', { message: 'the URL is the Sessions lesson' });
  release();
  await page.getByRole('heading', { level: 1, name: /session/i }).waitFor();
  await page.getByRole('article').getByRole('heading', { level: 2 }).first().waitFor();
  assert.equal(await page.evaluate(() => window.__samePage === true), true, 'no page load: what the page held in memory is still there');
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner who tabs to Next and presses Enter before the text’s code arrives keeps the step on screen, then sees the next one, with no reload and no “Loading” line', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/query-params', { hold: isProseCode });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  const article = page.getByRole('article');
  const firstTitle = (await article.getByRole('heading', { level: 2 }).first().innerText()).trim();
  // Watches every change until the next step shows: the page must never lose its step (blank) nor
  // stand in for its text with a "Loading" line (a demo's own placeholder, while its code arrives, is expected).
  await page.evaluate((firstTitle) => {
    window.__samePage = true;
    window.__lost = [];
    new MutationObserver(() => {
      const article = document.querySelector('article');
      const lines = [...document.querySelectorAll('main p')].map((p) => (p.textContent ?? '').trim());
      for (const line of lines) if (line === 'Loading…' || line.startsWith('Loading the lesson')) window.__lost.push(`“${line}”`);
      if (!article?.querySelector('h2')) window.__lost.push(`no step heading (was “${firstTitle}”)`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, firstTitle);
  const next = page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('link', { name: /^Next/ });
  const nextTitle = (await next.innerText()).split('\n').at(-1)?.trim() ?? '';
  // Focus, as Tab brings it there, then Enter: the keyboard's click.
  await next.focus();
  await page.keyboard.press('Enter');
  assert.equal(await article.getByRole('heading', { level: 2, name: firstTitle }).isVisible(), true, 'the step stays while the next one’s code is on its way');
  release();
  await article.getByRole('heading', { level: 2, name: nextTitle }).waitFor();
  await eventually(async () => new URL(page.url()).pathname.replace(/\/$/, '').endsWith('/step-zero'), { message: 'the URL is the next step' });
  assert.equal(await page.evaluate(() => window.__samePage === true), true, 'moved by the router, no page load');
  assert.deepEqual(await page.evaluate(() => window.__lost), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner who presses Next and then, before it moves, follows a course outline link ends on the outline link’s step', async () => {
  const { context, page, errors, release } = await openPageHeld('/lessons/query-params', { hold: isProseCode });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  // Next waits for the next step's code (held back here); the outline link moves in the router's transition.
  await page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('link', { name: /^Next/ }).click();
  await page.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: '4. localStorage' }).click();
  await eventually(async () => new URL(page.url()).pathname.replace(/\/$/, '') === '/lessons/local-storage', { message: 'the URL is the localStorage lesson' });
  release();
  await page.getByRole('heading', { level: 1, name: 'localStorage' }).waitFor();
  await page.getByRole('article').getByRole('heading', { level: 2 }).first().waitFor();
  // The Next press made before is not carried out afterwards, over the learner's newer choice.
  await page.waitForTimeout(500);
  assert.equal(new URL(page.url()).pathname.replace(/\/$/, ''), '/lessons/local-storage');
  assert.deepEqual(errors, []);
  await context.close();
});

test('learner who follows a link in the course outline to another lesson before the text’s code was needed gets that lesson’s text, not the old step under the new address', async () => {
  // The cookies lesson's first step has no demo or form near the outline's links: scrolling down to
  // them brings nothing of the text near the viewport, so its code has not been asked for.
  // (Not openPage: waiting for every control to be live scrolls the text's own controls into view.)
  const { context, page, errors } = await openPageHeld('/lessons/cookies', { hold: () => false, viewport: { width: 1280, height: 720 } });
  const link = page.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: /Query params and hidden fields/ });
  // The page is live and React holds the link (before that, a click is a plain page load).
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  await eventually(async () => link.evaluate((a) => Object.keys(a).some((key) => key.startsWith('__reactProps$'))), { message: 'React holds the outline link' });
  await page.evaluate(() => {
    window.__samePage = true;
  });
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Query params and hidden fields' }).waitFor();
  await page.getByRole('article').getByRole('heading', { level: 2, name: 'State in the URL' }).waitFor();
  assert.equal(new URL(page.url()).pathname.replace(/\/$/, ''), '/lessons/query-params');
  assert.equal(await page.evaluate(() => window.__samePage === true), true, 'moved by the router, no page load');
  assert.deepEqual(errors, []);
  await context.close();
});
