import { splitDocumentCookie } from '../document-cookie.ts';
import { createStableStore } from '../stable-store.ts';
import {
  EXPERIMENT_LOCK,
  experimentKeys,
  isProbeCookieName,
  isQuotaProbeKey,
  type ExperimentName,
} from '../../config/experiment-keys.ts';

/**
 * Makes sure no measuring experiment leaves anything behind, even when its tab closes mid-run:
 * - while it runs it holds a Web Lock and leaves a marker (`stl:experiment-running`);
 * - on `pagehide` (the tab closes, navigates away, or goes into the back/forward cache) it
 *   removes its test data at once and stops;
 * - on every page load, `cleanUpInterruptedRuns` looks for test data (quota probe keys in either
 *   Web Storage area, `stl_probe_` cookies, the marker) and, once no run holds the lock, removes
 *   it and records when (`stl:experiment-leftovers`), so the experiment can say so.
 * It only ever touches names with the experiments' own prefixes. The check on load reads a few
 * keys and `document.cookie` (microseconds) and loads nothing unless something is found.
 */

/** Where experiments leave data; each getter may throw (blocked storage) or be missing. */
export interface ExperimentPlaces {
  readonly localStorage?: () => Storage;
  readonly sessionStorage?: () => Storage;
  readonly cookies?: { read(): string; write(header: string): void };
  /** The Path the probe cookies were written with (the app's base path). */
  readonly cookiePath: string;
  /** `navigator.locks`, when the browser has it (secure contexts). */
  readonly locks?: LockManager | undefined;
  readonly now?: () => number;
}

export interface RunningMarker {
  readonly experiment: ExperimentName;
  readonly startedAt: number;
}

export interface LeftoverRecord {
  /** Which run was interrupted (from its marker), or null when no marker was left. */
  readonly experiment: ExperimentName | null;
  readonly startedAt: number | null;
  readonly removedAt: number;
  /** `load`: found on the next page load; `pagehide`: removed as the page was closed or left. */
  readonly when: 'load' | 'pagehide';
  readonly localKeys: number;
  readonly sessionKeys: number;
  readonly cookies: number;
  /** Characters of test data removed from Web Storage. */
  readonly chars: number;
}

interface Found {
  readonly local: readonly string[];
  readonly session: readonly string[];
  readonly cookies: readonly string[];
  readonly marker: RunningMarker | null;
  readonly markerPresent: boolean;
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function probeKeysIn(get: (() => Storage) | undefined): string[] {
  if (!get) return [];
  return attempt(() => {
    const storage = get();
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key !== null && isQuotaProbeKey(key)) keys.push(key);
    }
    return keys;
  }, []);
}

export function parseRunningMarker(raw: string | null): RunningMarker | null {
  if (raw === null) return null;
  const data: unknown = attempt(() => JSON.parse(raw), null);
  if (typeof data !== 'object' || data === null) return null;
  const { experiment, startedAt } = data as Record<string, unknown>;
  if (experiment !== 'quota-localStorage' && experiment !== 'quota-sessionStorage' && experiment !== 'cookie-limits') return null;
  return typeof startedAt === 'number' ? { experiment, startedAt } : null;
}

export function parseLeftoverRecord(raw: string | null): LeftoverRecord | null {
  if (raw === null) return null;
  const data: unknown = attempt(() => JSON.parse(raw), null);
  if (typeof data !== 'object' || data === null) return null;
  const r = data as Record<string, unknown>;
  const numbers = [r.removedAt, r.localKeys, r.sessionKeys, r.cookies, r.chars];
  if (!numbers.every((n) => typeof n === 'number') || (r.when !== 'load' && r.when !== 'pagehide')) return null;
  const marker = parseRunningMarker(JSON.stringify({ experiment: r.experiment, startedAt: r.startedAt }));
  return {
    experiment: marker?.experiment ?? null,
    startedAt: marker?.startedAt ?? null,
    removedAt: r.removedAt as number,
    when: r.when,
    localKeys: r.localKeys as number,
    sessionKeys: r.sessionKeys as number,
    cookies: r.cookies as number,
    chars: r.chars as number,
  };
}

function find(places: ExperimentPlaces): Found {
  const markerRaw = places.localStorage ? attempt(() => places.localStorage?.().getItem(experimentKeys.running) ?? null, null) : null;
  const cookieNames = places.cookies ? attempt(() => splitDocumentCookie(places.cookies?.read() ?? '').map((pair) => pair.name), []) : [];
  return {
    local: probeKeysIn(places.localStorage),
    session: probeKeysIn(places.sessionStorage),
    cookies: [...new Set(cookieNames.filter(isProbeCookieName))],
    marker: parseRunningMarker(markerRaw),
    markerPresent: markerRaw !== null,
  };
}

const nothing = (found: Found): boolean =>
  found.local.length === 0 && found.session.length === 0 && found.cookies.length === 0 && !found.markerPresent;

function removeKeys(get: (() => Storage) | undefined, keys: readonly string[]): number {
  if (!get || keys.length === 0) return 0;
  return attempt(() => {
    const storage = get();
    let chars = 0;
    for (const key of keys) {
      chars += key.length + (storage.getItem(key)?.length ?? 0);
      storage.removeItem(key);
    }
    return chars;
  }, 0);
}

/** The last cleanup's record, for the experiments to show; null until one happened. */
export const leftoverRecords = createStableStore<LeftoverRecord | null>(null);

export function loadLeftoverRecord(places: Pick<ExperimentPlaces, 'localStorage'>): void {
  const raw = places.localStorage ? attempt(() => places.localStorage?.().getItem(experimentKeys.leftovers) ?? null, null) : null;
  leftoverRecords.set(parseLeftoverRecord(raw));
}

/** Forgets the record (a new run starts: its report replaces the note). */
export function forgetLeftoverRecord(places: Pick<ExperimentPlaces, 'localStorage'>): void {
  attempt(() => places.localStorage?.().removeItem(experimentKeys.leftovers), undefined);
  leftoverRecords.set(null);
}

/**
 * Removes, synchronously, everything found: probe keys, probe cookies (deleted with the same
 * Path, built by `deletionHeader`), the marker; records what and when. Null if nothing was found.
 */
function removeFound(
  places: ExperimentPlaces,
  found: Found,
  when: LeftoverRecord['when'],
  deletionHeader: ((name: string, path: string) => string) | null,
): LeftoverRecord | null {
  if (nothing(found)) return null;
  const chars = removeKeys(places.localStorage, found.local) + removeKeys(places.sessionStorage, found.session);
  let cookiesGone = 0;
  if (deletionHeader && places.cookies && found.cookies.length > 0) {
    for (const name of found.cookies) attempt(() => places.cookies?.write(deletionHeader(name, places.cookiePath)), undefined);
    // Counted from what is really gone: a probe cookie on another Path cannot be deleted from here
    // (it expires by itself within PROBE_MAX_AGE_SECONDS).
    const left = new Set(find({ cookies: places.cookies, cookiePath: places.cookiePath }).cookies);
    cookiesGone = found.cookies.filter((name) => !left.has(name)).length;
  }
  attempt(() => places.localStorage?.().removeItem(experimentKeys.running), undefined);
  if (found.local.length + found.session.length + cookiesGone === 0) return null;
  const record: LeftoverRecord = {
    experiment: found.marker?.experiment ?? null,
    startedAt: found.marker?.startedAt ?? null,
    removedAt: (places.now ?? Date.now)(),
    when,
    localKeys: found.local.length,
    sessionKeys: found.session.length,
    cookies: cookiesGone,
    chars,
  };
  attempt(() => places.localStorage?.().setItem(experimentKeys.leftovers, JSON.stringify(record)), undefined);
  leftoverRecords.set(record);
  return record;
}

/** Waits for the lock (no run in progress in any tab), then calls `task`; without Web Locks, calls it now. */
function whenNoRunHolds<T>(locks: LockManager | undefined, task: () => Promise<T> | T): Promise<T> {
  if (!locks) return Promise.resolve().then(task);
  let started = false;
  const held = async (): Promise<T> => {
    started = true;
    return task();
  };
  // A lock request the browser refuses (an opaque origin) runs the task without it.
  return locks.request(EXPERIMENT_LOCK, held).catch((error: unknown) => {
    if (started) throw error;
    return task();
  });
}

/**
 * Runs on every page load: removes what an interrupted run left. Cheap when there is nothing
 * (the usual case): one scan of each area's keys and one read of `document.cookie`.
 */
export async function cleanUpInterruptedRuns(places: ExperimentPlaces): Promise<LeftoverRecord | null> {
  loadLeftoverRecord(places);
  if (nothing(find(places))) return null;
  return whenNoRunHolds(places.locks, async () => {
    // Looked at again inside the lock: a run that just finished has cleaned up after itself.
    const found = find(places);
    if (nothing(found)) return null;
    const deletion = found.cookies.length > 0 ? (await import('../cookie-limit-probe.ts')).probeDeletionHeader : null;
    return removeFound(places, found, 'load', deletion);
  });
}

export interface GuardedRun<T> {
  readonly experiment: ExperimentName;
  /** Builds the header that deletes a probe cookie (only the cookie experiment, which has it loaded). */
  readonly deletionHeader?: (name: string, path: string) => string;
  readonly run: (signal: AbortSignal) => Promise<T>;
}

/**
 * Runs one experiment holding the lock (a second run, in this tab or another, waits for it) and
 * the marker; on `pagehide` its test data goes at once (synchronously: a closing tab runs no
 * more tasks) and the run is told to stop.
 */
export function runGuarded<T>(places: ExperimentPlaces, events: EventTarget | undefined, guarded: GuardedRun<T>): Promise<T> {
  return whenNoRunHolds(places.locks, async () => {
    forgetLeftoverRecord(places);
    const controller = new AbortController();
    const marker: RunningMarker = { experiment: guarded.experiment, startedAt: (places.now ?? Date.now)() };
    attempt(() => places.localStorage?.().setItem(experimentKeys.running, JSON.stringify(marker)), undefined);
    const onHide = (): void => {
      if (controller.signal.aborted) return;
      controller.abort(new Error('the page was hidden or closed mid-run'));
      removeFound(places, { ...find(places), marker }, 'pagehide', guarded.deletionHeader ?? null);
    };
    events?.addEventListener('pagehide', onHide);
    try {
      return await guarded.run(controller.signal);
    } finally {
      events?.removeEventListener('pagehide', onHide);
      attempt(() => places.localStorage?.().removeItem(experimentKeys.running), undefined);
    }
  });
}
