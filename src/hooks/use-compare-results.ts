import { useSyncExternalStore } from 'react';
import { compareResults, type ExperimentResults } from '../stores/experiments/experiment-results.ts';

/** What the compare page's experiments have measured so far in this tab. */
export function useCompareResults(): ExperimentResults {
  return useSyncExternalStore(compareResults.subscribe, compareResults.getSnapshot, compareResults.getSnapshot);
}
