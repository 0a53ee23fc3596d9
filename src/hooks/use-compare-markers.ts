import { useEffect } from 'react';
import { COMPARE_PROBE_HASH, markerKeys } from '../stores/experiments/compare-keys.ts';
import { compareResults, type ExperimentResults } from '../stores/experiments/experiment-results.ts';

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
 * results arrived (the page loads the experiment that shows them). The reader's code loads only
 * when a note is there: most loads have none.
 */
export function useCompareMarkers(onFound: (found: Pick<ExperimentResults, 'reload' | 'closedTab'>) => void): void {
  useEffect(() => {
    if (window.location.hash.startsWith(COMPARE_PROBE_HASH)) return;
    const session = safely(() => window.sessionStorage);
    const local = safely(() => window.localStorage);
    if (!has(session, markerKeys.reload) && !has(local, markerKeys.closedTab)) return;
    void Promise.all([import('../stores/experiments/take-compare-markers.ts'), import('../stores/experiments/read-everywhere.ts')]).then(
      ([{ takeCompareMarkers }, { windowTabView }]) => {
        const found = takeCompareMarkers(windowTabView(window), { session, local });
        if (found.reload === undefined && found.closedTab === undefined) return;
        compareResults.record(found);
        onFound(found);
      },
    );
    // Once per page load (onFound is a fixed function of the page).
  }, []);
}
