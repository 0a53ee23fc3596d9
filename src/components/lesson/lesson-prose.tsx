import { memo, Suspense, use, useEffect, useRef, type ComponentType } from 'react';
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
let Loaded: ComponentType<ProseProps> | undefined;
let loading: Promise<void> | undefined;
const loadView = (): Promise<void> =>
  (loading ??= gate.opened
    .then(() => import('./lesson-prose-view.tsx'))
    .then((m) => {
      Loaded = m.LessonProseView;
    }));

/** Waits for the code; always calls `use`, as React requires of a component that suspended. */
function WaitingView(props: ProseProps) {
  use(loadView());
  return Loaded ? <Loaded {...props} /> : null;
}
/** Once the code is in (later steps, tests after preloadLessonProse), rendered at once. */
const View = (props: ProseProps) => (Loaded ? <Loaded {...props} /> : <WaitingView {...props} />);

/** Loads the prose's code now (tests, which render routes as a client that has every chunk). */
export function preloadLessonProse(): Promise<void> {
  gate.open();
  return loadView();
}

/** Starts loading the prose's code and `slug`'s text now: the learner is about to move to one of its steps. */
export function openLessonProse(slug: LessonSlug): void {
  gate.open();
  void import('../../content/lesson-loader.ts').then(({ preloadLesson }) => preloadLesson(slug));
}

/** A plain click on a course link in the not yet hydrated text: the router follows it, as a Link would. */
function isRouterClick(event: MouseEvent, link: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (link.hasAttribute('download') || (link.target !== '' && link.target !== '_self')) return false;
  return link.origin === window.location.origin && link.pathname.startsWith(routerBasename());
}

const isHeldByReact = (element: Element): boolean => Object.keys(element).some((key) => key.startsWith('__reactProps$'));

export const LessonProse = memo(function LessonProse({ slug, stepId }: { readonly slug: LessonSlug; readonly stepId: string }) {
  const part = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
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
  return (
    <div className="lazy-part" data-open-on-use="" ref={part}>
      <Suspense
        fallback={
          <OpenOnMount open={gate.open}>
            <p className="muted">Loading the lesson…</p>
          </OpenOnMount>
        }
      >
        <View slug={slug} stepId={stepId} />
      </Suspense>
    </div>
  );
});
