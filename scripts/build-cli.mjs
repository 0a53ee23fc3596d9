// npm run build:cli — bundles the command line (src/cli/flask-session.ts, which imports the page's own
// codec from src/stores/flask-session) into one ES module for Node 20: build/cli/flask-session.mjs.
// The committed launcher bin/flask-session.mjs calls this on first run and whenever a source file is
// newer than the bundle, so `npx flask-session …` works straight after `npm install` in a fresh clone.
// Vite's SSR build (Rolldown) with every dependency bundled in: https://vite.dev/guide/ssr#ssr-externals
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export const root = resolve(import.meta.dirname, '..');
export const cliBundle = resolve(root, 'build/cli/flask-session.mjs');
/** What the bundle is made from: a change in any of these rebuilds it. */
export const cliSources = ['src/cli', 'src/stores/flask-session', 'src/workers/common-secrets.ts'].map((path) => resolve(root, path));

export async function buildCli({ quiet = false } = {}) {
  await build({
    root,
    configFile: false,
    logLevel: quiet ? 'error' : 'info',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: resolve(root, 'src/cli/flask-session.ts'),
      outDir: resolve(root, 'build/cli'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rollupOptions: { output: { entryFileNames: 'flask-session.mjs', format: 'es', codeSplitting: false } },
    },
  });
  return cliBundle;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildCli();
}
