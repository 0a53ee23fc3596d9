import type { CookieWrite } from '../../lib/cookies/cookie-rules.ts';
import type { WriteResult } from '../result.ts';
import { compareKeys } from './compare-keys.ts';
import type { CompareEntry } from '../../config/paths.ts';

/** The three writable stores; the URL half (query + path) is a navigation the page makes. */
export interface WriteTargets {
  readonly localStorage: { setItem(key: string, value: string): WriteResult };
  readonly sessionStorage: { setItem(key: string, value: string): WriteResult };
  readonly cookies: { set(write: CookieWrite): WriteResult };
  /** The cookie's Path: the app's base path, so every page of the course sees it. */
  readonly cookiePath: string;
}

export interface WriteOutcomes {
  readonly localStorage: WriteResult;
  readonly sessionStorage: WriteResult;
  readonly cookies: WriteResult;
}

/** Writes the pair into localStorage, sessionStorage and a session cookie; each says how it went. */
export function writeEverywhere(targets: WriteTargets, entry: CompareEntry): WriteOutcomes {
  const keys = compareKeys(entry.name);
  return {
    localStorage: targets.localStorage.setItem(keys.storage, entry.value),
    sessionStorage: targets.sessionStorage.setItem(keys.storage, entry.value),
    cookies: targets.cookies.set({ name: keys.cookie, value: entry.value, path: targets.cookiePath, sameSite: 'lax', encodeValue: true }),
  };
}
