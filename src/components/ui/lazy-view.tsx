import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A component loaded as its own chunk, so pages without it do not pay for it in their first load.
 * Prerendering waits for it, so its HTML is in the page; the browser hydrates it when its code
 * arrives. The fallback shows only on client-side navigation, before the chunk is in.
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
  return LazyView;
}
