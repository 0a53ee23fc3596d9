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
import type { Lesson, LessonSlug, Step } from './types.ts';

/** The course, in order (CONTRACT.md). */
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

export interface StepRef {
  readonly lesson: Lesson;
  readonly step: Step;
}

/** Every step of the course in reading order. */
export function allSteps(): StepRef[] {
  return lessons.flatMap((lesson) => lesson.steps.map((step) => ({ lesson, step })));
}

/** Previous and next step across lesson boundaries, as react.dev derives them from its sidebar. */
export function getNeighbours(slug: LessonSlug, stepId: string): { prev: StepRef | null; next: StepRef | null } {
  const steps = allSteps();
  const index = steps.findIndex((ref) => ref.lesson.slug === slug && ref.step.id === stepId);
  if (index === -1) return { prev: null, next: null };
  return { prev: steps[index - 1] ?? null, next: steps[index + 1] ?? null };
}

/** The id of every check of understanding in the course, in reading order. */
export function allQuizIds(): string[] {
  return allSteps().flatMap(({ step }) => step.blocks.flatMap((block) => (block.kind === 'quiz' ? [block.id] : [])));
}
