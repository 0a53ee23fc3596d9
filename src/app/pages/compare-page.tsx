import { PANEL_IDS } from '../../config/mechanisms.ts';
import { StoragePanel } from '../../components/panels/storage-panel.tsx';
import { ClosedTabExperiment } from '../../components/compare/closed-tab-experiment.tsx';
import { CompareProbeReporter } from '../../components/compare/compare-probe-reporter.tsx';
import { ComparisonTable } from '../../components/compare/comparison-table.tsx';
import { NewTabExperiment } from '../../components/compare/new-tab-experiment.tsx';
import { PretendExperiments } from '../../components/compare/pretend-experiments.tsx';
import { QuotaExperiment } from '../../components/compare/quota-experiment.tsx';
import { ReloadExperiment } from '../../components/compare/reload-experiment.tsx';
import { WriteEverywhereForm } from '../../components/compare/write-everywhere-form.tsx';
import { useCompareEntry } from '../../hooks/use-compare-entry.ts';
import { useCompareMarkers } from '../../hooks/use-compare-markers.ts';
import '../../styles/controls.css';
import '../../styles/panels.css';
import '../../components/compare/compare.css';

export function ComparePage() {
  const entry = useCompareEntry();
  useCompareMarkers();
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
      <WriteEverywhereForm key={entry === null ? '' : `${entry.name}\u0000${entry.value}`} current={entry} />
      <div className="compare-grid">
        {PANEL_IDS.map((id) => (
          <StoragePanel key={id} id={id} highlight={entry === null ? undefined : highlightFor(id, entry.name)} />
        ))}
      </div>
      <h2>Experiments</h2>
      <div className="experiments">
        <ReloadExperiment entry={entry} />
        <NewTabExperiment entry={entry} />
        <ClosedTabExperiment entry={entry} />
        <PretendExperiments entry={entry} />
        <QuotaExperiment />
      </div>
      <h2>The facts, measured</h2>
      <ComparisonTable />
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
