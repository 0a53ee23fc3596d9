import { serialize } from 'cookie';
import { utf8Bytes } from '../lib/byte-size.ts';
import { COOKIE_PROBE_PREFIX, isProbeCookieName } from '../config/experiment-keys.ts';

export { isProbeCookieName };

/**
 * The pure parts of measuring this browser's cookie limits with real test cookies: which sizes
 * to try, how many cookies to write, the exact headers, and what to delete afterwards. The
 * runner (cookie-limit-probe-run.ts) does the writing; nothing here touches `document`.
 */
export const PROBE_PREFIX = COOKIE_PROBE_PREFIX;
export const SIZE_PROBE_NAME = `${PROBE_PREFIX}size`;

/**
 * Probe cookies expire on their own after this many seconds, so even a tab closed mid-run
 * leaves nothing behind for long.
 */
export const PROBE_MAX_AGE_SECONDS = 300;

/** Every browser today keeps 4096 bytes of name + value; try both sides of it first. */
export const EXPECTED_SIZE_LIMIT = 4096;
export const SIZE_SEARCH_MAX = 8192;

/**
 * How many cookies a browser keeps per site, and what it does past that:
 * - Chromium: 180 per domain (eTLD+1), then it evicts the least recently used 30, down to 150
 *   (`kDomainMaxCookies = 180`, `kDomainPurgeCookies = 30` in net/cookies/cookie_monster.h,
 *   https://source.chromium.org/chromium/chromium/src/+/main:net/cookies/cookie_monster.h).
 * - Firefox: `network.cookie.maxPerHost` 180, evicting down to `network.cookie.quotaPerHost` 150
 *   (https://searchfox.org/mozilla-central/source/modules/libpref/init/all.js).
 * The count includes cookies page JavaScript never sees (HttpOnly ones, those of other paths),
 * so a page cannot know how close to the limit it is, and filling the jar to find the limit
 * would evict cookies we did not write. So the real count writes at most MAX_COUNT_PROBES test
 * cookies and keeps the visible total at or under VISIBLE_CEILING: the browser would evict only
 * if more than 180 − VISIBLE_CEILING = 80 cookies this page cannot see were already there.
 * Past the limit is shown in the pretend browser's jar instead (simulated).
 */
export const MAX_COUNT_PROBES = 20;
export const VISIBLE_CEILING = 100;
/** The smallest per-site limit of current browsers (Chromium and Firefox both evict past 180). */
export const BROWSER_PER_SITE_LIMIT = 180;

/** `stl_probe_n001`, `stl_probe_n002`, … (sorted the same as numbers). */
export function countProbeName(index: number): string {
  return `${PROBE_PREFIX}n${String(index).padStart(3, '0')}`;
}

/** A header that writes one probe cookie, built by the `cookie` package (no concatenation). */
export function probeCookieHeader(name: string, value: string, path: string): string {
  return serialize(name, value, { path, maxAge: PROBE_MAX_AGE_SECONDS, sameSite: 'strict', encode: (text: string) => text });
}

/** A header that deletes a probe cookie: same name and Path, Max-Age=0. */
export function probeDeletionHeader(name: string, path: string): string {
  return serialize(name, '', { path, maxAge: 0, encode: (text: string) => text });
}

/** The value that makes `SIZE_PROBE_NAME` + value exactly `totalBytes` (ASCII, one byte a character). */
export function sizeProbeValue(totalBytes: number): string {
  return 'x'.repeat(Math.max(0, totalBytes - utf8Bytes(SIZE_PROBE_NAME)));
}

/** A binary search over name + value sizes: every size ≤ largestKept stuck, every size ≥ smallestDropped did not. */
export interface SizeSearch {
  readonly largestKept: number;
  readonly smallestDropped: number;
  readonly tried: readonly { readonly bytes: number; readonly kept: boolean }[];
}

export function startSizeSearch(max: number = SIZE_SEARCH_MAX): SizeSearch {
  return { largestKept: utf8Bytes(SIZE_PROBE_NAME), smallestDropped: max + 1, tried: [] };
}

/** The next total size to try, or null when the search has its answer. 4096 and 4097 go first. */
export function nextSizeToTry(search: SizeSearch): number | null {
  const { largestKept, smallestDropped } = search;
  if (smallestDropped - largestKept <= 1) return null;
  for (const hint of [EXPECTED_SIZE_LIMIT, EXPECTED_SIZE_LIMIT + 1]) {
    if (hint > largestKept && hint < smallestDropped) return hint;
  }
  return Math.floor((largestKept + smallestDropped) / 2);
}

export function recordSizeResult(search: SizeSearch, bytes: number, kept: boolean): SizeSearch {
  const tried = [...search.tried, { bytes, kept }];
  return kept
    ? { ...search, largestKept: Math.max(search.largestKept, bytes), tried }
    : { ...search, smallestDropped: Math.min(search.smallestDropped, bytes), tried };
}

/** Upper bound on the number of tries a search needs (for the progress bar). */
export function sizeSearchMaxSteps(max: number = SIZE_SEARCH_MAX): number {
  return 2 + Math.ceil(Math.log2(max));
}

export interface SizeAnswer {
  readonly largestKept: number;
  /** False when even the largest size tried stuck: the limit is at least `largestKept`. */
  readonly exact: boolean;
  /** False when no test cookie stuck at all: cookies are blocked for this page. */
  readonly anyKept: boolean;
}

export function sizeAnswer(search: SizeSearch, max: number = SIZE_SEARCH_MAX): SizeAnswer {
  return { largestKept: search.largestKept, exact: search.smallestDropped <= max, anyKept: search.tried.some((t) => t.kept) };
}

export interface CountPlan {
  /** Cookies visible to this page before the run (the learner's, and ours), not counting old probes. */
  readonly existing: number;
  /** How many probe cookies to write at most. */
  readonly probes: number;
}

/** At most MAX_COUNT_PROBES probe cookies, and never past `ceiling` visible cookies in all. */
export function planCountProbe(existingNames: readonly string[], ceiling = VISIBLE_CEILING): CountPlan {
  const existing = existingNames.filter((name) => !isProbeCookieName(name)).length;
  return { existing, probes: Math.max(0, Math.min(MAX_COUNT_PROBES, ceiling - existing)) };
}

/** `safety-cap`: every probe stuck and we stopped on purpose, far below any browser's limit. */
export type CountStop = 'refused' | 'evicted' | 'safety-cap';

export interface CountAnswer {
  /** Cookies the browser held at once for this page: the learner's plus the probes that stuck. */
  readonly held: number;
  readonly stop: CountStop;
}

/**
 * Names to delete after a run: every probe written now, and any probe cookie an earlier,
 * interrupted run left behind. Only names with the probe prefix; never a learner's cookie.
 */
export function cleanupList(written: readonly string[], visibleNow: readonly string[]): string[] {
  const names = new Set<string>();
  for (const name of [...written, ...visibleNow]) if (isProbeCookieName(name)) names.add(name);
  return [...names];
}

/** Learner cookies (not probes) present before and missing after: they were evicted. */
export function missingAfter(before: readonly string[], after: readonly string[]): string[] {
  const now = new Set(after);
  return before.filter((name) => !isProbeCookieName(name) && !now.has(name));
}
