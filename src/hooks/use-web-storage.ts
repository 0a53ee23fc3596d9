import { useSyncExternalStore } from 'react';
import { webStorageStore } from '../stores/browser-stores.ts';
import type { StorageArea, StorageSnapshot, WebStorageStore } from '../stores/web-storage-store.ts';

/** The live entries of localStorage or sessionStorage. */
export function useWebStorage(area: StorageArea): { snapshot: StorageSnapshot; store: WebStorageStore } {
  const store = webStorageStore(area);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  return { snapshot, store };
}

/** One key's live value (a primitive, so the component re-renders only when it changes). */
export function useStorageItem(area: StorageArea, key: string): string | null {
  const store = webStorageStore(area);
  const select = (): string | null => {
    const snapshot = store.getSnapshot();
    if (snapshot.status !== 'ok') return null;
    return snapshot.entries.find((entry) => entry.key === key)?.value ?? null;
  };
  return useSyncExternalStore(store.subscribe, select, () => null);
}
