import assert from 'node:assert/strict';
import { test } from 'node:test';
import { courseRoutes } from '../../scripts/course-routes.mjs';
import { openPage, panel, panelRows, visit } from './harness.mjs';

const routes = courseRoutes(); // every page of the course, from the code (scripts/course-routes.mjs)

test('at 360 px wide every route reads without sideways scrolling', async () => {
  const { context, page } = await openPage('/', { viewport: { width: 360, height: 740 } });
  const wide = [];
  for (const route of [...routes, '/lessons/url-path/fav-color/rebeccapurple/step-two', '/lessons/cookies/from-javascript']) {
    await visit(page, route);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    if (scrollWidth > innerWidth) wide.push(`${route}: ${scrollWidth} px of content in a ${innerWidth} px window`);
  }
  assert.deepEqual(wide, []);
  await context.close();
});

/** What has focus, and whether it shows it (an outline or a box shadow). */
const focusState = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', visible: false, label: '' };
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      label: el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent?.trim().slice(0, 40) ?? '',
      visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
      onScreen: rect.width > 0 && rect.height > 0,
      inPanel: el.closest('[role="region"]')?.querySelector('h2')?.textContent ?? null,
    };
  });

test('keyboard only: the skip link comes first, every stop shows its focus, and a panel can be used', async () => {
  const { context, page } = await openPage('/');
  await visit(page, '/lessons/local-storage');
  await page.keyboard.press('Tab');
  const first = await focusState(page);
  assert.equal(first.label, 'Skip to content');
  assert.ok(first.visible && first.onScreen, 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

  const unmarked = [];
  let reached = null;
  for (let presses = 0; presses < 120 && !reached; presses += 1) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (!state.visible || !state.onScreen) unmarked.push(`${state.tag} "${state.label}"`);
    if (state.inPanel === 'localStorage' && state.tag === 'input') reached = state;
  }
  assert.ok(reached, 'Tab reaches the localStorage panel’s form');
  assert.deepEqual(unmarked, [], 'every focus stop is visible');

  await page.keyboard.type('stl:by-keyboard');
  await page.keyboard.press('Tab');
  await page.keyboard.type('typed');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await panel(page, 'localStorage').getByRole('rowheader', { name: 'stl:by-keyboard' }).waitFor();
  assert.ok((await panelRows(page, 'localStorage')).some(([name, value]) => name === 'stl:by-keyboard' && value === 'typed'));
  await context.close();
});
