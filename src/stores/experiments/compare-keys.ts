import { APP_COOKIE_PREFIX, APP_STORAGE_PREFIX } from '../../config/app-keys.ts';
import type { CompareEntry } from '../../config/paths.ts';

/**
 * The one name/value pair the compare page writes "everywhere". The learner picks a short name;
 * each store gets it under our prefix, so nothing of anyone else's is ever touched.
 */
export const COMPARE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,29}$/;
export const COMPARE_VALUE_MAX = 100;

/** Where the pair lives in each store. */
export function compareKeys(name: string): { readonly query: string; readonly storage: string; readonly cookie: string } {
  return { query: name, storage: `${APP_STORAGE_PREFIX}${name}`, cookie: `${APP_COOKIE_PREFIX}${name}` };
}

/**
 * Where the compare page's notes to itself live (experiment-markers.ts reads them). Here, beside
 * the pair's keys, so the page can see whether a note is there without loading the reader.
 */
export const markerKeys = {
  /** sessionStorage: "I am about to reload" — read (and removed) by the next load of this tab. */
  reload: 'stl:compare-pending',
  /** localStorage: "the learner will close this tab and reopen the URL". */
  closedTab: 'stl:compare-closed-tab',
  /** sessionStorage: an id for this tab, so a fresh tab can tell it is not the one that left the note. */
  tabId: 'stl:compare-tab-id',
} as const;

/** A tab opened by the new-tab experiment carries its probe id after this in its URL's hash (compare-tab-probe.ts). */
export const COMPARE_PROBE_HASH = '#stl-compare-probe=';

/** The rule a name or value breaks (what the learner is told is in check-compare-entry.ts), or null when it can be written everywhere. */
export type CompareEntryProblem = 'no-name' | 'bad-name' | 'no-value' | 'long-value' | 'dot-value';

export function compareEntryProblem(name: string, value: string): CompareEntryProblem | null {
  if (name === '') return 'no-name';
  if (!COMPARE_NAME_PATTERN.test(name)) return 'bad-name';
  if (value === '') return 'no-value';
  if (value.length > COMPARE_VALUE_MAX) return 'long-value';
  // A path segment "." or ".." is removed by every URL parser, even percent-encoded (%2E):
  // /compare/x/.. would become /compare/. https://url.spec.whatwg.org/#single-dot-path-segment
  if (value === '.' || value === '..') return 'dot-value';
  return null;
}

/** The pair a compare URL path carries (`/compare/<name>/<value>`, below the basename), or null. */
export function parseComparePath(pathname: string): CompareEntry | null {
  const match = /\/compare\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  if (match === null || match[1] === undefined || match[2] === undefined) return null;
  try {
    const name = decodeURIComponent(match[1]);
    const value = decodeURIComponent(match[2]);
    return compareEntryProblem(name, value) === null ? { name, value } : null;
  } catch {
    return null;
  }
}
