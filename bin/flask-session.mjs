#!/usr/bin/env node
// `npx flask-session decode|verify|sign|guess` — see src/cli/flask-session.ts. This launcher is committed
// as plain JavaScript; the command itself is built from the same TypeScript modules as the page
// (scripts/build-cli.mjs, `npm run build:cli`) into build/cli/flask-session.mjs, here on first run or
// when a source file is newer than the bundle (a few dozen stat calls; the build takes a few seconds).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const bundle = resolve(root, 'build/cli/flask-session.mjs');
const sources = ['src/cli', 'src/stores/flask-session', 'src/workers/common-secrets.ts'].map((path) => resolve(root, path));

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const stale = !existsSync(bundle) || Math.max(...sources.map(newest)) > statSync(bundle).mtimeMs;
if (stale && existsSync(resolve(root, 'src/cli/flask-session.ts'))) {
  process.stderr.write('flask-session: building the command line from src/cli (once)…\n');
  const { buildCli } = await import(pathToFileURL(resolve(root, 'scripts/build-cli.mjs')).href);
  await buildCli({ quiet: true });
}
await import(pathToFileURL(bundle).href);
