import { useSyncExternalStore } from 'react';
import type { PretendBrowser } from '../stores/pretend-http/pretend-browser.ts';
import {
  IDLE_BROWSER_STATE,
  loadPageBrowser,
  pageBrowserState,
  type PretendBrowserState,
} from '../stores/pretend-http/page-pretend-browser.ts';

export interface PretendBrowserHandle {
  readonly status: PretendBrowserState['status'];
  /** The pretend browser once loaded, else null. */
  readonly browser: PretendBrowser | null;
  /** Why loading failed, when it did. */
  readonly failure: string | null;
  /** Loads the pretend browser (tough-cookie) on first call; later calls return the same one. */
  readonly load: () => Promise<PretendBrowser>;
}

const serverState = (): PretendBrowserState => IDLE_BROWSER_STATE;

/** The page's one pretend browser: `idle` until a learner first sends a request. */
export function usePretendBrowser(): PretendBrowserHandle {
  const state = useSyncExternalStore(pageBrowserState.subscribe, pageBrowserState.getSnapshot, serverState);
  return {
    status: state.status,
    browser: state.status === 'ready' ? state.browser : null,
    failure: state.status === 'failed' ? state.reason : null,
    load: loadPageBrowser,
  };
}
