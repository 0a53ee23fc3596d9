import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A demo loaded as its own chunk, so pages without it do not pay for it in their first load.
 * Prerendering waits for it, so its HTML is in the page; the browser hydrates it when its code arrives.
 */
export function lazyDemo(name: string, load: () => Promise<ComponentType>): ComponentType {
  const Demo = lazy(() => load().then((component) => ({ default: component })));
  function LazyDemo() {
    return (
      <Suspense
        fallback={
          <section className="demo" aria-busy="true">
            <p className="muted">Loading the demo…</p>
          </section>
        }
      >
        <Demo />
      </Suspense>
    );
  }
  LazyDemo.displayName = `Lazy(${name})`;
  return LazyDemo;
}
