// npm run bench: builds (unless BENCH_SKIP_BUILD=1), serves dist/ (gzip, as static hosts do) and prints
// figures measured in Chromium, Lighthouse included (BENCH_LIGHTHOUSE=0 skips it). It prints numbers;
// it asserts nothing. Goals are printed beside them for reading.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
if (process.env.BENCH_SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startStaticServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const gz = (buffer) => gzipSync(buffer, { level: 6 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Every byte a first visit loads (HTML, CSS, JS), gzip-compressed as a static host would send it. */
async function firstLoad(route) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (['document', 'script', 'stylesheet'].includes(type) && response.status() === 200) {
      bodies.push(response.body().then((body) => ({ type, url: response.url(), gzip: gz(body) })));
    }
  });
  await page.goto(`${server.url}${route === '/' ? '/' : `${route}/`}`, { waitUntil: 'networkidle' });
  const loaded = await Promise.all(bodies);
  await context.close();
  const html = loaded.filter((r) => r.type === 'document').reduce((s, r) => s + r.gzip, 0);
  const total = loaded.reduce((s, r) => s + r.gzip, 0);
  return { html, total, files: loaded.length };
}

/** Time from a script's write to the panel's DOM showing the new value, measured inside the page. */
async function panelLatency(kind, { prefill = 0, prefillBytes = 0, writes = 200 } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/compare`);
  await page.getByRole('region', { name: kind === 'cookie' ? 'Cookies' : 'localStorage', exact: true }).locator('form').waitFor();
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' }); // hydrated: measure the live page, not its HTML
  return page
    .evaluate(
      async ({ kind, prefill, prefillBytes, writes }) => {
        if (prefill > 0) for (let i = 0; i < prefill; i += 1) localStorage.setItem(`bench-fill-${String(i).padStart(4, '0')}`, `value ${i}`);
        if (prefillBytes > 0) localStorage.setItem('bench-big', 'x'.repeat(prefillBytes / 2));
        const region = [...document.querySelectorAll('[role="region"]')].find(
          (el) => el.querySelector('h2')?.textContent === (kind === 'cookie' ? 'Cookies' : 'localStorage'),
        );
        const write = (value) => {
          if (kind === 'cookie') document.cookie = `bench_latency=${value}; Path=/`;
          else localStorage.setItem('bench-latency', value);
        };
        const rowValue = () => {
          for (const th of region.querySelectorAll('tbody th')) {
            if (th.textContent === (kind === 'cookie' ? 'bench_latency' : 'bench-latency')) return th.parentElement.querySelector('td')?.textContent;
          }
          return null;
        };
        await new Promise((r) => setTimeout(r, 300));
        const samples = [];
        for (let i = 0; i < writes; i += 1) {
          const value = `v${i}`;
          const shown = new Promise((resolveShown) => {
            const observer = new MutationObserver(() => {
              if (rowValue() === value) {
                observer.disconnect();
                resolveShown(performance.now());
              }
            });
            observer.observe(region, { subtree: true, childList: true, characterData: true });
          });
          const started = performance.now();
          write(value);
          const ended = await Promise.race([shown, new Promise((r) => setTimeout(() => r(null), 3000))]);
          if (ended === null) return { error: `write ${i} never showed` };
          samples.push(ended - started);
          await new Promise((r) => setTimeout(r, 5));
        }
        return { samples };
      },
      { kind, prefill, prefillBytes, writes },
    )
    .finally(() => context.close());
}

const routes = [
  '/',
  '/lessons/stateless-http',
  '/lessons/query-params',
  '/lessons/url-path',
  '/lessons/local-storage',
  '/lessons/session-storage',
  '/lessons/cookies',
  '/lessons/cookie-options',
  '/lessons/storage-comparison',
  '/lessons/sessions',
  '/lessons/session-cookies',
  '/lessons/server-side-sessions',
  '/lessons/which-to-use',
  '/compare',
  '/tools/flask-session',
];

/** Lighthouse 12 (mobile settings: simulated slow 4G and 4x CPU slowdown) against the system Chromium. */
function lighthouse(route) {
  const url = `${server.url}${route === '/' ? '/' : `${route}/`}`;
  const run = spawnSync(
    resolve(root, 'node_modules/.bin/lighthouse'),
    [url, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility', `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: chromiumPath() } },
  );
  if (run.status !== 0) return null;
  const report = JSON.parse(run.stdout);
  const ms = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
  };
}

const withLighthouse = process.env.BENCH_LIGHTHOUSE !== '0';
console.log('\nPer route: first-visit gzip bytes (goals: HTML ≤ 14 KB, HTML+CSS+JS ≤ 90 KB) and Lighthouse mobile (goal 100 / 100)');
console.log(
  ['route'.padEnd(30), 'HTML'.padStart(8), 'total'.padStart(9), 'perf'.padStart(5), 'a11y'.padStart(5), 'FCP'.padStart(8), 'LCP'.padStart(8), 'TBT'.padStart(7)].join(' '),
);
for (const route of routes) {
  const file = route === '/' ? 'dist/index.html' : `dist${route}/index.html`;
  const htmlOnDisk = existsSync(resolve(root, file)) ? gz(readFileSync(resolve(root, file))) : NaN;
  const load = await firstLoad(route);
  const lh = withLighthouse ? lighthouse(route) : null;
  const s = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '—');
  console.log(
    [
      route.padEnd(30),
      kb(htmlOnDisk).padStart(8),
      kb(load.total).padStart(9),
      String(lh?.performance ?? '—').padStart(5),
      String(lh?.accessibility ?? '—').padStart(5),
      s(lh?.fcp).padStart(8),
      s(lh?.lcp).padStart(8),
      (lh ? `${Math.round(lh.tbt)} ms` : '—').padStart(7),
    ].join(' '),
  );
}

console.log('\nPanel update latency: script write → panel DOM (goal p95 ≤ 5 ms)');
console.log('scenario'.padEnd(44), 'median'.padStart(9), 'p95'.padStart(9), 'n'.padStart(5));
const scenarios = [
  ['localStorage.setItem, empty store', 'local', {}],
  ['localStorage.setItem, 1,000 entries', 'local', { prefill: 1000 }],
  ['localStorage.setItem, ~5 MB stored', 'local', { prefillBytes: 5_000_000 }],
  ['document.cookie write', 'cookie', {}],
];
for (const [label, kind, options] of scenarios) {
  const result = await panelLatency(kind, options);
  if (result.error) {
    console.log(label.padEnd(44), result.error);
    continue;
  }
  const sorted = [...result.samples].sort((a, b) => a - b);
  const fmt = (ms) => `${ms.toFixed(2)} ms`;
  console.log(label.padEnd(44), fmt(percentile(sorted, 50)).padStart(9), fmt(percentile(sorted, 95)).padStart(9), String(sorted.length).padStart(5));
}

await browser.close();
server.close();

if (existsSync(resolve(root, 'scripts/bench-flask.mjs'))) {
  spawnSync(process.execPath, [resolve(root, 'scripts/bench-flask.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_SKIP_BUILD: '1' } });
}
