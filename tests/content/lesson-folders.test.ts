import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { COURSE_ORDER } from '../../src/lessons/course-order.ts';

// "Add a lesson" in the README: one folder src/lessons/<slug>/ plus one line in course-order.ts.
const lessonsDir = resolve(import.meta.dirname, '../../src/lessons');
const folders = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const ordered: readonly string[] = COURSE_ORDER;

test('every lesson folder is in the course order', () => {
  const missing = folders.filter((folder) => !ordered.includes(folder));
  expect(missing, `src/lessons/${missing[0] ?? ''}/ is not in COURSE_ORDER: add one line '${missing[0] ?? ''}', to src/lessons/course-order.ts`).toEqual([]);
});

test('every entry of the course order has its folder with a lesson.ts', () => {
  const missing = ordered.filter((slug) => !existsSync(resolve(lessonsDir, slug, 'lesson.ts')));
  expect(missing, `COURSE_ORDER lists ${missing.join(', ')} but src/lessons/<slug>/lesson.ts does not exist`).toEqual([]);
});

// Loaded inside the tests, so a missing folder fails the checks above with their message, not this import.
const loadLessons = async () => (await import('../../src/content/lessons.ts')).lessons;

test('the course order names each lesson once, and each lesson.ts is the lesson of its folder', async () => {
  expect(new Set(ordered).size, 'COURSE_ORDER lists a slug twice').toBe(ordered.length);
  const lessons = await loadLessons();
  expect(lessons.map((lesson) => lesson.slug)).toEqual([...COURSE_ORDER]);
});

test('a lesson folder holds only its lesson, its demo table and its demos', () => {
  for (const folder of folders) {
    const extra = readdirSync(resolve(lessonsDir, folder)).filter((name) => !['lesson.ts', 'demos.ts', 'demos'].includes(name));
    expect(extra, `src/lessons/${folder}/ holds ${extra.join(', ')}: put demo parts in its demos/ folder`).toEqual([]);
  }
});

test('a lesson with demos has its demos.ts, and every demo it lists is used by one of its steps', async () => {
  for (const lesson of await loadLessons()) {
    const dir = resolve(lessonsDir, lesson.slug);
    const used = new Set(lesson.steps.flatMap((step) => step.blocks.flatMap((block) => (block.kind === 'demo' ? [block.demo] : []))));
    if (!existsSync(resolve(dir, 'demos.ts'))) {
      expect([...used], `src/lessons/${lesson.slug}/ uses demos but has no demos.ts`).toEqual([]);
      expect(existsSync(resolve(dir, 'demos')), `src/lessons/${lesson.slug}/demos/ has no demos.ts to list its demos`).toBe(false);
      continue;
    }
    const { demos } = (await import(`../../src/lessons/${lesson.slug}/demos.ts`)) as { demos: Record<string, unknown> };
    const unused = Object.keys(demos).filter((id) => !used.has(id));
    expect(unused, `src/lessons/${lesson.slug}/demos.ts lists demos no step uses`).toEqual([]);
  }
});
