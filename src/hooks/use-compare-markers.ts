import { useEffect } from 'react';
import { COMPARE_PROBE_HASH, markerKeys } from '../stores/experiments/compare-keys.ts';
import type { ExperimentResults } from '../stores/experiments/experiment-results.ts';

/** A storage that may be blocked (a sandboxed frame, a browser setting): null then. */
function safely(get: () => Storage): Storage | null {
  try {
    return get();
  } catch {
    return null;
  }
}

function has(storage: Storage | null, key: string): boolean {
  try {
    return storage?.getItem(key) != null;
  } catch {
    return false;
  }
}

/**
 * On load: if the reload or closed-tab experiment left this page a note, read what all five stores
 * still hold and record it (src/stores/experiments/take-compare-markers.ts); `onFound` hears which
 * results arrived, so the page can load the experiment that shows them (none: the note was
 * unreadable, or this tab's own). The reader's code loads only when a note is there: most loads
 * have none.
 */
export function useCompareMarkers(onFound: (found: Pick<ExperimentResults, 'reload' | 'closedTab'>) => void): void {
  useEffect(() => {
    if (window.location.hash.startsWith(COMPARE_PROBE_HASH)) return;
    const session = safely(() => window.sessionStorage);
    const local = safely(() => window.localStorage);
    if (!has(session, markerKeys.reload) && !has(local, markerKeys.closedTab)) return;
    void import('../stores/experiments/take-compare-markers.ts').then(({ recordCompareMarkers }) => onFound(recordCompareMarkers({ session, local })));
    // Once per page load (onFound is a fixed function of the page).
  }, []);
}
