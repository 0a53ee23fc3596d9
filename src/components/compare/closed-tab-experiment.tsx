import { useState } from 'react';
import { useHref } from 'react-router-dom';
import { useCompareResults } from '../../hooks/use-compare-results.ts';
import { compareEntryPath, type CompareEntry } from '../../config/paths.ts';
import { newProbeId } from '../../stores/experiments/compare-tab-probe.ts';
import { markerKeys } from '../../stores/experiments/compare-keys.ts';
import { serializeMarker } from '../../stores/experiments/experiment-markers.ts';
import { safeStorage } from '../../stores/safe-storage.ts';
import { ExperimentBox, NeedsEntry } from './experiment-box.tsx';
import { PresenceList } from './presence-list.tsx';
import { AlertLine } from '../ui/alert-line.tsx';

/**
 * A page cannot close and reopen its own tab: the learner does it. The page leaves a note in
 * localStorage naming this tab; a fresh tab finds the note without this tab's id in its own
 * sessionStorage, and reports what survived.
 */
export function ClosedTabExperiment({ entry }: { readonly entry: CompareEntry | null }) {
  const { closedTab } = useCompareResults();
  const href = useHref(entry === null ? '/compare' : compareEntryPath(entry));
  const [armed, setArmed] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const arm = (): void => {
    if (entry === null) return;
    const tabId = newProbeId();
    const wrote = safeStorage('sessionStorage', () => window.sessionStorage).setItem(markerKeys.tabId, tabId);
    const noted = wrote.status === 'ok' ? safeStorage('localStorage', () => window.localStorage).setItem(markerKeys.closedTab, serializeMarker({ experiment: 'closed-tab', ...entry, tabId, at: Date.now() })) : wrote;
    if (noted.status === 'ok') {
      setArmed(new URL(href, window.location.href).href);
      setProblem(null);
    } else {
      setProblem(`This experiment needs localStorage and sessionStorage for its note, and this browser refused the write: ${noted.reason}`);
    }
  };

  return (
    <ExperimentBox title="Close this tab and reopen the URL">
      <p>
        A page cannot close and reopen its own tab, so this one is yours to do. Press the button, copy the URL, close this tab, then paste the URL into
        a new tab. The new tab finds the note this tab left in localStorage, sees that its own sessionStorage is not this tab’s, and reports.
      </p>
      {entry === null ? <NeedsEntry /> : <button type="button" onClick={arm}>Get ready to close this tab</button>}
      {armed !== null ? (
        <p role="status">
          Ready. Copy <code className="raw-url">{armed}</code>, close this tab, and open it again in a new one. (Reloading does not count; and “Reopen
          closed tab” restores sessionStorage too, so open a new tab and paste.)
        </p>
      ) : null}
      <AlertLine message={problem} />
      {closedTab !== undefined ? (
        <div role="status" aria-label="After closing the tab">
          <p>
            This is a fresh tab. The tab you closed wrote <code>{closedTab.entry.name}</code> = “{closedTab.entry.value}”; here it is:
          </p>
          <PresenceList presence={closedTab.presence} label="What survived closing the tab" />
          <p className="muted">The query string and path are here only because you opened the same URL.</p>
        </div>
      ) : null}
    </ExperimentBox>
  );
}
