import { lazy, memo, Suspense, useContext, useEffect, useMemo, useReducer, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { UNSAFE_LocationContext as LocationContext } from 'react-router-dom';

/** Opens once; what waits on it loads then. */
export function createGate(): { readonly opened: Promise<void>; readonly open: () => void } {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** How far below (or above) the viewport a part starts loading: about to be scrolled to. */
const NEAR_VIEWPORT = '200px 0px';

/**
 * Opens `gate` when any element of the part's server HTML comes near the viewport (with `watch`,
 * any element in it that matches: then a part with none stays closed). Without
 * IntersectionObserver, or with nothing to watch, it opens at once.
 * https://developer.mozilla.org/en-US/docs/Web/API/IntersectionObserver
 */
export function openWhenNear(part: HTMLElement, open: () => void, watch?: string): () => void {
  const watched = watch === undefined ? [...part.children] : [...part.querySelectorAll(watch)];
  if (sentFrom(part)) {
    open();
    return () => {};
  }
  if (watch !== undefined && watched.length === 0) return () => {};
  if (typeof IntersectionObserver !== 'function' || watched.length === 0) {
    open();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      open();
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  for (const element of watched) observer.observe(element);
  return () => observer.disconnect();
}

/**
 * The part was used before its code arrived: the page's query names one of its form fields (a
 * form sent as a plain GET before any script, e.g. the cookies lesson's Favorite color), so its
 * code must run now to answer it, wherever the part is on the page.
 */
function sentFrom(part: HTMLElement): boolean {
  const query = new URLSearchParams(window.location.search);
  return [...part.querySelectorAll<HTMLInputElement>('input[name], select[name], textarea[name]')].some((field) => query.has(field.name));
}

/** What the learner does first to a part of the page: pressing, typing or moving focus into it. */
const USE_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

/**
 * Opens `gate` the first time the learner uses the part's server HTML, or at once if they did
 * before this ran: src/app/early-actions.ts, which runs first, marks a `[data-open-on-use]`
 * element whose boxes or buttons it kept (`stlUsed`) and tells it (`stl:used`). It listens on the
 * window, in the capture phase: React stops a discrete event aimed into a boundary it has not
 * hydrated yet at its root, before the part would hear it.
 */
export function openWhenUsed(part: HTMLElement & { stlUsed?: boolean }, open: () => void): () => void {
  if (part.stlUsed === true || part.contains(document.activeElement)) {
    open();
    return () => {};
  }
  const stop = (): void => {
    for (const type of USE_EVENTS) window.removeEventListener(type, used, true);
    part.removeEventListener('stl:used', opened);
  };
  const opened = (): void => {
    stop();
    open();
  };
  const used = (event: Event): void => {
    if (event.target instanceof Node && part.contains(event.target)) opened();
  };
  for (const type of USE_EVENTS) window.addEventListener(type, used, { capture: true, passive: true });
  part.addEventListener('stl:used', opened);
  return stop;
}

/**
 * Mounted only when React renders the fallback in the browser (a client render, not hydration):
 * load once the frame that shows it has been painted, so the page the learner moved to (the next
 * step's text) is painted before this part's code is fetched, run and rendered.
 */
export function OpenOnMount({ open, children }: { readonly open: () => void; readonly children: ReactNode }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(open, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [open]);
  return children;
}

export interface LazyViewOptions {
  /**
   * Load the code only when the part's prerendered HTML comes near the viewport (or the part is
   * rendered afresh, e.g. after client navigation): parts below the first screen cost nothing on
   * first load. The server HTML stays in place, readable, until then; a reader scrolling to it
   * finds it hydrated. The part sits in a `display: contents` wrapper (.lazy-part) so the
   * observer has an element to find it by without changing the layout.
   */
  readonly whenNear?: boolean;
  /**
   * With `whenNear`: when the part is rendered afresh in the browser (client navigation, or a page
   * the host answers with the 404.html shell, such as /compare/<name>/<value>), show `fallback` and
   * load when the fallback nears the viewport, as for server HTML, instead of loading at once. For
   * parts far below the first screen whose fallback keeps their place (an experiment box).
   */
  readonly nearOnClientRender?: boolean;
}

/** A lazily loaded part, and a way to load it now wherever it is (say, it has a result to show). */
export type LazyView<P extends object> = ComponentType<P> & { readonly load: () => void };

/**
 * A component loaded as its own chunk, so pages without it do not pay for it in their first load.
 * Prerendering waits for it, so its HTML is in the page; the browser hydrates it when its code
 * arrives. The fallback shows only on client-side navigation, before the chunk is in.
 *
 * Memoised: a parent that re-renders after hydration (useIsClient, progress) with the same props
 * must not reach the boundary while its chunk is still loading: an update to a boundary that has
 * not hydrated yet makes React throw its server HTML away and show the fallback ("Loading the
 * Cookies panel…"), emptying what the learner typed (measured in tests/e2e/before-interactive).
 */
export function lazyView<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode,
  { whenNear = false, nearOnClientRender = false }: LazyViewOptions = {},
): LazyView<P> {
  if (!whenNear) {
    let loading: Promise<ComponentType<P>> | undefined;
    const start = (): Promise<ComponentType<P>> => (loading ??= load());
    const View = lazy(() => start().then((component) => ({ default: component })));
    function LazyView(props: P) {
      return (
        <Suspense fallback={fallback}>
          <View {...props} />
        </Suspense>
      );
    }
    LazyView.displayName = `Lazy(${name})`;
    return Object.assign(memo(LazyView) as unknown as ComponentType<P>, { load: () => void start() });
  }

  // One gate per component: the first of its instances to come near the viewport (or to be
  // rendered afresh) loads the chunk for all of them.
  const gate = createGate();
  // Prerendering (no DOM) waits for every part, so its HTML is in the page.
  if (typeof document === 'undefined') gate.open();
  // Until its code has arrived and taken over the server HTML, the part is shown with the props
  // that HTML was rendered from: new props then (the compare page's pair after "Write everywhere",
  // a panel's highlight) would make React hydrate different content (error #418) or wait for the
  // chunk before committing the whole update. Its first effect says it is live; then it follows.
  const View = lazy(() =>
    gate.opened.then(load).then((Component) => {
      function Arrived({ props, onLive }: { readonly props: P; readonly onLive: () => void }) {
        useEffect(onLive, [onLive]);
        return <Component {...props} />;
      }
      return { default: Arrived };
    }),
  );
  function LazyNearView(props: P) {
    const part = useRef<HTMLDivElement>(null);
    // A navigation within the page (a new ?query, back or forward) re-renders what is under the
    // router in a transition, which React cannot finish while a part still shows its server HTML
    // (it cannot tell whether anything in it reads the location): it would wait until the reader
    // scrolls to the part. So a changed location loads the part now (opening the gate is all this
    // does, and doing it twice changes nothing). Null outside a router.
    const locationKey = useContext(LocationContext)?.location.key;
    const firstKey = useRef(locationKey);
    if (locationKey !== firstKey.current) gate.open();
    const [first] = useState(props);
    const [live, goLive] = useReducer(() => true, false);
    const shown = live ? props : first;
    useEffect(() => (part.current ? openWhenNear(part.current, gate.open) : undefined), []);
    // The same element while the props shown stay the same: the boundary is not updated at all.
    const boundary = useMemo(
      () => (
        <Suspense fallback={nearOnClientRender ? fallback : <OpenOnMount open={gate.open}>{fallback}</OpenOnMount>}>
          <View props={shown} onLive={goLive} />
        </Suspense>
      ),
      [shown],
    );
    return (
      <div className="lazy-part" ref={part}>
        {boundary}
      </div>
    );
  }
  LazyNearView.displayName = `LazyNear(${name})`;
  return Object.assign(memo(LazyNearView) as unknown as ComponentType<P>, { load: gate.open });
}
