// npm run outline: writes src/content/course-outline.generated.ts from the lesson folders
// src/lessons/<slug>/lesson.ts, in src/lessons/course-order.ts order (their structure, without the prose). `npm run build` runs it first;
// `npm test` fails if the committed file is stale.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
try {
  const { lessons } = await server.ssrLoadModule('/src/content/lessons.ts');
  const { outlineOf, renderOutlineModule } = await server.ssrLoadModule('/src/content/outline-of.ts');
  const target = resolve(root, 'src/content/course-outline.generated.ts');
  await writeFile(target, renderOutlineModule(lessons.map(outlineOf)));
  console.log(`wrote ${target}`);
} finally {
  await server.close();
}
