import { compareResults, type ExperimentResults } from './experiment-results.ts';
import { markerKeys } from './compare-keys.ts';
import { checkClosedTab, parseMarker } from './experiment-markers.ts';
import { presenceOf, readEverywhere, windowTabView, type TabView } from './read-everywhere.ts';

/** The two stores the notes live in; either may be missing (storage blocked). */
export interface MarkerStores {
  readonly session: Storage | null;
  readonly local: Storage | null;
}

/**
 * On load: did this tab just reload for the reload experiment (a note in sessionStorage), or is it
 * a fresh tab reopened for the closed-tab experiment (a note in localStorage, but not this tab's)?
 * Either way, read what all five stores still hold. Each note is read once: it is removed here.
 */
export function takeCompareMarkers(view: TabView, { session, local }: MarkerStores): Pick<ExperimentResults, 'reload' | 'closedTab'> {
  const found: { reload?: ExperimentResults['reload']; closedTab?: ExperimentResults['closedTab'] } = {};
  const reload = parseMarker(session?.getItem(markerKeys.reload) ?? null, 'reload');
  if (reload !== null) {
    session?.removeItem(markerKeys.reload);
    const entry = { name: reload.name, value: reload.value };
    found.reload = { entry, presence: presenceOf(readEverywhere(view, entry.name), entry.value) };
  }
  const closed = checkClosedTab(local?.getItem(markerKeys.closedTab) ?? null, session?.getItem(markerKeys.tabId) ?? null);
  if (closed.kind === 'fresh-tab') {
    local?.removeItem(markerKeys.closedTab);
    const entry = { name: closed.marker.name, value: closed.marker.value };
    found.closedTab = { entry, presence: presenceOf(readEverywhere(view, entry.name), entry.value) };
  }
  return found;
}

/** takeCompareMarkers for this browser tab: what it found goes into the page's results. */
export function recordCompareMarkers(stores: MarkerStores): Pick<ExperimentResults, 'reload' | 'closedTab'> {
  const found = takeCompareMarkers(windowTabView(window), stores);
  if (found.reload !== undefined || found.closedTab !== undefined) compareResults.record(found);
  return found;
}
