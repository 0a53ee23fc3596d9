import { useEffect, useState } from 'react';
import { buildCompareProbeReport, compareProbeIdFromHash, sendCompareProbeReport } from '../../stores/experiments/compare-tab-probe.ts';
import { parseComparePath } from '../../stores/experiments/compare-keys.ts';
import { presenceOf, windowTabView, type Presence } from '../../stores/experiments/read-everywhere.ts';
import { PresenceList } from './presence-list.tsx';

/** In a tab opened by the new-tab experiment: read the five stores, tell the opening tab, say so here. */
export function ProbeReport() {
  const [report, setReport] = useState<{ readonly hasOpener: boolean; readonly presence: Presence } | null>(null);
  useEffect(() => {
    const probeId = compareProbeIdFromHash(window.location.hash);
    const entry = parseComparePath(window.location.pathname);
    if (probeId === null || entry === null) return;
    const built = buildCompareProbeReport(probeId, entry.name, windowTabView(window), window.opener !== null);
    sendCompareProbeReport(built);
    setReport({ hasOpener: built.hasOpener, presence: presenceOf(built.found, entry.value) });
  }, []);
  if (report === null) return null;
  return (
    <div role="status" className="probe-banner" aria-label="This tab’s report">
      <p>
        This tab was opened by the compare page’s new-tab experiment{report.hasOpener ? ' with window.open' : ' through a link (no opener)'}.
        It has told the other tab what it sees:
      </p>
      <PresenceList presence={report.presence} label="What this new tab sees" kept="sees it" lost="does not see it" />
    </div>
  );
}
