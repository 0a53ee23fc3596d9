import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUrl, openPage } from './harness.mjs';

// Prerendered text must stay put while the page hydrates and its lazily loaded parts (the lesson's
// prose, demos, the compare view) arrive: a fallback flashing in would shift everything below it.
const routes = ['/lessons/local-storage/', '/lessons/cookies/', '/lessons/sessions/', '/compare/', '/tools/flask-session/', '/'];

test('no layout shift while a page hydrates on a slow phone', async () => {
  const { context, page } = await openPage('/', { viewport: { width: 412, height: 823 } });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await context.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const shifts = [];
  for (const route of routes) {
    await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' });
    const shift = await page.evaluate(() => window.__shift);
    if (shift > 0.01) shifts.push(`${route}: ${shift.toFixed(3)}`);
  }
  assert.deepEqual(shifts, []);
  await context.close();
});
