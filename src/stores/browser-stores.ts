import { createBrowserCookieStore, type BrowserCookieStore } from './cookie-store.ts';
import { createWebStorageStore, type StorageArea, type WebStorageStore } from './web-storage-store.ts';

/**
 * The one instance of each real-storage store for this page. Nothing here touches `window` until
 * a store is first watched or read in the browser, so prerendering on the server is safe.
 */
export const POLL_MS = 1000;

const hasWindow = (): boolean => typeof window !== 'undefined' && typeof document !== 'undefined';

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

let cookies: BrowserCookieStore | null = null;

const serverCookieStore: BrowserCookieStore = {
  subscribe: () => () => {},
  getSnapshot: () => ({ status: 'pending' }),
  getServerSnapshot: () => ({ status: 'pending' }),
  set: () => ({ status: 'failed', reason: 'Cookies can only be written in a browser.' }),
  remove: () => ({ status: 'failed', reason: 'Cookies can only be written in a browser.' }),
  refresh: () => {},
};

export function browserCookieStore(): BrowserCookieStore {
  if (!hasWindow()) return serverCookieStore;
  cookies ??= createBrowserCookieStore({ document, window, pollMs: POLL_MS });
  return cookies;
}
