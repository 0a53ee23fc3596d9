import { courseOutline } from './course-outline.generated.ts';
import type { LessonOutline, LessonSlug, StepOutline } from './types.ts';

/**
 * The course's structure for every page (routes, outline, prev/next, progress, panels). The prose
 * of a lesson loads separately, only on its own pages (lesson-loader.ts).
 */
export const lessonOutlines: readonly LessonOutline[] = courseOutline;

export interface StepRef {
  readonly lesson: LessonOutline;
  readonly step: StepOutline;
}

export function findLessonOutline(slug: string): LessonOutline | undefined {
  return lessonOutlines.find((lesson) => lesson.slug === slug);
}

/** `undefined` step id means the lesson's own URL, which shows its first step. */
export function findStepOutline(lesson: LessonOutline, stepId: string | undefined): StepOutline | undefined {
  return stepId === undefined ? lesson.steps[0] : lesson.steps.find((step) => step.id === stepId);
}

/** Every step of the course in reading order. */
export function allStepRefs(): StepRef[] {
  return lessonOutlines.flatMap((lesson) => lesson.steps.map((step) => ({ lesson, step })));
}

/** Previous and next step across lesson boundaries, as react.dev derives them from its sidebar. */
export function getNeighbours(slug: LessonSlug, stepId: string): { prev: StepRef | null; next: StepRef | null } {
  const steps = allStepRefs();
  const index = steps.findIndex((ref) => ref.lesson.slug === slug && ref.step.id === stepId);
  if (index === -1) return { prev: null, next: null };
  return { prev: steps[index - 1] ?? null, next: steps[index + 1] ?? null };
}

/** The id of every check of understanding in the course, in reading order. */
export function allQuizIds(): string[] {
  return allStepRefs().flatMap(({ step }) => [...step.quizIds]);
}

/** A step of a known lesson; throws if the content changed under a demo that links to it. */
export function requireStep(slug: LessonSlug, stepId: string): StepRef {
  const lesson = findLessonOutline(slug);
  const step = lesson ? findStepOutline(lesson, stepId) : undefined;
  if (!lesson || !step) throw new Error(`lesson ${slug} has no step ${stepId}`);
  return { lesson, step };
}
