import { useCallback } from 'react';
import { appKeys } from '../stores/app-keys.ts';
import { webStorageStore } from '../stores/browser-stores.ts';
import { parseProgress, recordVisit, resetProgress, type Progress } from '../stores/progress.ts';
import { useStorageItem } from './use-web-storage.ts';

/** The learner's progress, read live from localStorage (so other tabs' progress shows up too). */
export function useProgress(): {
  progress: Progress;
  recordVisit: (key: string, url: string) => void;
  reset: () => void;
} {
  const raw = useStorageItem('localStorage', appKeys.progress);
  const progress = parseProgress(raw);
  const record = useCallback(
    (key: string, url: string) => {
      const store = webStorageStore('localStorage');
      const current = store.getSnapshot();
      const currentRaw = current.status === 'ok' ? (current.entries.find((e) => e.key === appKeys.progress)?.value ?? null) : null;
      recordVisit(store, currentRaw, key, url);
    },
    [],
  );
  const reset = useCallback(() => resetProgress(webStorageStore('localStorage')), []);
  return { progress, recordVisit: record, reset };
}
