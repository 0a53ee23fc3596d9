import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, visit } from './harness.mjs';

/** Whether any stylesheet of the page has a rule for exactly this selector (the page's inlined CSS). */
const carriesRule = (page, selector) =>
  page.evaluate((wanted) => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.selectorText === wanted)), selector);

/**
 * From the next DOM change on, waits for the first moment the element shows (a region labelled by
 * its heading, or the block holding a level-1 heading), and reads its computed style right then, in
 * the task of React's commit, before that frame paints. (The page's CSP allows no eval, so the
 * finder is chosen by name rather than passed in.)
 */
async function styleWhenFirstShown(page, target, properties) {
  await page.evaluate(
    ({ target, properties }) => {
      const find = () =>
        target.region
          ? [...document.querySelectorAll('[role="region"]')].find((region) => region.querySelector('h2')?.textContent === target.region)
          : [...document.querySelectorAll('h1')].find((heading) => heading.textContent === target.headingBlock)?.parentElement;
      window.__firstStyle = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const element = find();
          if (!element) return;
          observer.disconnect();
          const style = getComputedStyle(element);
          resolve(Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)])));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    },
    { target, properties },
  );
}

test('after a client navigation, a page is styled from the first frame its content shows', async () => {
  // The Flask tool's page does not carry the panels' CSS: it comes with the compare page's code.
  const { context, page, errors } = await openPage('/tools/flask-session');
  await visit(page, '/tools/flask-session');
  assert.equal(await carriesRule(page, '.panel'), false, 'the Flask tool page carries no panel rules');
  await styleWhenFirstShown(page, { region: 'localStorage' }, ['border-top-style', 'border-top-left-radius']);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('region', { name: 'localStorage', exact: true }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__firstStyle), { 'border-top-style': 'solid', 'border-top-left-radius': '6px' });
  assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused to|preload CSS/.test(e)), []);
  await context.close();

  // A lesson page does not carry the Flask tool's CSS: it comes with the tool's code.
  const lesson = await openPage('/lessons/local-storage');
  await visit(lesson.page, '/lessons/local-storage');
  assert.equal(await carriesRule(lesson.page, '.flask-tool'), false, 'the lesson page carries no Flask tool rules');
  await styleWhenFirstShown(lesson.page, { headingBlock: 'Flask session tool' }, ['max-width']);
  await lesson.page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Flask session tool' }).click();
  await lesson.page.getByRole('heading', { level: 1, name: 'Flask session tool' }).waitFor();
  // 72rem: the tool's own column width, from its own stylesheet.
  assert.deepEqual(await lesson.page.evaluate(() => window.__firstStyle), { 'max-width': '1152px' });
  assert.deepEqual(lesson.errors.filter((e) => /Content Security Policy|Refused to|preload CSS/.test(e)), []);
  await lesson.context.close();
});
