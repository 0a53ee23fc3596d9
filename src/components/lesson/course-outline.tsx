import { Link } from 'react-router-dom';
import { lessonOutlines } from '../../content/outline.ts';
import { paths, stepPath } from '../../config/paths.ts';
import { stepKey, type Progress } from '../../stores/progress.ts';
import { useCarriedQuery } from '../../hooks/use-carried-query.ts';

interface CourseOutlineProps {
  readonly progress: Progress | null;
  readonly currentSlug?: string;
  readonly currentStepId?: string;
  /** Show every step of every lesson (home), or only the current lesson's steps (sidebar). */
  readonly expandAll?: boolean;
  /** The current lesson's path value (the URL-path colour): its step links keep it. */
  readonly currentPathValue?: string | undefined;
}

function Tick({ visited }: { readonly visited: boolean }) {
  return visited ? (
    <span className="tick" title="visited">
      <span aria-hidden="true">✓</span>
      <span className="visually-hidden"> (visited)</span>
    </span>
  ) : null;
}

/** Every lesson as a link in order, with progress ticks; the home page and the sidebar share it. */
export function CourseOutline({ progress, currentSlug, currentStepId, expandAll = false, currentPathValue }: CourseOutlineProps) {
  // The current lesson's state travels along its own step links, as it does along Next and Previous.
  const current = lessonOutlines.find((lesson) => lesson.slug === currentSlug);
  const carried = useCarriedQuery(current);
  const within = (slug: string) => (slug === currentSlug ? { search: carried.search, ...(currentPathValue ? { pathValue: currentPathValue } : {}) } : {});
  return (
    <ol className="outline">
      {lessonOutlines.map((lesson, index) => {
        const visitedSteps = lesson.steps.filter((step) => progress?.visited.has(stepKey(lesson.slug, step.id))).length;
        const isCurrent = lesson.slug === currentSlug;
        return (
          <li key={lesson.slug} className={isCurrent ? 'outline-lesson outline-current' : 'outline-lesson'}>
            <Link
              to={`${paths.lesson(lesson.slug)}${isCurrent ? carried.search : ''}`}
              {...(isCurrent ? carried.linkProps : {})}
              aria-current={isCurrent && currentStepId === lesson.steps[0]?.id ? 'page' : undefined}>
              <span className="outline-number">{index + 1}.</span> {lesson.title}
            </Link>
            {/* Before the browser's progress is read, the count keeps its place, invisible: no layout shift. */}
            <span className={progress ? 'outline-progress' : 'outline-progress is-pending'} aria-hidden={progress ? undefined : true}>
              {' '}
              {visitedSteps}/{lesson.steps.length}
              <span className="visually-hidden"> steps visited</span>
            </span>
            {lesson.status === 'outline' ? <span className="badge badge-outline">outline</span> : null}
            {expandAll || isCurrent ? (
              <ol className="outline-steps">
                {lesson.steps.map((step) => (
                  <li key={step.id}>
                    <Link to={stepPath(lesson, step, within(lesson.slug))} {...(isCurrent ? carried.linkProps : {})} aria-current={isCurrent && step.id === currentStepId ? 'page' : undefined}>
                      {step.title}
                    </Link>
                    <Tick visited={progress?.visited.has(stepKey(lesson.slug, step.id)) ?? false} />
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
