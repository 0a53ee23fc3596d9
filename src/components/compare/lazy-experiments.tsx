import { useEffect, useState } from 'react';
import { lazyView } from '../ui/lazy-view.tsx';

/**
 * The compare page's experiments and its table, each its own chunk: they sit below the first
 * screen (the form and the five live panels fill it), so each loads its code when the reader
 * scrolls near it, or when it has a result to show. A press on a button before then is kept and
 * done once the code is in (src/app/early-actions.ts). A page rendered afresh in the browser (a
 * shared /compare/<name>/<value> link, answered by the 404.html shell) shows these boxes, titled,
 * until they near the viewport.
 */
function Waiting({ titles, note = 'Loading this experiment…' }: { readonly titles: readonly string[]; readonly note?: string }) {
  // Rendered afresh, the page grows as the panels above arrive: until then these boxes stay
  // hidden (a hidden box is never near the viewport), so they do not all look "near" on the short
  // page of the first moments and load at once. https://developer.mozilla.org/en-US/docs/Web/API/IntersectionObserver
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), SETTLE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      {titles.map((title) => (
        <section key={title} className="experiment" aria-busy="true" hidden={!settled}>
          <h3 className="experiment-title">{title}</h3>
          <p className="muted">{note}</p>
        </section>
      ))}
    </>
  );
}

/** How long a page rendered afresh takes to lay out its panels, about (their code loads at once). */
const SETTLE_MS = 500;

const near = { whenNear: true, nearOnClientRender: true } as const;

export const LazyReloadExperiment = lazyView(
  'ReloadExperiment',
  () => import('./reload-experiment.tsx').then((m) => m.ReloadExperiment),
  <Waiting titles={['Reload the page']} />,
  near,
);

export const LazyNewTabExperiment = lazyView(
  'NewTabExperiment',
  () => import('./new-tab-experiment.tsx').then((m) => m.NewTabExperiment),
  <Waiting titles={['Open a new tab']} />,
  near,
);

export const LazyClosedTabExperiment = lazyView(
  'ClosedTabExperiment',
  () => import('./closed-tab-experiment.tsx').then((m) => m.ClosedTabExperiment),
  <Waiting titles={['Close this tab and reopen the URL']} />,
  near,
);

export const LazyPretendExperiments = lazyView(
  'PretendExperiments',
  () => import('./pretend-experiments.tsx').then((m) => m.PretendExperiments),
  <Waiting titles={['Restart the browser', 'Send a request to the server', 'Read from page JavaScript']} />,
  near,
);

export const LazyQuotaExperiment = lazyView(
  'QuotaExperiment',
  () => import('./quota-experiment.tsx').then((m) => m.QuotaExperiment),
  <Waiting titles={['How much fits?']} />,
  near,
);

export const LazyComparisonTable = lazyView(
  'ComparisonTable',
  () => import('./comparison-table.tsx').then((m) => m.ComparisonTable),
  <Waiting titles={['Each store at a glance']} note="Loading the table…" />,
  near,
);
