// npm run outline: writes src/content/course-outline.generated.ts from the lesson folders
// src/lessons/<slug>/lesson.ts, in src/lessons/course-order.ts order (their structure, without the prose),
// and src/content/lesson-frames/<slug>.generated.ts for each (its summary, each step's panels and
// highlights: only its own pages load it). `npm run build` runs it first; `npm test` fails if a
// committed file is stale.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
try {
  const { lessons } = await server.ssrLoadModule('/src/content/lessons.ts');
  const { outlineOf, frameOf, renderOutlineModule, renderFrameModule } = await server.ssrLoadModule('/src/content/outline-of.ts');
  const target = resolve(root, 'src/content/course-outline.generated.ts');
  await writeFile(target, renderOutlineModule(lessons.map(outlineOf)));
  console.log(`wrote ${target}`);
  const frames = resolve(root, 'src/content/lesson-frames');
  await mkdir(frames, { recursive: true });
  const wanted = new Set(lessons.map((lesson) => `${lesson.slug}.generated.ts`));
  // Only generated files of lessons that no longer exist are removed.
  for (const name of await readdir(frames)) if (name.endsWith('.generated.ts') && !wanted.has(name)) await rm(resolve(frames, name));
  for (const lesson of lessons) await writeFile(resolve(frames, `${lesson.slug}.generated.ts`), renderFrameModule(frameOf(lesson)));
  console.log(`wrote ${lessons.length} lesson frames in ${frames}`);
} finally {
  await server.close();
}
