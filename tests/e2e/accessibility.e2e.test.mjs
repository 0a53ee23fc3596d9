import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { baseUrl, openPage } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const contract = readFileSync(resolve(import.meta.dirname, '../../../shared/CONTRACT.md'), 'utf8');
// Every route of CONTRACT.md, plus steps whose state comes from the URL.
const routes = [
  ...[...contract.matchAll(/^\| `(\/[^`]*)` \|/gm)].map((m) => m[1]),
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
      await page.goto(`${baseUrl}${route}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.evaluate(() => {
        localStorage.setItem('stl:a11y', 'x');
        document.cookie = 'stl_a11y=x; Path=/';
      });
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      found.push(...violations.map((v) => `${route} ${v}`));
    }
    assert.deepEqual(found, []);
    await context.close();
  });
}
