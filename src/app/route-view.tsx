import { Suspense, use, type ComponentType, type ReactNode } from 'react';

/** A page loaded as its own chunk, and a way to fetch that chunk before anything renders it. */
export interface RouteView<P extends object> {
  readonly View: ComponentType<P>;
  readonly preload: () => Promise<void>;
}

/**
 * A route's page as its own chunk: each first load fetches only the page it shows. The client
 * preloads the current route's page before hydrating (src/boot.tsx), so hydration never suspends
 * and the prerendered HTML is adopted as it is; prerendering waits for it. Only a client
 * navigation to a page whose chunk has not arrived shows `fallback`, briefly.
 */
export function routeView<P extends object>(name: string, load: () => Promise<ComponentType<P>>, fallback: ReactNode): RouteView<P> {
  let Loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = (): Promise<void> =>
    (loading ??= load().then((component) => {
      Loaded = component;
    }));

  // Waits for the chunk; always calls `use`, as React requires of a component that suspended.
  function WaitingPage(props: P) {
    use(preload());
    return Loaded ? <Loaded {...props} /> : null;
  }
  function Page(props: P) {
    return Loaded ? <Loaded {...props} /> : <WaitingPage {...props} />;
  }
  function RoutePage(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Page {...props} />
      </Suspense>
    );
  }
  RoutePage.displayName = `Route(${name})`;
  return { View: RoutePage, preload };
}
