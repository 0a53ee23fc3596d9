import { useEffect } from 'react';
import { compareProbeIdFromHash } from '../stores/experiments/compare-tab-probe.ts';
import { compareResults } from '../stores/experiments/experiment-results.ts';
import { checkClosedTab, markerKeys, parseMarker } from '../stores/experiments/experiment-markers.ts';
import { presenceOf, readEverywhere, windowTabView } from '../stores/experiments/read-everywhere.ts';

function safeSession(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function safeLocal(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * On load: did this tab just reload for the reload experiment (a note in sessionStorage), or is it
 * a fresh tab reopened for the closed-tab experiment (a note in localStorage, but not this tab's)?
 * Either way, read what all five stores still hold and record it. Each note is read once.
 */
export function useCompareMarkers(): void {
  useEffect(() => {
    if (compareProbeIdFromHash(window.location.hash) !== null) return;
    const session = safeSession();
    const local = safeLocal();
    const view = windowTabView(window);
    const reload = parseMarker(session?.getItem(markerKeys.reload) ?? null, 'reload');
    if (reload !== null) {
      session?.removeItem(markerKeys.reload);
      const entry = { name: reload.name, value: reload.value };
      compareResults.record({ reload: { entry, presence: presenceOf(readEverywhere(view, entry.name), entry.value) } });
    }
    const closed = checkClosedTab(local?.getItem(markerKeys.closedTab) ?? null, session?.getItem(markerKeys.tabId) ?? null);
    if (closed.kind === 'fresh-tab') {
      local?.removeItem(markerKeys.closedTab);
      const entry = { name: closed.marker.name, value: closed.marker.value };
      compareResults.record({ closedTab: { entry, presence: presenceOf(readEverywhere(view, entry.name), entry.value) } });
    }
  }, []);
}
