import { lazyView } from '../ui/lazy-view.tsx';

// Its own chunk (with the cookie rules and the `cookie` library): steps without a Cookies panel
// do not load it, and a step whose panel is below the first screen loads it when the reader nears it.
export const LazyCookiesPanel = lazyView(
  'CookiesPanel',
  () => import('./cookies-panel.tsx').then((m) => m.CookiesPanel),
  <div className="panel" aria-busy="true">
    <p className="muted">Loading the Cookies panel…</p>
  </div>,
  { whenNear: true },
);
