// npm run outline: writes src/content/course-outline.generated.ts (and course-path-params.generated.ts) from the lesson folders
// src/lessons/<slug>/lesson.ts, in src/lessons/course-order.ts order (their structure, without the prose). `npm run build` runs it first;
// `npm test` fails if the committed file is stale.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
try {
  const { lessons } = await server.ssrLoadModule('/src/content/lessons.ts');
  const { outlineOf, renderOutlineModule, renderPathParamsModule } = await server.ssrLoadModule('/src/content/outline-of.ts');
  const outline = lessons.map(outlineOf);
  const target = resolve(root, 'src/content/course-outline.generated.ts');
  await writeFile(target, renderOutlineModule(outline));
  // The lessons' path params alone, for the app shell's routes (the outline loads with home and lesson pages).
  const params = resolve(root, 'src/content/course-path-params.generated.ts');
  await writeFile(params, renderPathParamsModule(outline));
  console.log(`wrote ${target} and ${params}`);
} finally {
  await server.close();
}
