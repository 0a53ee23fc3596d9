// Flask session figures, measured in Chromium against the built site (served as a static host
// would): decode+verify time per cookie, and weak-secret guesses per second on a fixed word list
// (200 000 words; 20 000 with --quick). Builds into --outDir (default dist/) first unless --skip-build
// or BENCH_SKIP_BUILD=1. Prints numbers; fails only when a measurement cannot run.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath, startStaticServer } from './static-server.mjs';
import { makeWords } from './bench-words.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, outDir: { type: 'string' }, 'skip-build': { type: 'boolean', default: false } },
  strict: true,
  allowPositionals: false,
});
const outDir = resolve(root, args.outDir ?? 'dist');
if (!args['skip-build'] && process.env.BENCH_SKIP_BUILD !== '1') {
  const built = spawnSync('npm', ['run', 'build', '--', `--outDir=${outDir}`], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const WORDS = args.quick ? 20_000 : 200_000;
const ROUNDS = args.quick ? 30 : 300;
const FLASK_UNSIGN = 34_000; // itsdangerous per guess, this machine class (FIELD-NOTES.md)
const RAW_CPYTHON = 205_000; // hashlib HMAC loop, one core

const assets = resolve(outDir, 'assets');
const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
/** The codec's own chunk: the one that exports decodeSessionCookie by name (a dynamic-import entry). */
const codecFile = files.find((name) => /as decodeSessionCookie\b/.test(readFileSync(resolve(assets, name), 'utf8')));
const workerFile = files.find((name) => name.startsWith('secret-guess.worker-'));
if (!codecFile || !workerFile) throw new Error(`${assets} lacks the codec chunk or the guessing worker (found: ${codecFile}, ${workerFile})`);

// Cookies signed by real Flask 2.2 (tests/fixtures/README.md).
const vectors = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/flask-2.2-session-vectors.json'), 'utf8'));
const seed = vectors.find((v) => v.secret === 'SHHHHHHHHHH SEEKRIT' && !v.compressed);
if (!seed) throw new Error('tests/fixtures/flask-2.2-session-vectors.json has no uncompressed cookie signed with the lecture\'s key');

// The guesser is its own module (the codec does not re-export it; the worker bundles it). For the
// one-core figure, bundle that module alone the way the build does (minified, es2022) and run it
// on the page's main thread.
const guesserBuild = await build({
  configFile: false,
  root,
  logLevel: 'silent',
  build: {
    write: false,
    target: 'es2022',
    minify: true,
    lib: { entry: resolve(root, 'src/stores/flask-session/guess-secret.ts'), formats: ['es'], fileName: 'guess-secret' },
  },
});
const guesserSource = [guesserBuild].flat()[0].output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry)?.code;
if (!guesserSource?.includes('makeSecretGuesser')) throw new Error('bundling src/stores/flask-session/guess-secret.ts did not export makeSecretGuesser');

const server = await startStaticServer(outDir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
await page.goto(`${server.url}/tools/flask-session`);
const cores = await page.evaluate(() => navigator.hardwareConcurrency);

// The page's CSP forbids eval, so the list travels in as data.
const words = makeWords(WORDS);

// 1. Decode + verify, per cookie, on the page's main thread (what the tool does per keystroke).
const perCookie = await page.evaluate(
  async ({ codecUrl, vectors, rounds }) => {
    const codec = await import(codecUrl);
    const now = new Date(1_795_639_130_000 + 3_600_000);
    const time = async (cookies) => {
      for (const v of cookies) await codec.verifySessionCookie(v.cookie, v.secret, { now }); // warm up
      const started = performance.now();
      for (let r = 0; r < rounds; r += 1) {
        for (const v of cookies) {
          const decoded = await codec.decodeSessionCookie(v.cookie);
          const verified = await codec.verifySessionCookie(v.cookie, v.secret, { now });
          if (!decoded.ok || !verified.ok) throw new Error(`fixture failed: ${v.cookie}`);
        }
      }
      return ((performance.now() - started) * 1000) / (rounds * cookies.length);
    };
    return {
      plain: await time(vectors.filter((v) => !v.compressed)),
      compressed: await time(vectors.filter((v) => v.compressed)),
    };
  },
  { codecUrl: `/assets/${codecFile}`, vectors, rounds: ROUNDS },
);

// 2a. One core, no workers: makeSecretGuesser in a loop on a page. The page's CSP (rightly) forbids
// importing a module from a blob: URL, so this one page bypasses it.
const guessContext = await browser.newContext({ bypassCSP: true });
const guessPage = await guessContext.newPage();
await guessPage.goto(`${server.url}/tools/flask-session`);
const oneCore = await guessPage.evaluate(
  async ({ source, cookie, words }) => {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const { makeSecretGuesser } = await import(url);
    const count = words.length;
    const guess = makeSecretGuesser(cookie);
    for (let i = 0; i < 5000; i += 1) guess(words[i]); // warm up
    const started = performance.now();
    let hits = 0;
    for (const word of words) if (guess(word)) hits += 1;
    return { perSecond: (count * 1000) / (performance.now() - started), hits };
  },
  { source: guesserSource, cookie: seed.cookie, words },
);
await guessContext.close();

// 2b. The guessing workers, as the tool starts them: one per core, the list split between them.
async function workerRun(workers) {
  return page.evaluate(
    async ({ workerUrl, cookie, words, workers }) => {
      const count = words.length;
      const started = performance.now();
      const tried = await Promise.all(
        Array.from({ length: workers }, (_, i) => {
          const share = words.slice(Math.floor((i * count) / workers), Math.floor(((i + 1) * count) / workers));
          return new Promise((resolveRun, reject) => {
            const worker = new Worker(workerUrl, { type: 'module' });
            worker.onmessage = (event) => {
              if (event.data.type === 'done') {
                worker.terminate();
                resolveRun(event.data.tried);
              }
              if (event.data.type === 'error') reject(new Error(event.data.reason));
            };
            worker.onerror = (event) => reject(new Error(event.message));
            worker.postMessage({ type: 'guess', cookie, words: share });
          });
        }),
      );
      const total = tried.reduce((sum, n) => sum + n, 0);
      return { perSecond: (total * 1000) / (performance.now() - started), total };
    },
    { workerUrl: `/assets/${workerFile}`, cookie: seed.cookie, words, workers },
  );
}
const workerCounts = [...new Set([1, Math.min(cores, 8)])];
const workerRuns = [];
for (const n of workerCounts) workerRuns.push({ n, ...(await workerRun(n)) });

// 2c. End to end in the tool's UI: upload the list, press the button, read what it reports.
const list = Buffer.from(words.join('\n'));
await page.goto(`${server.url}/tools/flask-session?${new URLSearchParams({ cookie: seed.cookie })}`);
await page.getByRole('status').getByText('Signature not checked', { exact: true }).waitFor();
await page.getByRole('checkbox', { name: /common secrets/ }).uncheck();
await page.getByLabel('Or a word list file (text, one guess per line)').setInputFiles({ name: 'bench.txt', mimeType: 'text/plain', buffer: list });
await page.getByText('bench.txt', { exact: true }).waitFor(); // the tool names the file it will read
const clicked = Date.now();
await page.getByRole('button', { name: 'Guess the secret key' }).click();
const verdict = page.getByText(/^Not in the list/);
await verdict.waitFor({ timeout: 60_000 });
const uiWall = Date.now() - clicked;
const uiText = await page.getByText(/ tried · /).innerText(); // the tool's own progress line

await browser.close();
server.close();

const n = (value) => Math.round(value).toLocaleString('en');
const versus = (rate) => `${(rate / FLASK_UNSIGN).toFixed(1)}× flask-unsign, ${(rate / RAW_CPYTHON).toFixed(2)}× raw CPython`;
console.log('\nFlask session codec, Chromium, this machine');
console.log(`decode + verify, per cookie (main thread):  ${perCookie.plain.toFixed(0)} µs uncompressed, ${perCookie.compressed.toFixed(0)} µs zlib-compressed`);
console.log(`\nWeak-secret guesses per second, ${n(WORDS)}-word list (mulberry32 seed 2026), ${cores} cores`);
console.log(`  baselines: flask-unsign ~${n(FLASK_UNSIGN)}/s, raw CPython HMAC loop ~${n(RAW_CPYTHON)}/s on one core; goal ≥ ${n(2 * FLASK_UNSIGN)}/s, aim > ${n(RAW_CPYTHON)}/s`);
console.log(`  1 core, page main thread:      ${n(oneCore.perSecond).padStart(9)}/s  (${versus(oneCore.perSecond)})`);
for (const run of workerRuns) {
  console.log(`  ${run.n} worker${run.n === 1 ? ' ' : 's'}, incl. start-up:     ${n(run.perSecond).padStart(9)}/s  (${versus(run.perSecond)})`);
}
console.log(`  the tool's UI, button to done:  ${n((WORDS * 1000) / uiWall).padStart(9)}/s  (it reports: ${uiText.replace(/\s+/g, ' ')})`);
