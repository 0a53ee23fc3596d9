// The page's weak-secret guesser in Chromium, measured two ways on a built site (--outDir, default dist/):
// guesses per CPU-second of the thread that runs them (Chrome DevTools Protocol Performance.getMetrics
// ThreadTime, https://chromedevtools.github.io/devtools-protocol/tot/Performance/), which other load on the
// machine does not change, and wall-clock guesses per second with 1 and 2 Web Workers, which it does.
// Runs the built worker's own module (secret-guess.worker-*.js), so it measures the shipped code.
// Usage: node scripts/bench-guess-chromium.mjs [--outDir dir] [--words N]
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { outDir: { type: 'string' }, words: { type: 'string' } }, strict: true });
const dir = resolve(root, args.outDir ?? 'dist');
const WORDS = Number(args.words ?? 1_000_000);
const workerFile = readdirSync(resolve(dir, 'assets')).find((name) => name.startsWith('secret-guess.worker-'));
if (!workerFile) throw new Error(`${dir}/assets has no secret-guess.worker-*.js: build first (npm run build -- --outDir ${dir})`);
const vectors = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/flask-2.2-session-vectors.json'), 'utf8'));
const lecture = vectors.find((v) => v.secret === 'SHHHHHHHHHH SEEKRIT' && !v.compressed);

const server = await startStaticServer(dir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
// The page's CSP (rightly) forbids what this does on the main thread, so this context bypasses it.
const context = await browser.newContext({ bypassCSP: true });
const page = await context.newPage();
await page.goto(`${server.url}/`);
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;

// The same words every run: a linear congruential generator, 6–14 characters of [a-z0-9].
await page.evaluate(
  async ({ url, count }) => {
    window.postMessage = (message) => {
      if (message.type === 'done') window.__guessDone = message;
    };
    await import(url); // sets window.onmessage to the worker's handler
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    window.__guessWords = Array.from({ length: count }, () => {
      let word = '';
      for (let i = 6 + (next() % 9); i > 0; i -= 1) word += alphabet[next() % 36];
      return word;
    });
  },
  { url: `/assets/${workerFile}`, count: WORDS },
);

const cpuRates = [];
for (let round = 0; round < 3; round += 1) {
  const before = await threadTime();
  await page.evaluate((cookie) => window.onmessage({ data: { type: 'guess', cookie, batch: 0, words: window.__guessWords } }), lecture.cookie);
  cpuRates.push(WORDS / ((await threadTime()) - before));
}

async function workers(count) {
  return page.evaluate(
    async ({ url, cookie, count }) => {
      const words = window.__guessWords;
      const pool = Array.from({ length: count }, () => new Worker(url, { type: 'module' }));
      const started = performance.now();
      const tried = await Promise.all(
        pool.map(
          (worker, i) =>
            new Promise((done, fail) => {
              worker.onmessage = (event) => {
                if (event.data.type === 'done') {
                  worker.terminate();
                  done(event.data.tried);
                }
              };
              worker.onerror = (event) => fail(new Error(event.message));
              worker.postMessage({ type: 'guess', cookie, batch: 0, words: words.slice(Math.floor((i * words.length) / count), Math.floor(((i + 1) * words.length) / count)) });
            }),
        ),
      );
      return (tried.reduce((sum, n) => sum + n, 0) * 1000) / (performance.now() - started);
    },
    { url: `/assets/${workerFile}`, cookie: lecture.cookie, count },
  );
}
const wall = [];
for (const count of [1, 2]) wall.push([count, await workers(count)]);
const version = browser.version();
await browser.close();
server.close();

const n = (value) => Math.round(value).toLocaleString('en');
const [load1] = (await import('node:os')).loadavg();
console.log(`\nThe page's guesser in Chromium ${version}, ${n(WORDS)} words, the lecture's cookie (key not in the list); load average ${load1.toFixed(1)}`);
console.log(`  per CPU-second of the guessing thread:  ${cpuRates.map(n).join(', ')} guesses (best ${n(Math.max(...cpuRates))})`);
for (const [count, rate] of wall) console.log(`  ${count} Web Worker${count === 1 ? ' ' : 's'}, wall clock:            ${n(rate)}/s (incl. start-up and copying the words in)`);
