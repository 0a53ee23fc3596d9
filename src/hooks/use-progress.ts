import { useCallback } from 'react';
import { appKeys } from '../config/app-keys.ts';
import { webStorageStore } from '../stores/browser-stores.ts';
import { parseProgress, recordVisit, resetProgress, type Progress } from '../stores/progress.ts';
import { useStorageItem } from './use-web-storage.ts';

const progressStore = () => webStorageStore('localStorage');

/** The learner's progress, read live from localStorage (so other tabs' progress shows up too). */
export function useProgress(): {
  progress: Progress;
  recordVisit: (key: string, url: string) => void;
  reset: () => void;
} {
  const progress = parseProgress(useStorageItem('localStorage', appKeys.progress));
  const record = useCallback((key: string, url: string) => recordVisit(progressStore(), key, url), []);
  const reset = useCallback(() => resetProgress(progressStore()), []);
  return { progress, recordVisit: record, reset };
}
