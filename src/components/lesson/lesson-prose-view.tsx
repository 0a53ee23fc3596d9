import { Suspense, use } from 'react';
import { loadLesson, peekLesson } from '../../content/lesson-loader.ts';
import type { Lesson, LessonSlug } from '../../content/types.ts';
import { StepContent } from './step-content.tsx';

function ProseOf({ lesson, stepId }: { readonly lesson: Lesson; readonly stepId: string }) {
  const step = lesson.steps.find((candidate) => candidate.id === stepId);
  return step ? <StepContent lesson={lesson} step={step} /> : null;
}

/** Waits for the lesson's chunk; always calls `use`, as React requires of a component that suspended. */
function WaitingProse({ slug, stepId }: { readonly slug: LessonSlug; readonly stepId: string }) {
  return <ProseOf lesson={use(loadLesson(slug))} stepId={stepId} />;
}

/** Already loaded (moving between a lesson's steps, or in tests): no suspense at all. */
function LoadedProse({ slug, stepId }: { readonly slug: LessonSlug; readonly stepId: string }) {
  const lesson = peekLesson(slug);
  return lesson ? <ProseOf lesson={lesson} stepId={stepId} /> : <WaitingProse slug={slug} stepId={stepId} />;
}

/**
 * A step's text, from its lesson's own chunk (src/components/lesson/lesson-prose.tsx decides when
 * this code loads). Until that chunk arrives the prerendered text stays as it is.
 */
export function LessonProseView({ slug, stepId }: { readonly slug: LessonSlug; readonly stepId: string }) {
  return (
    <Suspense fallback={<p className="muted">Loading the lesson…</p>}>
      <LoadedProse slug={slug} stepId={stepId} />
    </Suspense>
  );
}
