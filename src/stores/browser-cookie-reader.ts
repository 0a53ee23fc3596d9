import type { CookieWrite } from '../lib/cookies/cookie-rules.ts';
import { createCookieReader, type CookieEntry, type CookieReader } from './cookie-reader.ts';
import { hasWindow, POLL_MS } from './browser-stores.ts';
import type { WriteResult } from './result.ts';
import type { BrowserCookieStore } from './cookie-store.ts';

let reader: CookieReader | null = null;

const serverCookieReader: CookieReader = {
  subscribe: () => () => {},
  getSnapshot: () => ({ status: 'pending' }),
  getServerSnapshot: () => ({ status: 'pending' }),
  refresh: () => {},
  readRaw: () => null,
};

/**
 * The one reader of this page's cookies (browser-cookie-store.ts writes through it, so a write
 * shows in every list at once); on the server (prerendering) a reader that reads nothing.
 */
export function browserCookieReader(): CookieReader {
  if (!hasWindow()) return serverCookieReader;
  reader ??= createCookieReader({ document, window, pollMs: POLL_MS });
  return reader;
}

const loadWrites = () => import('./browser-cookie-store.ts');

/** Starts loading the writing store and its rules (the learner is about to write); a failed load is retried by the write. */
export function prepareCookieWrites(): void {
  loadWrites().catch(() => undefined);
}

/** Writes wait for the rules' code, then run in the order they were asked for (a Save, then a Delete). */
let queue: Promise<unknown> = Promise.resolve();

function whenWritable<T>(run: (store: BrowserCookieStore) => T): Promise<T> {
  const next = queue.then(loadWrites).then((m) => run(m.browserCookieStore()));
  // A chunk that failed to load fails this write only (its caller reports it), not the ones after it.
  queue = next.catch(() => undefined);
  return next;
}

const NOT_LOADED = 'The code that checks and writes cookies could not be loaded (offline?), so nothing was changed. Try again.';

/** Checks and writes a cookie as the Cookies panel's Save does, loading the cookie rules first if they are not in yet. */
export function writeBrowserCookie(write: CookieWrite): Promise<WriteResult> {
  return whenWritable((store) => store.set(write)).catch((): WriteResult => ({ status: 'failed', reason: NOT_LOADED }));
}

/** Deletes a cookie as the Cookies panel's Delete does (every Path it may live on), loading the rules first. */
export function removeBrowserCookie(entry: CookieEntry): Promise<WriteResult> {
  return whenWritable((store) => store.remove(entry)).catch((): WriteResult => ({ status: 'failed', reason: NOT_LOADED }));
}
