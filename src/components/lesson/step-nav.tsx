import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { getNeighbours } from '../../content/outline.ts';
import type { LessonOutline, StepOutline } from '../../content/types.ts';
import { stepPath } from '../../config/paths.ts';
import { useCarriedQuery } from '../../hooks/use-carried-query.ts';
import { isRouterClick, openLessonProse } from './lesson-prose.tsx';

/** A click on Next or Previous waits for that step's code (one page, one step navigation at a time). */
let moving = false;

/** Previous / next across lesson boundaries; the lesson's state (its path colour, the query params it declares) travels with its steps. */
export function StepNav({ lesson, step, pathValue }: { readonly lesson: LessonOutline; readonly step: StepOutline; readonly pathValue?: string | undefined }) {
  const { prev, next } = getNeighbours(lesson.slug, step.id);
  const carried = useCarriedQuery(lesson);
  const sameLesson = (ref: NonNullable<typeof prev>): boolean => ref.lesson.slug === lesson.slug;
  const link = (ref: NonNullable<typeof prev>) =>
    stepPath(ref.lesson, ref.step, { ...(pathValue && sameLesson(ref) ? { pathValue } : {}), ...(sameLesson(ref) ? { search: carried.search } : {}) });
  const carry = (ref: NonNullable<typeof prev>) => (sameLesson(ref) ? carried.linkProps : {});
  const navigate = useNavigate();
  // Heading there (hover, focus, touch): the step's text loads now, so the move takes no wait. A
  // click before it is all in moves once it is: the page stays as it is meanwhile, as it would in
  // the router's transition, without React rendering the next step over and over as its parts arrive.
  const intent = (ref: NonNullable<typeof prev>) => {
    const open = (): void => void openLessonProse(ref.lesson.slug)?.catch(() => undefined);
    const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
      if (!isRouterClick(event.nativeEvent, event.currentTarget)) return;
      const pending = openLessonProse(ref.lesson.slug);
      if (!pending) return;
      event.preventDefault();
      if (moving) return;
      moving = true;
      const to = link(ref);
      // Only from where the click was made: a link followed meanwhile (the course outline, Back) wins.
      const from = window.location.href;
      const move = (): void => {
        moving = false;
        if (window.location.href === from) navigate(to);
      };
      pending.then(move, move);
    };
    return { onPointerEnter: open, onFocus: open, onTouchStart: open, onClick };
  };
  return (
    <nav className="step-nav" aria-label="Previous and next step">
      {prev ? (
        <Link to={link(prev)} rel="prev" className="step-nav-prev" {...carry(prev)} {...intent(prev)}>
          <span className="step-nav-label">Previous</span>
          {prev.lesson === lesson ? prev.step.title : `${prev.lesson.title}: ${prev.step.title}`}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={link(next)} rel="next" className="step-nav-next" {...carry(next)} {...intent(next)}>
          <span className="step-nav-label">Next</span>
          {next.lesson === lesson ? next.step.title : `${next.lesson.title}: ${next.step.title}`}
        </Link>
      ) : null}
    </nav>
  );
}
