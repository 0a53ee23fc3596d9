// Compiles the course's real server (src/server/node/main.ts) to dist-server/main.js with Vite's
// SSR build: Node 20 cannot run TypeScript. scripts/start.mjs runs this in its own process when
// the sources are newer than the compiled copy, so the server process never loads Vite (its
// module graph and worker threads would stay in the server's heap for as long as it runs).
// The build goes to a folder of its own first and its files are renamed into place, so a server
// starting meanwhile (another `npm start`, a browser test) reads the old main.js or the new one,
// never a half-written or emptied folder.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'dist-server');
const staging = join(outDir, `.build-${process.pid}`);

mkdirSync(outDir, { recursive: true });
try {
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'src/server/node/main.ts'),
      outDir: staging,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'main.js' } },
    },
  });
  for (const name of readdirSync(staging)) renameSync(join(staging, name), join(outDir, name));
} finally {
  rmSync(staging, { recursive: true, force: true });
}
