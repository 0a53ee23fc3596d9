import { paths, stepPath } from '../config/paths.ts';
import { lessonOutlines } from './outline.ts';

// The router's path params (one route per segment) are generated beside the outline:
// course-path-params.generated.ts, so the app shell does not carry the outline.

/** The URL patterns a lesson's path param opens (any value): not files, so static hosts answer them with the app shell. */
export function pathParamPatterns(): string[] {
  return lessonOutlines.flatMap((lesson) => (lesson.pathParam ? [`${paths.lesson(lesson.slug)}/${lesson.pathParam.segment}/*`] : []));
}

/** Every URL the build writes as its own HTML file. */
export function prerenderedRoutes(): string[] {
  const routes = new Set<string>([paths.home(), paths.compare(), paths.flaskTool()]);
  for (const lesson of lessonOutlines) {
    for (const step of lesson.steps) routes.add(stepPath(lesson, step));
  }
  return [...routes];
}
