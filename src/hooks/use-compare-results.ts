import { useSyncExternalStore } from 'react';
import { compareResults, type ExperimentResults } from '../stores/experiments/experiment-results.ts';

/** What the prerendered page shows: nothing measured yet. */
const NOTHING_MEASURED: ExperimentResults = {};
const serverSnapshot = (): ExperimentResults => NOTHING_MEASURED;

/**
 * What the compare page's experiments have measured so far in this tab. A part that hydrates
 * after something was measured (an experiment loaded when scrolled to) first matches its
 * prerendered HTML (nothing measured), then React shows the results.
 */
export function useCompareResults(): ExperimentResults {
  return useSyncExternalStore(compareResults.subscribe, compareResults.getSnapshot, serverSnapshot);
}

const nothingWritten = (): ExperimentResults['written'] => undefined;
const writtenNow = (): ExperimentResults['written'] => compareResults.getSnapshot().written;

/**
 * Only the pair this tab wrote everywhere (undefined until it writes one): the same while hydrating
 * as after, so a form hydrated from the prerendered HTML is not rendered again at once, which would
 * reset its boxes to its state before src/app/early-actions.ts hands over what the learner typed.
 */
export function useWrittenPair(): ExperimentResults['written'] {
  return useSyncExternalStore(compareResults.subscribe, writtenNow, nothingWritten);
}
