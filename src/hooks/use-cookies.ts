import { useSyncExternalStore } from 'react';
import { browserCookieStore } from '../stores/browser-cookie-store.ts';
import type { BrowserCookieStore, CookieSnapshot } from '../stores/cookie-store.ts';

/** This tab's live cookies, as page JavaScript can see them. */
export function useCookies(): { snapshot: CookieSnapshot; store: BrowserCookieStore } {
  const store = browserCookieStore();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  return { snapshot, store };
}
