// @vitest-environment node
import { expect, test } from 'vitest';
import { courseRoutes, readCourseOutline } from '../../scripts/course-routes.mjs';
import { paths } from '../../src/config/paths.ts';
import { prerenderedRoutes } from '../../src/content/course-routes.ts';
import { lessonOutlines } from '../../src/content/outline.ts';

test('the browser tests and the bench visit the same pages as the app routes, in course order', () => {
  const fromTheApp = [paths.home(), ...lessonOutlines.map((lesson) => paths.lesson(lesson.slug)), paths.compare(), paths.flaskTool()];
  expect(courseRoutes()).toEqual(fromTheApp);
});

test('the plain-JavaScript reading of the generated outline is the outline the app imports', () => {
  expect(readCourseOutline()).toEqual(lessonOutlines);
});

test('every page the scripts visit is prerendered', () => {
  const prerendered = prerenderedRoutes();
  for (const route of courseRoutes()) expect(prerendered).toContain(route);
});
