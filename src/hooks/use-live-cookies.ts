import { useSyncExternalStore } from 'react';
import { browserCookieReader, prepareCookieWrites, removeBrowserCookie, writeBrowserCookie } from '../stores/browser-cookie-reader.ts';
import type { CookieEntry, CookieSnapshot } from '../stores/cookie-reader.ts';
import type { CookieWrite } from '../lib/cookies/cookie-rules.ts';
import type { WriteResult } from '../stores/result.ts';

export interface LiveCookies {
  readonly snapshot: CookieSnapshot;
  /** Checks and writes; the rules' code loads with the first write (or is in already). */
  readonly save: (write: CookieWrite) => Promise<WriteResult>;
  readonly remove: (entry: CookieEntry) => Promise<WriteResult>;
  /** Starts loading what a write needs, so that a Save pressed soon after is done at once. */
  readonly prepareWrites: () => void;
}

/**
 * This tab's live cookies, as page JavaScript can see them, for a list shown on the first screen:
 * reading needs no cookie rules, so writes load them when asked (useCookies writes at once, for
 * demos whose code comes later anyway).
 */
export function useLiveCookies(): LiveCookies {
  const reader = browserCookieReader();
  const snapshot = useSyncExternalStore(reader.subscribe, reader.getSnapshot, reader.getServerSnapshot);
  return { snapshot, save: writeBrowserCookie, remove: removeBrowserCookie, prepareWrites: prepareCookieWrites };
}
