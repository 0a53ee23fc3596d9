import { createBrowserCookieStore, type BrowserCookieStore } from './cookie-store.ts';
import { hasWindow, POLL_MS } from './browser-stores.ts';
import { browserCookieReader } from './browser-cookie-reader.ts';

let cookies: BrowserCookieStore | null = null;

const serverCookieStore: BrowserCookieStore = {
  subscribe: () => () => {},
  getSnapshot: () => ({ status: 'pending' }),
  getServerSnapshot: () => ({ status: 'pending' }),
  set: () => ({ status: 'failed', reason: 'Cookies can only be written in a browser.' }),
  remove: () => ({ status: 'failed', reason: 'Cookies can only be written in a browser.' }),
  refresh: () => {},
};

/**
 * The one real-cookie store for this page, writes included (with the cookie rules); it reads
 * through the page's one reader (browser-cookie-reader.ts). On the server a store that reads nothing.
 */
export function browserCookieStore(): BrowserCookieStore {
  if (!hasWindow()) return serverCookieStore;
  cookies ??= createBrowserCookieStore({ document, window, pollMs: POLL_MS }, browserCookieReader());
  return cookies;
}
