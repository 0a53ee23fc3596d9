import assert from 'node:assert/strict';
import { test } from 'node:test';
import { courseRoutes } from '../../scripts/course-routes.mjs';
import { openPage, seriousAxeViolations, visit } from './harness.mjs';

// Every page of the course (scripts/course-routes.mjs), plus steps whose state comes from the URL.
const routes = [
  ...courseRoutes(),
  '/lessons/query-params/step-one?fav-color=blue',
  '/lessons/url-path/fav-color/blue/step-two',
  '/lessons/session-storage/new-tabs',
  '/lessons/cookies/from-javascript',
];

for (const scheme of ['light', 'dark']) {
  test(`no serious or critical axe violations (${scheme} mode)`, async () => {
    // axe is injected as a script, which the app's CSP (rightly) forbids: bypass it for this check only.
    const { context, page } = await openPage('/', { bypassCSP: true });
    await page.emulateMedia({ colorScheme: scheme });
    const found = [];
    for (const route of routes) {
      await visit(page, route); // the live page, panels filled, not only its prerendered HTML
      await page.evaluate(() => {
        localStorage.setItem('stl:a11y', 'x');
        document.cookie = 'stl_a11y=x; Path=/';
      });
      const violations = await seriousAxeViolations(page);
      found.push(...violations.map((v) => `${route} ${v}`));
    }
    assert.deepEqual(found, []);
    await context.close();
  });
}
