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

// A slow link delivers the HTML in pieces and the browser paints what has arrived. Cutting the
// prerendered page just before each part of its layout shows that page as it may be painted:
// everything already there must stay where the whole page puts it.
test('parts of a page that arrive later move nothing already painted', async () => {
  const { context, page } = await openPage('/', { bypassCSP: true });
  await context.route('**/*.js', (route) => route.abort()); // the HTML alone, as it is painted first
  const moved = [];
  for (const width of [360, 412, 1000, 1400]) {
    await page.setViewportSize({ width, height: 800 });
    for (const route of ['/', '/lessons/local-storage/', '/lessons/cookies/from-javascript/', '/compare/', '/tools/flask-session/']) {
      await page.goto(`${baseUrl}${route}`);
      await page.addStyleTag({ content: 'html { overflow-y: scroll !important }' }); // a scrollbar either way
      const found = await page.evaluate(() => {
        const body = document.getElementById('root');
        const whole = body.innerHTML;
        const cuts = () => [...body.querySelectorAll('#root > header *, #root > *, main > *, main > * > *')];
        const problems = [];
        for (let index = 0; index < cuts().length; index += 1) {
          const all = [...body.querySelectorAll('*')];
          const before = new Map(all.map((el, i) => [i, el.getBoundingClientRect()]));
          const cut = cuts()[index];
          const kept = all.map((el, i) => [el, i]).filter(([el]) => cut.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING && !el.contains(cut));
          // Drop the cut element and everything after it in document order.
          for (let node = cut; node && node !== body; node = node.parentElement) {
            while (node.nextSibling) node.nextSibling.remove();
          }
          cut.remove();
          for (const [el, i] of kept) {
            const was = before.get(i);
            const now = el.getBoundingClientRect();
            if (Math.abs(was.x - now.x) > 1 || Math.abs(was.y - now.y) > 1 || Math.abs(was.width - now.width) > 1) {
              problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> "${el.textContent.trim().slice(0, 30)}" moves when the page stops before <${cut.tagName.toLowerCase()} class="${cut.className}">`);
              break;
            }
          }
          body.innerHTML = whole;
        }
        return problems;
      });
      moved.push(...found.map((problem) => `${width}px ${route}: ${problem}`));
    }
  }
  assert.deepEqual(moved, []);
  await context.close();
});
