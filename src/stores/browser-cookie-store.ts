import { createBrowserCookieStore, type BrowserCookieStore } from './cookie-store.ts';
import { hasWindow, POLL_MS } from './browser-stores.ts';

let cookies: BrowserCookieStore | null = null;

const serverCookieStore: BrowserCookieStore = {
  subscribe: () => () => {},
  getSnapshot: () => ({ status: 'pending' }),
  getServerSnapshot: () => ({ status: 'pending' }),
  set: () => ({ status: 'failed', reason: 'Cookies can only be written in a browser.' }),
  remove: () => ({ status: 'failed', reason: 'Cookies can only be written in a browser.' }),
  refresh: () => {},
};

/** The one real-cookie store for this page; on the server (prerendering) a store that reads nothing. */
export function browserCookieStore(): BrowserCookieStore {
  if (!hasWindow()) return serverCookieStore;
  cookies ??= createBrowserCookieStore({ document, window, pollMs: POLL_MS });
  return cookies;
}
