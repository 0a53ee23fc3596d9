import { useSyncExternalStore } from 'react';
import { leftoverRecords, type LeftoverRecord } from '../stores/experiments/experiment-guard.ts';

const none = (): null => null;

/** What the last cleanup of an interrupted measurement removed, and when (null: none happened). */
export function useLeftoverRecord(): LeftoverRecord | null {
  return useSyncExternalStore(leftoverRecords.subscribe, leftoverRecords.getSnapshot, none);
}
