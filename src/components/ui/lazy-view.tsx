import { lazy, memo, Suspense, type ComponentType, type ReactNode } from 'react';

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
export function lazyView<P extends object>(name: string, load: () => Promise<ComponentType<P>>, fallback: ReactNode): ComponentType<P> {
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
