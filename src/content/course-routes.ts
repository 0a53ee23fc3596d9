import { paths, stepPath, type PathParam } from '../config/paths.ts';
import { lessonOutlines } from './outline.ts';

/** The distinct path params the lessons declare, for the router (one route per segment). */
export function lessonPathParams(): PathParam[] {
  const bySegment = new Map<string, PathParam>();
  for (const lesson of lessonOutlines) if (lesson.pathParam) bySegment.set(`${lesson.pathParam.segment}/${lesson.pathParam.name}`, lesson.pathParam);
  return [...bySegment.values()];
}

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
