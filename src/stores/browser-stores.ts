import { createWebStorageStore, type StorageArea, type WebStorageStore } from './web-storage-store.ts';

/**
 * The one instance of each Web Storage store for this page. Nothing here touches `window` until
 * a store is first watched or read in the browser, so prerendering on the server is safe. The
 * cookie store lives in browser-cookie-store.ts: pages without cookies never load the cookie rules.
 */
export const POLL_MS = 1000;

export const hasWindow = (): boolean => typeof window !== 'undefined' && typeof document !== 'undefined';

const webStores: Partial<Record<StorageArea, WebStorageStore>> = {};

export function webStorageStore(area: StorageArea): WebStorageStore {
  const existing = webStores[area];
  if (existing) return existing;
  const store = createWebStorageStore(area, () => window[area], {
    events: () => (hasWindow() ? window : undefined),
    pollMs: POLL_MS,
  });
  webStores[area] = store;
  return store;
}
