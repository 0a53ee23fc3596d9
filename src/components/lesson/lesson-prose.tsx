import { memo, Suspense, use, useEffect, useReducer, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { routerBasename } from '../../config/env.ts';
import type { LessonSlug } from '../../content/types.ts';
import { createGate, openWhenNear, OpenOnMount, openWhenUsed } from '../ui/lazy-view.tsx';

/**
 * A step's text is in the prerendered page, readable and styled, so its code (the lesson's prose,
 * the block views, the demo table) is not needed to show it: it loads when the learner first uses
 * the text (a press, a key, focus inside it), when a demo or a control in it nears the viewport, when
 * the learner heads for the next step (StepNav calls openLessonProse), or when the step is rendered
 * afresh (client navigation). Until then the server HTML stays exactly as it is.
 */
const gate = createGate();
if (typeof document === 'undefined') gate.open();
type ProseProps = { readonly slug: LessonSlug; readonly stepId: string };
type ViewModule = typeof import('./lesson-prose-view.tsx');
let view: ViewModule | undefined;
let loading: Promise<ViewModule> | undefined;
const loadView = (): Promise<ViewModule> => (loading ??= gate.opened.then(() => import('./lesson-prose-view.tsx')).then((m) => (view = m)));

/**
 * The text's code, then its lesson's text and demo table: the step is rendered once all are in, in
 * one go. Any step but the one the page opened on has no boundary of its own, so until then React
 * keeps the step before on screen (the router moves in a transition) instead of first bringing
 * that step's server HTML to life or showing "Loading…".
 */
function ProseView(props: ProseProps) {
  const m = view ?? use(loadView());
  const pending = m.lessonTextPending(props.slug);
  if (pending) use(pending);
  return <m.LessonProseView {...props} />;
}

/** Loads the prose's code now (tests, which render routes as a client that has every chunk). */
export function preloadLessonProse(): Promise<unknown> {
  gate.open();
  return loadView();
}

/**
 * Starts loading the prose's code, then `slug`'s text and demo table side by side (the learner is
 * about to move to one of its steps): undefined if they are all in, else a promise that settles
 * once they are (or failed to load).
 */
export function openLessonProse(slug: LessonSlug): Promise<unknown> | undefined {
  gate.open();
  return view ? view.lessonTextPending(slug) : loadView().then((m) => m.lessonTextPending(slug));
}

/** A plain click on a course link (in the not yet hydrated text, too): the router follows it, as a Link would. */
export function isRouterClick(event: MouseEvent, link: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (link.hasAttribute('download') || (link.target !== '' && link.target !== '_self')) return false;
  return link.origin === window.location.origin && link.pathname.startsWith(routerBasename());
}

const isHeldByReact = (element: Element): boolean => Object.keys(element).some((key) => key.startsWith('__reactProps$'));

export const LessonProse = memo(function LessonProse({ slug, stepId }: { readonly slug: LessonSlug; readonly stepId: string }) {
  const part = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  // Once the learner has left the step the page opened on, its boundary (and any server HTML it
  // still holds) goes: every step after it is a ProseView with no boundary of its own.
  const here = `${slug}/${stepId}`;
  const [first] = useState(here);
  const [moved, move] = useReducer(() => true, false);
  // (A render that sets state is run again at once, with it.) Whatever way the learner came (a link
  // in the course outline, Back), the code loads now: until it does, React keeps the step before.
  if (moved) gate.open();
  else if (first !== here) move();
  useEffect(() => {
    const element = part.current;
    if (!element) return undefined;
    // A demo's own box (its .lazy-part wrapper has none: display: contents) or a control.
    const stopNear = openWhenNear(element, gate.open, ':scope .lazy-part > *, form, button, input, select, textarea');
    const stopUsed = openWhenUsed(element, gate.open);
    // A course link in the text before its code arrived: followed by the router (no page reload,
    // nothing in this page's memory lost), as the Link it will become would. On the window, in the
    // capture phase: React stops a click into a boundary it has not hydrated at its root.
    const follow = (event: MouseEvent): void => {
      const link = event.target instanceof Element && element.contains(event.target) ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || isHeldByReact(link) || !isRouterClick(event, link)) return;
      event.preventDefault();
      navigate(`${link.pathname.slice(routerBasename().length) || '/'}${link.search}${link.hash}`);
    };
    window.addEventListener('click', follow, true);
    return () => {
      stopNear();
      stopUsed();
      window.removeEventListener('click', follow, true);
    };
  }, [navigate]);
  const prose = <ProseView slug={slug} stepId={stepId} />;
  return (
    <div className="lazy-part" data-open-on-use="" ref={part}>
      {moved ? (
        prose
      ) : (
        <Suspense
          fallback={
            <OpenOnMount open={gate.open}>
              <p className="muted">Loading the lesson…</p>
            </OpenOnMount>
          }
        >
          {prose}
        </Suspense>
      )}
    </div>
  );
});
