/** An entry as a storage panel shows it. Entry objects are reused while unchanged, so rows can memoise. */
export interface StorageEntry {
  readonly key: string;
  readonly value: string;
}

function indexOfKey(entries: readonly StorageEntry[], key: string): { found: boolean; index: number } {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const midKey = (entries[mid] as StorageEntry).key;
    if (midKey === key) return { found: true, index: mid };
    if (midKey < key) low = mid + 1;
    else high = mid;
  }
  return { found: false, index: low };
}

/** Returns a new array with `key` set to `value` (or removed when `value` is null), or the same array if nothing changed. */
export function withEntry(
  entries: readonly StorageEntry[],
  key: string,
  value: string | null,
): readonly StorageEntry[] {
  const { found, index } = indexOfKey(entries, key);
  if (value === null) {
    if (!found) return entries;
    return [...entries.slice(0, index), ...entries.slice(index + 1)];
  }
  if (found) {
    if ((entries[index] as StorageEntry).value === value) return entries;
    const next = entries.slice();
    next[index] = { key, value };
    return next;
  }
  const next = entries.slice();
  next.splice(index, 0, { key, value });
  return next;
}

/** Builds sorted entries from a full read, reusing unchanged entry objects; returns `previous` if nothing changed. */
export function reconcileEntries(
  previous: readonly StorageEntry[],
  read: ReadonlyMap<string, string>,
): readonly StorageEntry[] {
  const keys = [...read.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let changed = keys.length !== previous.length;
  const next: StorageEntry[] = keys.map((key, i) => {
    const value = read.get(key) as string;
    const old = previous[i];
    if (old && old.key === key && old.value === value) return old;
    changed = true;
    return { key, value };
  });
  return changed ? next : previous;
}

export function entryBytesUtf16(entries: readonly StorageEntry[]): number {
  let total = 0;
  for (const entry of entries) total += (entry.key.length + entry.value.length) * 2;
  return total;
}
