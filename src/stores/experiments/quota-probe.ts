import { blockedStorageReason, errorName, isQuotaError } from '../storage-errors.ts';

/**
 * Measures how many characters a Storage (localStorage or sessionStorage) holds, with real
 * writes: grow test values under `stl:quota-probe-*` keys, doubling the step until the browser
 * throws QuotaExceededError, then halving it down to one character. Afterwards it deletes every
 * key with that prefix, and only those, and puts back any entry of the learner's that changed.
 * It never calls `clear()`. Storage is injected so tests can pass a fake that fills up.
 */
export const QUOTA_PROBE_PREFIX = 'stl:quota-probe-';

/** Chromium: 10 MiB per area, counted as UTF-16 — about 5.2 million characters (keys included). */
export const DOCUMENTED_QUOTA_CHARS = 5 * 1024 * 1024;

export interface QuotaProgress {
  readonly phase: 'growing' | 'narrowing' | 'cleaning';
  /** Characters (keys + values) in the area right now, the learner's and ours. */
  readonly usedChars: number;
  readonly writes: number;
}

export interface QuotaProbeOptions {
  /** Returns the Storage; may throw (blocked storage). */
  readonly storage: () => Storage;
  readonly onProgress?: (progress: QuotaProgress) => void;
  /** Lets the page paint between writes; tests pass an immediate one. */
  readonly pause?: () => Promise<void>;
  readonly firstStep?: number;
  /** No probe value grows past this; then a new key starts. */
  readonly maxValueChars?: number;
  /** Stop (without an answer) past this many characters, in case a browser never says "full". */
  readonly safetyCapChars?: number;
}

export type QuotaProbeResult =
  | { readonly status: 'blocked'; readonly reason: string }
  | {
      readonly status: 'measured' | 'failed';
      /** For `failed`: what went wrong (not a full quota). */
      readonly reason?: string;
      /** Characters in the area at the limit: the learner's entries plus ours. */
      readonly totalChars: number;
      readonly existingChars: number;
      readonly probeChars: number;
      /** False when the safety cap stopped us first: the quota is at least `totalChars`. */
      readonly hitLimit: boolean;
      readonly writes: number;
      readonly keysWritten: number;
      /** Probe keys removed (ours, including leftovers of an interrupted earlier run). */
      readonly deleted: number;
      /** The learner's entries that had changed and were put back. */
      readonly restored: readonly string[];
      /** The learner's entries that could not be put back (should be none). */
      readonly lost: readonly string[];
    };

export const isQuotaProbeKey = (key: string): boolean => key.startsWith(QUOTA_PROBE_PREFIX);
export const quotaProbeKey = (index: number): string => `${QUOTA_PROBE_PREFIX}${index}`;

function entriesOf(storage: Storage): Map<string, string> {
  const entries = new Map<string, string>();
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key === null) continue;
    const value = storage.getItem(key);
    if (value !== null) entries.set(key, value);
  }
  return entries;
}

function charsOf(entries: ReadonlyMap<string, string>): number {
  let total = 0;
  for (const [key, value] of entries) if (!isQuotaProbeKey(key)) total += key.length + value.length;
  return total;
}

/** Deletes our keys (and only ours), then puts back what the learner had. */
function cleanUp(storage: Storage, written: ReadonlySet<string>, before: ReadonlyMap<string, string>) {
  const doomed = new Set(written);
  for (const key of entriesOf(storage).keys()) if (isQuotaProbeKey(key)) doomed.add(key);
  for (const key of doomed) storage.removeItem(key);
  const restored: string[] = [];
  const lost: string[] = [];
  for (const [key, value] of before) {
    if (isQuotaProbeKey(key) || storage.getItem(key) === value) continue;
    try {
      storage.setItem(key, value);
      restored.push(key);
    } catch {
      lost.push(key);
    }
  }
  return { deleted: doomed.size, restored, lost };
}

export async function runQuotaProbe(options: QuotaProbeOptions): Promise<QuotaProbeResult> {
  let storage: Storage;
  let before: Map<string, string>;
  try {
    storage = options.storage();
    before = entriesOf(storage);
  } catch (error) {
    return { status: 'blocked', reason: blockedStorageReason('This storage', error) };
  }
  const pause = options.pause ?? (() => Promise.resolve());
  const maxValue = options.maxValueChars ?? 1024 * 1024;
  const cap = options.safetyCapChars ?? 64 * 1024 * 1024;
  const existingChars = charsOf(before);
  const written = new Set<string>();
  let step = Math.min(options.firstStep ?? 64 * 1024, maxValue);
  let index = 0;
  let currentLength = 0;
  let probeChars = 0;
  let hitLimit = false;
  let writes = 0;
  let failure: string | null = null;

  try {
    while (step >= 1 && existingChars + probeChars < cap) {
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
        step = Math.floor(step / 2);
      }
      options.onProgress?.({ phase: hitLimit ? 'narrowing' : 'growing', usedChars: existingChars + probeChars, writes });
      await pause();
    }
  } catch (error) {
    failure = `The storage refused a write for another reason (${errorName(error)}), so the measurement stopped.`;
  } finally {
    options.onProgress?.({ phase: 'cleaning', usedChars: existingChars + probeChars, writes });
  }
  let cleanup: ReturnType<typeof cleanUp>;
  try {
    cleanup = cleanUp(storage, written, before);
  } catch (error) {
    return { status: 'blocked', reason: `Cleaning up failed (${errorName(error)}); keys starting with ${QUOTA_PROBE_PREFIX} may be left over.` };
  }
  return {
    status: failure === null ? 'measured' : 'failed',
    ...(failure === null ? {} : { reason: failure }),
    totalChars: existingChars + probeChars,
    existingChars,
    probeChars,
    hitLimit,
    writes,
    keysWritten: written.size,
    ...cleanup,
  };
}
