import { COURSE_ORDER } from '../lessons/course-order.ts';
import type { Lesson, LessonSlug, Step } from './types.ts';

// Every lesson folder's prose (src/lessons/<slug>/lesson.ts), in the order COURSE_ORDER declares.
const modules = import.meta.glob<Record<string, unknown>>('../lessons/*/lesson.ts', { eager: true });

/** The lesson a `lesson.ts` module exports, told apart from anything else it exports by its slug. */
function lessonIn(module: Record<string, unknown>, slug: LessonSlug): Lesson | undefined {
  return Object.values(module).find(
    (value): value is Lesson => typeof value === 'object' && value !== null && 'slug' in value && value.slug === slug && 'steps' in value,
  );
}

function lessonAt(slug: LessonSlug): Lesson {
  const module = modules[`../lessons/${slug}/lesson.ts`];
  if (!module) throw new Error(`COURSE_ORDER lists ${slug} but there is no src/lessons/${slug}/lesson.ts`);
  const lesson = lessonIn(module, slug);
  if (!lesson) throw new Error(`src/lessons/${slug}/lesson.ts exports no lesson with slug ${slug}`);
  return lesson;
}

/**
 * The course, in order (src/lessons/course-order.ts), prose included. Used by the outline generator
 * and the tests; pages use outline.ts and load one lesson's prose at a time (lesson-loader.ts).
 */
export const lessons: readonly Lesson[] = COURSE_ORDER.map(lessonAt);

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
