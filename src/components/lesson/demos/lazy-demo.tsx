import type { ComponentType } from 'react';
import { lazyView } from '../../ui/lazy-view.tsx';

/** A demo loaded as its own chunk (see lazyView), loaded when it nears the viewport, with a demo-shaped placeholder while it loads. */
export function lazyDemo(name: string, load: () => Promise<ComponentType>): ComponentType {
  return lazyView(
    name,
    load,
    <section className="demo" aria-busy="true">
      <p className="muted">Loading the demo…</p>
    </section>,
    // Demos below the first screen load when the reader nears them, not with the page.
    { whenNear: true },
  );
}
