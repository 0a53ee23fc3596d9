import { cookieOptions } from './lessons/cookie-options.ts';
import { cookiesLesson } from './lessons/cookies.ts';
import { localStorageLesson } from './lessons/local-storage.ts';
import { queryParams } from './lessons/query-params.ts';
import { serverSideSessions } from './lessons/server-side-sessions.ts';
import { sessionCookies } from './lessons/session-cookies.ts';
import { sessionStorageLesson } from './lessons/session-storage.ts';
import { sessionsLesson } from './lessons/sessions.ts';
import { statelessHttp } from './lessons/stateless-http.ts';
import { storageComparison } from './lessons/storage-comparison.ts';
import { urlPath } from './lessons/url-path.ts';
import { whichToUse } from './lessons/which-to-use.ts';
import type { Lesson, Step } from './types.ts';

/**
 * The course, in order (CONTRACT.md), prose included. Used by the outline generator and the tests;
 * pages use outline.ts and load one lesson's prose at a time (lesson-loader.ts).
 */
export const lessons: readonly Lesson[] = [
  statelessHttp,
  queryParams,
  urlPath,
  localStorageLesson,
  sessionStorageLesson,
  cookiesLesson,
  cookieOptions,
  storageComparison,
  sessionsLesson,
  sessionCookies,
  serverSideSessions,
  whichToUse,
];

export function findLesson(slug: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.slug === slug);
}

export function findStep(lesson: Lesson, stepId: string | undefined): Step | undefined {
  return stepId === undefined ? lesson.steps[0] : lesson.steps.find((step) => step.id === stepId);
}


/** Every step of the course in reading order. */
export function allSteps(): { lesson: Lesson; step: Step }[] {
  return lessons.flatMap((lesson) => lesson.steps.map((step) => ({ lesson, step })));
}


