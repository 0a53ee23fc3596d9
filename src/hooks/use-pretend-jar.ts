import { useCallback, useSyncExternalStore } from 'react';
import type { JarCookieRow } from '../stores/pretend-http/http-types.ts';
import { usePretendBrowser } from './use-pretend-browser.ts';

const NO_ROWS: readonly JarCookieRow[] = Object.freeze([]);
const noRows = (): readonly JarCookieRow[] => NO_ROWS;
const subscribeNever = (): (() => void) => () => {};

/** The pretend browser's cookie jar as DevTools-like rows; empty until the browser has loaded. */
export function usePretendJar(): readonly JarCookieRow[] {
  const { browser } = usePretendBrowser();
  const subscribe = useCallback(
    (listener: () => void) => (browser ? browser.cookies.subscribe(listener) : subscribeNever()),
    [browser],
  );
  const getSnapshot = useCallback(() => (browser ? browser.cookies.getSnapshot() : NO_ROWS), [browser]);
  return useSyncExternalStore(subscribe, getSnapshot, noRows);
}
