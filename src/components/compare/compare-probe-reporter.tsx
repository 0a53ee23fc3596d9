import { useEffect, useState } from 'react';
import { buildCompareProbeReport, compareProbeIdFromHash, sendCompareProbeReport, type CompareProbeReport } from '../../stores/experiments/compare-tab-probe.ts';
import { parseComparePath } from '../../stores/experiments/compare-keys.ts';
import { windowTabView } from '../../stores/experiments/read-everywhere.ts';
import { PresenceList } from './presence-list.tsx';
import { presenceOf } from '../../stores/experiments/read-everywhere.ts';

/** In a tab opened by the new-tab experiment: read the five stores, tell the opening tab, say so here. */
export function CompareProbeReporter() {
  const [report, setReport] = useState<{ report: CompareProbeReport; value: string } | null>(null);
  useEffect(() => {
    const probeId = compareProbeIdFromHash(window.location.hash);
    const entry = parseComparePath(window.location.pathname);
    if (probeId === null || entry === null) return;
    const built = buildCompareProbeReport(probeId, entry.name, windowTabView(window), window.opener !== null);
    sendCompareProbeReport(built);
    setReport({ report: built, value: entry.value });
  }, []);
  if (report === null) return null;
  return (
    <div role="status" className="probe-banner" aria-label="This tab’s report">
      <p>
        This tab was opened by the compare page’s new-tab experiment{report.report.hasOpener ? ' with window.open' : ' through a link (no opener)'}.
        It has told the other tab what it sees:
      </p>
      <PresenceList presence={presenceOf(report.report.found, report.value)} label="What this new tab sees" kept="sees it" lost="does not see it" />
    </div>
  );
}
