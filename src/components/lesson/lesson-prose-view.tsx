import { use } from 'react';
import { loadLesson, peekLesson } from '../../content/lesson-loader.ts';
import type { LessonSlug } from '../../content/types.ts';
import { loadDemoTable, peekDemoTable } from './demos/demo-tables.ts';
import { Callout } from './callout.tsx';
import { StepContent } from './step-content.tsx';

const texts = new Map<LessonSlug, Promise<unknown>>();

/**
 * Loads a lesson's text and its table of demos, side by side (rendering one of its steps needs both:
 * fetching the table only once the text has rendered cost one more round trip). Undefined once both
 * are in; otherwise one promise per lesson, so React's `use` can wait on it.
 */
export function lessonTextPending(slug: LessonSlug): Promise<unknown> | undefined {
  if (peekLesson(slug) && peekDemoTable(slug)) return undefined;
  let pending = texts.get(slug);
  if (!pending) texts.set(slug, (pending = Promise.all([loadLesson(slug), loadDemoTable(slug)])));
  return pending;
}

/**
 * A step's text, from its lesson's own chunk: src/components/lesson/lesson-prose.tsx decides when
 * this code loads, and renders it once lessonTextPending says the lesson is in. Until then the
 * prerendered text stays as it is.
 */
export function LessonProseView({ slug, stepId }: { readonly slug: LessonSlug; readonly stepId: string }) {
  const lesson = peekLesson(slug) ?? use(loadLesson(slug));
  const step = lesson.steps.find((candidate) => candidate.id === stepId);
  if (!step) return null;
  return (
    <>
      {/* Rarely shown (no lesson is an outline today): with the text's code, not in every lesson page's first load. */}
      {lesson.status === 'outline' && step === lesson.steps[0] ? (
        <Callout
          variant="coming-next"
          title="This lesson is an outline"
          text="Its text is here; its live demos are still being built. The panels beside it are already real."
        />
      ) : null}
      <StepContent lesson={lesson} step={step} />
    </>
  );
}
