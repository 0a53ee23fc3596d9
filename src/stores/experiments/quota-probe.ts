import { blockedStorageReason, errorName, isQuotaError } from '../storage-errors.ts';
import { QUOTA_PROBE_PREFIX, isQuotaProbeKey } from '../../config/experiment-keys.ts';

export { QUOTA_PROBE_PREFIX, isQuotaProbeKey };

/**
 * Measures how many characters a Storage (localStorage or sessionStorage) holds, with real
 * writes: grow test values under `stl:quota-probe-*` keys, doubling the step until the browser
 * throws QuotaExceededError, then halving it down to one character. Afterwards it deletes every
 * key with that prefix, and only those. It never calls `clear()` and never writes any other key,
 * so there is nothing of anyone else's to put back: what another tab (or another script) changes
 * meanwhile stands as they left it, and the `storage` event tells us what that was.
 *
 * While the area is full, every other writer on this origin (other tabs of this site, other
 * apps on a shared host) gets QuotaExceededError. So the full-quota window is one task: once the
 * first write is refused, the narrowing writes and the cleanup run back to back, without yielding.
 * (Measured in Chromium: a full window of 2–15 ms, and another tab writing small values every few
 * ms had none refused. Each tab checks the quota against its own copy of the area, which learns of
 * our writes a little later, and the browser process allows 100 KiB over the 10 MiB quota for such
 * races: kPerStorageAreaOverQuotaAllowance in
 * https://source.chromium.org/chromium/chromium/src/+/main:third_party/blink/public/mojom/dom_storage/storage_area.mojom .)
 * Storage is injected so tests can pass a fake that fills up.
 */

/** Chromium: 10 MiB per area, counted as UTF-16 — about 5.2 million characters (keys included). */
export const DOCUMENTED_QUOTA_CHARS = 5 * 1024 * 1024;

export interface QuotaProgress {
  readonly phase: 'growing' | 'narrowing' | 'cleaning';
  /** Characters (keys + values) in the area right now, the learner's and ours. */
  readonly usedChars: number;
  readonly writes: number;
}

/** A change to the area the probe did not make, as a `storage` event reports it. */
export interface ForeignChange {
  /** null: the other side called `clear()`. */
  readonly key: string | null;
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

export type ForeignChangeKind = 'added' | 'changed' | 'removed' | 'cleared';

export function foreignChangeKind(change: ForeignChange): ForeignChangeKind {
  if (change.key === null) return 'cleared';
  if (change.newValue === null) return 'removed';
  return change.oldValue === null ? 'added' : 'changed';
}

export interface QuotaProbeOptions {
  /** Returns the Storage; may throw (blocked storage). */
  readonly storage: () => Storage;
  /**
   * Subscribes to changes other tabs make to this same area (the `storage` event; it never fires
   * for this tab's own writes); returns the unsubscribe function.
   */
  readonly watch?: (onChange: (change: ForeignChange) => void) => () => void;
  readonly onProgress?: (progress: QuotaProgress) => void;
  /** Lets the page paint between writes; tests pass an immediate one. */
  readonly pause?: () => Promise<void>;
  /**
   * Waited for after the cleanup, before the last look: other tabs' changes reach this page's copy
   * of the storage (and its `storage` events) a little later. Defaults to `pause`.
   */
  readonly settle?: () => Promise<void>;
  /** Aborted when the page is hidden or closed mid-run: the run stops and cleans up. */
  readonly signal?: AbortSignal;
  readonly now?: () => number;
  readonly firstStep?: number;
  /** No probe value grows past this; then a new key starts. */
  readonly maxValueChars?: number;
  /** Stop (without an answer) past this many characters, in case a browser never says "full". */
  readonly safetyCapChars?: number;
}

/** One entry that changed during the run, not by the probe; left exactly as it is now. */
export interface ChangedMeanwhile {
  readonly key: string;
  readonly kind: ForeignChangeKind;
  /** True when a `storage` event said another tab did it; false: a script in this page. */
  readonly byOtherTab: boolean;
}

export type QuotaProbeResult =
  | { readonly status: 'blocked'; readonly reason: string }
  | {
      readonly status: 'measured' | 'failed' | 'interrupted';
      /** For `failed` and `interrupted`: what went wrong (not a full quota). */
      readonly reason?: string;
      /** Characters in the area at the limit: everyone's entries plus ours, counted at that moment. */
      readonly totalChars: number;
      /** Characters of other entries (not ours) at that moment. */
      readonly existingChars: number;
      readonly probeChars: number;
      /** False when the safety cap stopped us first: the quota is at least `totalChars`. */
      readonly hitLimit: boolean;
      readonly writes: number;
      readonly keysWritten: number;
      /** Probe keys removed (ours, including leftovers of an interrupted earlier run). */
      readonly deleted: number;
      /** Milliseconds from the first refused write until every probe key was gone (0 if never full). */
      readonly fullWindowMs: number;
      /** Storage events from other tabs during the run, in order. */
      readonly otherTab: readonly ForeignChange[];
      /** Entries other than ours that differ from before the run; none was touched by the probe. */
      readonly changedMeanwhile: readonly ChangedMeanwhile[];
    };

export const quotaProbeKey = (index: number): string => `${QUOTA_PROBE_PREFIX}${index}`;

/** Every entry, or (withProbes false) every entry but ours, which skips reading megabytes of test data. */
function entriesOf(storage: Storage, withProbes = true): Map<string, string> {
  const entries = new Map<string, string>();
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key === null || (!withProbes && isQuotaProbeKey(key))) continue;
    const value = storage.getItem(key);
    if (value !== null) entries.set(key, value);
  }
  return entries;
}

function charsOf(entries: ReadonlyMap<string, string>, probe: boolean): number {
  let total = 0;
  for (const [key, value] of entries) if (isQuotaProbeKey(key) === probe) total += key.length + value.length;
  return total;
}

/** Deletes our keys, every one with the prefix, and nothing else. */
export function removeQuotaProbeKeys(storage: Storage, written: Iterable<string> = []): number {
  const doomed = new Set(written);
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && isQuotaProbeKey(key)) doomed.add(key);
  }
  for (const key of doomed) storage.removeItem(key);
  return doomed.size;
}

function changesSince(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>, otherTab: readonly ForeignChange[]): ChangedMeanwhile[] {
  const byOtherTab = new Set(otherTab.map((change) => change.key));
  const cleared = otherTab.some((change) => change.key === null);
  const changed: ChangedMeanwhile[] = [];
  const note = (key: string, kind: ForeignChangeKind) => changed.push({ key, kind, byOtherTab: cleared || byOtherTab.has(key) });
  for (const [key, value] of before) {
    if (isQuotaProbeKey(key)) continue;
    const now = after.get(key);
    if (now === undefined) note(key, 'removed');
    else if (now !== value) note(key, 'changed');
  }
  for (const key of after.keys()) if (!isQuotaProbeKey(key) && !before.has(key)) note(key, 'added');
  return changed;
}

export async function runQuotaProbe(options: QuotaProbeOptions): Promise<QuotaProbeResult> {
  let storage: Storage;
  let before: Map<string, string>;
  let leftovers: number;
  try {
    storage = options.storage();
    // Leftovers of an interrupted earlier run are ours: they go first, so they are not counted.
    leftovers = removeQuotaProbeKeys(storage);
    before = entriesOf(storage, false);
  } catch (error) {
    return { status: 'blocked', reason: blockedStorageReason('This storage', error) };
  }
  const pause = options.pause ?? (() => Promise.resolve());
  const now = options.now ?? (() => performance.now());
  const maxValue = options.maxValueChars ?? 1024 * 1024;
  const cap = options.safetyCapChars ?? 64 * 1024 * 1024;
  const otherTab: ForeignChange[] = [];
  const unwatch = options.watch?.((change) => {
    if (change.key === null || !isQuotaProbeKey(change.key)) otherTab.push(change);
  });
  const written = new Set<string>();
  let step = Math.min(options.firstStep ?? 64 * 1024, maxValue);
  let index = 0;
  let currentLength = 0;
  let probeChars = 0;
  let hitLimit = false;
  let fullSince: number | null = null;
  let writes = 0;
  let failure: { status: 'failed' | 'interrupted'; reason: string } | null = null;
  let atLimit = before;
  const existingBefore = charsOf(before, false);

  try {
    // Other tabs' entries change under us, so the cap counts ours plus theirs as they were.
    while (step >= 1 && existingBefore + probeChars < cap) {
      if (currentLength + step > maxValue && currentLength > 0) {
        index += 1;
        currentLength = 0;
      }
      const key = quotaProbeKey(index);
      const nextLength = currentLength + step;
      const cost = (currentLength === 0 ? key.length : 0) + step;
      writes += 1;
      try {
        storage.setItem(key, 'x'.repeat(nextLength));
        written.add(key);
        currentLength = nextLength;
        probeChars += cost;
        if (!hitLimit) step = Math.min(step * 2, maxValue);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        hitLimit = true;
        fullSince ??= now();
        step = Math.floor(step / 2);
      }
      options.onProgress?.({ phase: hitLimit ? 'narrowing' : 'growing', usedChars: existingBefore + probeChars, writes });
      // Once full, no yielding: the narrowing and the cleanup finish in this same task.
      if (!hitLimit) {
        await pause();
        if (options.signal?.aborted) {
          failure = { status: 'interrupted', reason: 'The page was hidden or closed mid-run, so the measurement stopped.' };
          break;
        }
      }
    }
    atLimit = entriesOf(storage, false);
  } catch (error) {
    failure = { status: 'failed', reason: `The storage refused a write for another reason (${errorName(error)}), so the measurement stopped.` };
  }
  let deleted: number;
  try {
    deleted = leftovers + removeQuotaProbeKeys(storage, written);
  } catch (error) {
    unwatch?.();
    return { status: 'blocked', reason: `Cleaning up failed (${errorName(error)}); keys starting with ${QUOTA_PROBE_PREFIX} may be left over.` };
  }
  const fullWindowMs = fullSince === null ? 0 : Math.max(0, now() - fullSince);
  options.onProgress?.({ phase: 'cleaning', usedChars: charsOf(atLimit, false) + probeChars, writes });
  // Other tabs' writes made while we ran reach this page a little later (events and values alike).
  await (options.settle ?? pause)();
  unwatch?.();
  const existingChars = charsOf(atLimit, false);
  return {
    status: failure?.status ?? 'measured',
    ...(failure === null ? {} : { reason: failure.reason }),
    totalChars: existingChars + probeChars,
    existingChars,
    probeChars,
    hitLimit,
    writes,
    keysWritten: written.size,
    deleted,
    fullWindowMs,
    otherTab,
    changedMeanwhile: changesSince(before, entriesOf(storage, false), otherTab),
  };
}
