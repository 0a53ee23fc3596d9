import { memo, Suspense, use } from 'react';
import { loadLesson, peekLesson } from '../../content/lesson-loader.ts';
import type { LessonSlug } from '../../content/types.ts';
import { StepContent } from './step-content.tsx';

function LoadedProse({ slug, stepId }: { readonly slug: LessonSlug; readonly stepId: string }) {
  const lesson = peekLesson(slug) ?? use(loadLesson(slug));
  const step = lesson.steps.find((candidate) => candidate.id === stepId);
  return step ? <StepContent lesson={lesson} step={step} /> : null;
}

/**
 * A step's text, from its lesson's own chunk. The prerendered page already holds it; in the
 * browser it hydrates when that chunk arrives (the page preloads it). Memoised: if the page
 * re-rendered it before that (progress, live panels), React would drop the prerendered text and
 * show the fallback — a layout shift.
 */
export const LessonProse = memo(function LessonProse({ slug, stepId }: { readonly slug: LessonSlug; readonly stepId: string }) {
  return (
    <Suspense fallback={<p className="muted">Loading the lesson…</p>}>
      <LoadedProse slug={slug} stepId={stepId} />
    </Suspense>
  );
});
