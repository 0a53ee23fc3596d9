import { PANEL_IDS } from '../../config/mechanisms.ts';
import { StoragePanel } from '../../components/panels/storage-panel.tsx';
import { CompareProbeReporter } from '../../components/compare/compare-probe-reporter.tsx';
import {
  LazyClosedTabExperiment,
  LazyComparisonTable,
  LazyNewTabExperiment,
  LazyPretendExperiments,
  LazyQuotaExperiment,
  LazyReloadExperiment,
} from '../../components/compare/lazy-experiments.tsx';
import { LazyWriteEverywhereForm, loadWriteEverywhereForm } from '../../components/compare/lazy-write-everywhere-form.tsx';
import { useCompareEntry } from '../../hooks/use-compare-entry.ts';
import { useCompareMarkers } from '../../hooks/use-compare-markers.ts';
import type { ExperimentResults } from '../../stores/experiments/experiment-results.ts';
import '../../styles/controls.css';
import '../../styles/panels.css';
import '../../components/compare/compare.css';

/** A reload or a reopened tab brought a result: the experiment that shows it loads now, wherever it is. */
function showMarkerResults(found: Pick<ExperimentResults, 'reload' | 'closedTab'>): void {
  if (found.reload) LazyReloadExperiment.load();
  if (found.closedTab) LazyClosedTabExperiment.load();
}

/**
 * Before the page moves to a new pair's URL: a part still showing its server HTML would hold the
 * whole navigation (a transition) until the reader scrolls to it, so every experiment loads now.
 */
function loadExperiments(): void {
  for (const part of [LazyReloadExperiment, LazyNewTabExperiment, LazyClosedTabExperiment, LazyPretendExperiments, LazyQuotaExperiment, LazyComparisonTable]) part.load();
}

/**
 * The page for the router (app-routes.tsx). Hydrating its prerendered HTML, the form keeps that HTML
 * until the learner uses it (lazy-write-everywhere-form.tsx); rendered afresh (a client navigation,
 * or a shared /compare/<name>/<value> link answered by the 404.html shell), there is no HTML to keep,
 * so the form's code comes first and the page shows whole, with no box appearing later.
 */
export function loadComparePage(): Promise<typeof ComparePage> {
  const hydrating =
    typeof document !== 'undefined' && !document.documentElement.hasAttribute('data-interactive') && document.querySelector('#root .write-everywhere') !== null;
  return hydrating ? Promise.resolve(ComparePage) : loadWriteEverywhereForm().then(() => ComparePage);
}

export function ComparePage() {
  const entry = useCompareEntry();
  useCompareMarkers(showMarkerResults);
  return (
    <div className="compare">
      <title>Compare every store · How the web remembers</title>
      <h1>Every store, side by side</h1>
      <p className="lead">
        The five places a browser keeps state, all live for this tab. Write one value everywhere, run an experiment, and watch which of them still
        remember it.
      </p>
      <CompareProbeReporter />
      {/* A new form for each pair's URL (keyed inside), so the inputs start from the URL after a reload or a shared link. */}
      <LazyWriteEverywhereForm current={entry} beforeNavigate={loadExperiments} />
      <div className="compare-grid">
        {PANEL_IDS.map((id) => (
          <StoragePanel key={id} id={id} highlight={entry === null ? undefined : highlightFor(id, entry.name)} />
        ))}
      </div>
      <h2>Experiments</h2>
      {/* Below the first screen: each loads its code as the reader nears it (lazy-experiments.tsx). */}
      <div className="experiments">
        <LazyReloadExperiment entry={entry} />
        <LazyNewTabExperiment entry={entry} />
        <LazyClosedTabExperiment entry={entry} />
        <LazyPretendExperiments entry={entry} />
        <LazyQuotaExperiment />
      </div>
      <h2>The facts, measured</h2>
      <LazyComparisonTable />
    </div>
  );
}

function highlightFor(id: (typeof PANEL_IDS)[number], name: string): readonly string[] {
  switch (id) {
    case 'query':
      return [name];
    case 'path':
      return ['compare'];
    case 'localStorage':
    case 'sessionStorage':
      return [`stl:${name}`];
    case 'cookies':
      return [`stl_${name}`];
  }
}
