import { lazy, Suspense } from 'react';

// Its own chunk (with the cookie rules and the `cookie` library): steps without a Cookies panel
// do not load it. Prerendering waits for it, so its HTML is in the page from the start.
const CookiesPanel = lazy(() => import('./cookies-panel.tsx').then((m) => ({ default: m.CookiesPanel })));

export function LazyCookiesPanel({ highlight }: { readonly highlight?: readonly string[] | undefined }) {
  return (
    <Suspense
      fallback={
        <div className="panel" aria-busy="true">
          <p className="muted">Loading the Cookies panel…</p>
        </div>
      }
    >
      <CookiesPanel highlight={highlight} />
    </Suspense>
  );
}
