// `npm start`: builds the site when dist/ is missing, compiles the server (src/server/node/main.ts,
// with Vite's SSR build in scripts/build-server.mjs: Node 20 cannot run TypeScript) when its
// sources are newer than the compiled copy, then serves both from one process on HOST/PORT.
// See src/server/node/start.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const outDir = resolve(root, 'dist-server');
const entry = join(outDir, 'main.js');

function newestIn(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (!existsSync(join(dist, 'index.html'))) {
  console.log(`No built site in ${dist}: building it first (npm run build)…`);
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), ...(process.env.DIST_DIR ? ['--outDir', dist] : [])], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const sources = ['src/server', 'src/lib', 'src/stores/flask-session'].map((dir) => join(root, dir)).filter(existsSync);
const stale = !existsSync(entry) || Math.max(...sources.map(newestIn), statSync(join(root, 'package-lock.json')).mtimeMs) > statSync(entry).mtimeMs;
if (stale) {
  // In a process of its own: the server's process never loads Vite (scripts/build-server.mjs).
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-server.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// V8 optimizes a function once it has run a budget of bytecode (--interrupt-budget: 67584 in
// Node 20's V8 11.3, as `node --v8-options` lists it; defined in V8's src/flags/flag-definitions.h,
// https://github.com/v8/v8/blob/main/src/flags/flag-definitions.h).
// The server's request path is a few hundred small functions that every request runs, so a
// quarter of that budget lets V8 compile them within the first few hundred requests instead of
// the first few thousand; the compiling is the same, only sooner (measured with bench-server:
// CPU per request over requests 500-2,500 about 165 → 90 µs, unchanged after). Only the JIT's
// timing changes, never what the code does. A budget given on the command line wins.
if (!process.execArgv.some((arg) => arg.startsWith('--interrupt-budget') || arg.startsWith('--interrupt_budget'))) {
  v8.setFlagsFromString('--interrupt-budget=16384');
}

process.env.DIST_DIR = dist;
await import(pathToFileURL(entry).href);
