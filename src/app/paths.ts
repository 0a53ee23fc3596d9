// Moved to src/config/paths.ts, src/config/limits.ts and src/content/course-routes.ts; kept only while other edits in flight still import it.
export { paths, stepPath, type LinkableLesson, type StepLinkOptions } from '../config/paths.ts';
export { COLOR_MAX_LENGTH } from '../config/limits.ts';
export { lessonPathParams, pathParamPatterns, prerenderedRoutes } from '../content/course-routes.ts';
