// npm run build [-- --base /some/path/] [--outDir dir]   (or --base=/some/path/, --outDir=dir)
// Type-checks, builds the client and the prerender bundle with the same options, then writes every
// route as its own HTML file (scripts/prerender.mjs). The router's basename follows --base.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { BuildOptionsError, parseBuildOptions } from './build-options.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
let options;
try {
  options = parseBuildOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof BuildOptionsError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const { base } = options;
const outDir = resolve(root, options.outDir ?? 'dist');
// Inside the project, so the prerender bundle resolves react and friends from node_modules.
// One per output folder, so two builds side by side do not overwrite each other's bundle.
const ssrDir = resolve(root, 'node_modules', `.stl-prerender-${outDir.replace(/[^A-Za-z0-9]+/g, '_')}`);
const baseArgs = base ? [`--base=${base}`] : [];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, [resolve(root, 'scripts/generate-outline.mjs')]);
run(bin('tsc'), ['-b']);
run(bin('vite'), ['build', ...baseArgs, '--outDir', outDir, '--emptyOutDir']);
run(bin('vite'), ['build', '--ssr', 'src/entry-server.tsx', ...baseArgs, '--outDir', ssrDir, '--emptyOutDir']);
run(process.execPath, [resolve(root, 'scripts/prerender.mjs'), outDir, ssrDir]);
