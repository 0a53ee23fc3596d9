import { Link } from 'react-router-dom';
import { getNeighbours } from '../../content/outline.ts';
import type { LessonOutline, StepOutline } from '../../content/types.ts';
import { stepPath } from '../../config/paths.ts';

/** Previous / next across lesson boundaries; the URL-path colour travels with its steps. */
export function StepNav({ lesson, step, pathValue }: { readonly lesson: LessonOutline; readonly step: StepOutline; readonly pathValue?: string | undefined }) {
  const { prev, next } = getNeighbours(lesson.slug, step.id);
  const link = (ref: NonNullable<typeof prev>) => stepPath(ref.lesson, ref.step, pathValue ? { pathValue } : {});
  return (
    <nav className="step-nav" aria-label="Previous and next step">
      {prev ? (
        <Link to={link(prev)} rel="prev" className="step-nav-prev">
          <span className="step-nav-label">Previous</span>
          {prev.lesson === lesson ? prev.step.title : `${prev.lesson.title}: ${prev.step.title}`}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={link(next)} rel="next" className="step-nav-next">
          <span className="step-nav-label">Next</span>
          {next.lesson === lesson ? next.step.title : `${next.lesson.title}: ${next.step.title}`}
        </Link>
      ) : null}
    </nav>
  );
}
