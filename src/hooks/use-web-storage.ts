import { useSyncExternalStore } from 'react';
import { webStorageStore } from '../stores/browser-stores.ts';
import { valueIn, type StorageArea, type StorageSnapshot, type WebStorageStore } from '../stores/web-storage-store.ts';

/** The live entries of localStorage or sessionStorage. */
export function useWebStorage(area: StorageArea): { snapshot: StorageSnapshot; store: WebStorageStore } {
  const store = webStorageStore(area);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  return { snapshot, store };
}

/** One key's live value (a primitive, so the component re-renders only when it changes). */
export function useStorageItem(area: StorageArea, key: string): string | null {
  const store = webStorageStore(area);
  return useSyncExternalStore(store.subscribe, () => valueIn(store.getSnapshot(), key), () => null);
}
