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
import { WriteEverywhereForm } from '../../components/compare/write-everywhere-form.tsx';
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
      {/* Keyed by the entry, so the inputs start from the URL after a reload or a shared link. */}
      <WriteEverywhereForm key={entry === null ? '' : `${entry.name}\u0000${entry.value}`} current={entry} beforeNavigate={loadExperiments} />
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
