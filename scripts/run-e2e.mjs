// Builds the app (unless E2E_SKIP_BUILD=1), serves dist/ with a plain static server, and runs the
// browser tests in tests/e2e with Node's test runner against Chromium.
import { spawnSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
// E2E_OUT_DIR builds and serves another folder than dist/, so two checkouts' runs do not collide.
const outDir = resolve(root, process.env.E2E_OUT_DIR ?? 'dist');
if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build', '--', `--outDir=${outDir}`], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await startStaticServer(outDir);
const only = process.argv.slice(2);
const files = (only.length ? only : readdirSync(resolve(root, 'tests/e2e')).filter((f) => f.endsWith('.e2e.test.mjs')).map((f) => `tests/e2e/${f}`));
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: server.url },
});
child.on('exit', (code) => {
  server.close();
  process.exit(code ?? 1);
});
