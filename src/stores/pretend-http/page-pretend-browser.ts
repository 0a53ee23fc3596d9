import type { ExternalStore, JarCookieRow } from './http-types.ts';
import type { PretendBrowser } from './pretend-browser.ts';
import { createHttpLogStore, type HttpLogStore } from './http-log-store.ts';
import { createStableStore } from '../stable-store.ts';

/**
 * The one pretend browser of this page, created on first use. Its module pulls in tough-cookie
 * (~123 KB gzip), so it is fetched with `import()` only when a learner first talks to the
 * pretend server, never in a page's first load. The HTTP log is small and exists from the start,
 * so the log and the sequence diagram can render (empty) before the browser has loaded.
 */
export type PretendBrowserState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly browser: PretendBrowser }
  | { readonly status: 'failed'; readonly reason: string };

export const pageHttpLog: HttpLogStore = createHttpLogStore();

const IDLE: PretendBrowserState = Object.freeze({ status: 'idle' });
const LOADING: PretendBrowserState = Object.freeze({ status: 'loading' });
const state = createStableStore<PretendBrowserState>(IDLE);

export const pageBrowserState: ExternalStore<PretendBrowserState> = {
  subscribe: state.subscribe,
  getSnapshot: state.getSnapshot,
};

export const IDLE_BROWSER_STATE = IDLE;

let pending: Promise<PretendBrowser> | null = null;
let generation = 0;
let stopExpiryWatch: (() => void) | null = null;

/** Longest delay setTimeout accepts (about 24.8 days); later expiries are checked on the next request. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The soonest expiry still in the future, in ms since the epoch, or null. */
export function nextExpiry(rows: readonly JarCookieRow[], nowMs: number): number | null {
  let soonest: number | null = null;
  for (const row of rows) {
    if (row.expiresAt !== null && row.expiresAt > nowMs && (soonest === null || row.expiresAt < soonest)) soonest = row.expiresAt;
  }
  return soonest;
}

/**
 * The jar only drops an expired cookie when something reads it. Re-read it just after each
 * known expiry, so a `Max-Age=10` cookie leaves the jar table on time, with nobody clicking.
 */
function watchExpiry(browser: PretendBrowser): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const now = Date.now();
    const next = nextExpiry(browser.cookies.getSnapshot(), now);
    if (next === null || next - now > MAX_TIMER_MS) return;
    timer = setTimeout(() => {
      timer = null;
      void browser.listCookies().then(schedule, schedule);
    }, next - now + 1);
  };
  const unsubscribe = browser.cookies.subscribe(schedule);
  schedule();
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

function describeLoadError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `The pretend browser could not be loaded (${detail}). Check your connection and reload the page.`;
}

/** Loads (once) and returns the page's pretend browser; concurrent callers share one load. */
export function loadPageBrowser(): Promise<PretendBrowser> {
  const current = state.getSnapshot();
  if (current.status === 'ready') return Promise.resolve(current.browser);
  if (pending !== null) return pending;
  const mine = ++generation;
  state.set(LOADING);
  pending = import('./pretend-browser.ts').then(
    ({ createPretendBrowser }) => {
      const browser = createPretendBrowser({ log: pageHttpLog });
      if (mine === generation) {
        stopExpiryWatch = watchExpiry(browser);
        state.set(Object.freeze({ status: 'ready', browser }));
      }
      return browser;
    },
    (error: unknown) => {
      if (mine === generation) {
        pending = null;
        state.set(Object.freeze({ status: 'failed', reason: describeLoadError(error) }));
      }
      throw error;
    },
  );
  return pending;
}

/** Forgets the pretend browser and its log, as a fresh page would (tests, "start over"). */
export function resetPageBrowser(): void {
  generation += 1;
  pending = null;
  stopExpiryWatch?.();
  stopExpiryWatch = null;
  state.set(IDLE);
  pageHttpLog.clear();
}
