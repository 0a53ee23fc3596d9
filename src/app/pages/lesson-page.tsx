import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { findLessonOutline, findStepOutline } from '../../content/outline.ts';
import type { PathParam } from '../../config/paths.ts';
import { CourseOutline } from '../../components/lesson/course-outline.tsx';
import { LessonProse } from '../../components/lesson/lesson-prose.tsx';
import { StepNav } from '../../components/lesson/step-nav.tsx';
import { StepPanels } from '../../components/lesson/step-panels.tsx';
import { lazyView } from '../../components/ui/lazy-view.tsx';
import { useIsClient } from '../../hooks/use-is-client.ts';
import { useProgress } from '../../hooks/use-progress.ts';
import { stepKey } from '../../stores/progress.ts';
import '../../styles/controls.css';
import '../../styles/panels.css';
import '../../styles/lesson.css';
// Quizzes are part of a step's prerendered text: their rules come with the page, so the code that
// renders the text (loaded when it is used) brings no stylesheet of its own.
import '../../components/lesson/quiz.css';

// Rarely shown, so not in the lesson page's own chunk: an unknown step's page is its own chunk (the
// "outline" notice comes with the text's code, lesson-prose-view.tsx). Prerendering waits for it,
// so a page that shows one has its HTML.
const NotFoundPage = lazyView('NotFoundPage', () => import('./not-found-page.tsx').then((m) => m.NotFoundPage), <p className="page-loading">Loading…</p>);

/**
 * One step of one lesson: `/lessons/:slug`, `/lessons/:slug/:stepId`, or under the path param a
 * lesson declares (`pathParam`, the route it came by), e.g. `/lessons/url-path/fav-color/:color/:stepId`.
 */
export function LessonPage({ pathParam }: { readonly pathParam?: PathParam }) {
  const params = useParams();
  const { slug = '', stepId } = params;
  const { pathname, search } = useLocation();
  const lesson = findLessonOutline(slug);
  const step = lesson ? findStepOutline(lesson, stepId) : undefined;
  const { progress, recordVisit } = useProgress();
  const isClient = useIsClient();
  const ownParam = pathParam !== undefined && lesson?.pathParam?.segment === pathParam.segment && lesson.pathParam.name === pathParam.name;
  const pathValue = ownParam ? params[pathParam.name] : undefined;
  const paramMatches = step ? (step.inPathParam ?? false) === (pathValue !== undefined) && (pathParam === undefined || ownParam) : false;
  const isFirstStepUrl = step !== undefined && lesson !== undefined && stepId === lesson.steps[0]?.id;
  const found = lesson !== undefined && step !== undefined && paramMatches && !isFirstStepUrl;

  useEffect(() => {
    if (found) recordVisit(stepKey(lesson.slug, step.id), `${pathname}${search}`);
  }, [found, lesson, step, pathname, search, recordVisit]);

  if (!found) return <NotFoundPage />;
  const index = lesson.steps.indexOf(step);
  return (
    <div className="lesson-layout">
      <article className="lesson-main">
        <title>{`${step.title} · ${lesson.title} · How the web remembers`}</title>
        <p className="lesson-kicker">
          Step {index + 1} of {lesson.steps.length}
        </p>
        <h1>{lesson.title}</h1>
        <LessonProse slug={lesson.slug} stepId={step.id} />
        <StepNav lesson={lesson} step={step} pathValue={pathValue} />
      </article>
      <StepPanels step={step} />
      {/* Last in the HTML, as on narrow screens: a page painted while still arriving never has the outline jump down. */}
      <nav className="lesson-sidebar" aria-label="Course outline">
        <CourseOutline progress={isClient ? progress : null} currentSlug={lesson.slug} currentStepId={step.id} currentPathValue={pathValue} />
      </nav>
    </div>
  );
}
