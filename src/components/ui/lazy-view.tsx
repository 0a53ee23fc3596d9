import { lazy, memo, Suspense, useEffect, useRef, type ComponentType, type ReactNode } from 'react';

/** Opens once; what waits on it loads then. */
function createGate(): { readonly opened: Promise<void>; readonly open: () => void } {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** How far below (or above) the viewport a part starts loading: about to be scrolled to. */
const NEAR_VIEWPORT = '200px 0px';

/**
 * Opens `gate` when any element of the part's server HTML comes near the viewport. Without
 * IntersectionObserver, or with nothing to watch, it opens at once.
 * https://developer.mozilla.org/en-US/docs/Web/API/IntersectionObserver
 */
function openWhenNear(part: HTMLElement, open: () => void): () => void {
  const watched = [...part.children];
  if (typeof IntersectionObserver !== 'function' || watched.length === 0 || sentFrom(part)) {
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

/** Mounted only when React renders the fallback in the browser (a client render, not hydration): load now. */
function OpenOnMount({ open, children }: { readonly open: () => void; readonly children: ReactNode }) {
  useEffect(open, [open]);
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
}

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
  { whenNear = false }: LazyViewOptions = {},
): ComponentType<P> {
  if (!whenNear) {
    const View = lazy(() => load().then((component) => ({ default: component })));
    function LazyView(props: P) {
      return (
        <Suspense fallback={fallback}>
          <View {...props} />
        </Suspense>
      );
    }
    LazyView.displayName = `Lazy(${name})`;
    return memo(LazyView) as unknown as ComponentType<P>;
  }

  // One gate per component: the first of its instances to come near the viewport (or to be
  // rendered afresh) loads the chunk for all of them.
  const gate = createGate();
  // Prerendering (no DOM) waits for every part, so its HTML is in the page.
  if (typeof document === 'undefined') gate.open();
  const View = lazy(() => gate.opened.then(load).then((component) => ({ default: component })));
  function LazyNearView(props: P) {
    const part = useRef<HTMLDivElement>(null);
    useEffect(() => (part.current ? openWhenNear(part.current, gate.open) : undefined), []);
    return (
      <div className="lazy-part" ref={part}>
        <Suspense fallback={<OpenOnMount open={gate.open}>{fallback}</OpenOnMount>}>
          <View {...props} />
        </Suspense>
      </div>
    );
  }
  LazyNearView.displayName = `LazyNear(${name})`;
  return memo(LazyNearView) as unknown as ComponentType<P>;
}
