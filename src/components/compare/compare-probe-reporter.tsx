import { useEffect, useState } from 'react';
import { COMPARE_PROBE_HASH, parseComparePath } from '../../stores/experiments/compare-keys.ts';
import type { Presence } from '../../stores/experiments/read-everywhere.ts';
import { PresenceList } from './presence-list.tsx';

/** Reads this tab's five stores and tells the opening tab; its code loads only in such a tab. */
const loadReporting = () => Promise.all([import('../../stores/experiments/compare-tab-probe.ts'), import('../../stores/experiments/read-everywhere.ts')]);

/** In a tab opened by the new-tab experiment: read the five stores, tell the opening tab, say so here. */
export function CompareProbeReporter() {
  const [report, setReport] = useState<{ readonly hasOpener: boolean; readonly presence: Presence } | null>(null);
  useEffect(() => {
    // Any other tab (nearly every load): nothing to do, nothing loaded.
    if (!window.location.hash.startsWith(COMPARE_PROBE_HASH)) return;
    const entry = parseComparePath(window.location.pathname);
    if (entry === null) return;
    let current = true;
    void loadReporting().then(([{ buildCompareProbeReport, compareProbeIdFromHash, sendCompareProbeReport }, { presenceOf, windowTabView }]) => {
      const probeId = compareProbeIdFromHash(window.location.hash);
      if (!current || probeId === null) return;
      const built = buildCompareProbeReport(probeId, entry.name, windowTabView(window), window.opener !== null);
      sendCompareProbeReport(built);
      setReport({ hasOpener: built.hasOpener, presence: presenceOf(built.found, entry.value) });
    });
    return () => {
      current = false;
    };
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
