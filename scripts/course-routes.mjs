// The course's page routes for scripts and browser tests written in plain JavaScript, taken from the
// code: the lessons from the generated course outline (src/content/course-outline.generated.ts,
// written by `npm run outline` from the lessons themselves), the other pages from src/config/paths.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const OUTLINE = resolve(root, 'src/content/course-outline.generated.ts');

/** The lessons in course order: `{ slug, title, steps: [{ id, … }] }`, read from the generated outline. */
export function readCourseOutline() {
  const text = readFileSync(OUTLINE, 'utf8');
  // The generated module is `export const courseOutline: readonly LessonOutline[] = <JSON>;`.
  const start = text.indexOf('= [', text.indexOf('export const courseOutline'));
  const end = text.lastIndexOf('];');
  if (start < 0 || end < start) throw new Error(`${OUTLINE} does not hold the course outline as JSON (run npm run outline)`);
  const outline = JSON.parse(text.slice(start + 2, end + 1));
  if (!Array.isArray(outline) || outline.length === 0 || !outline.every((lesson) => typeof lesson.slug === 'string')) {
    throw new Error(`${OUTLINE}: the course outline is not a list of lessons`);
  }
  return outline;
}

/** Every page of the course: home, each lesson in order, the compare page and the Flask tool (paths.ts). */
export function courseRoutes() {
  return ['/', ...readCourseOutline().map((lesson) => `/lessons/${lesson.slug}`), '/compare', '/tools/flask-session'];
}
