import { onScriptStorageWrite } from './same-tab-writes.ts';
import { createExternalStore } from './stable-store.ts';
import type { WriteResult } from './result.ts';
import { safeStorage } from './safe-storage.ts';
import { reconcileEntries, withEntry, type StorageEntry } from './sorted-entries.ts';
import { blockedStorageReason } from './storage-errors.ts';

export type StorageArea = 'localStorage' | 'sessionStorage';

export type StorageSnapshot =
  | { readonly status: 'pending' }
  | { readonly status: 'unavailable'; readonly reason: string }
  | { readonly status: 'ok'; readonly entries: readonly StorageEntry[]; readonly usedBytes: number };

export interface WebStorageStore {
  readonly area: StorageArea;
  subscribe(listener: () => void): () => void;
  getSnapshot(): StorageSnapshot;
  getServerSnapshot(): StorageSnapshot;
  setItem(key: string, value: string): WriteResult;
  removeItem(key: string): WriteResult;
  /** Re-reads everything: catches property-style writes and DevTools edits. */
  refresh(): void;
}

export interface WebStorageEnvironment {
  /** Where `storage`, `focus` and `visibilitychange` events arrive (the window); read when watching starts. */
  readonly events?: () => EventTarget | undefined;
  /**
   * How often to look again while someone is watching and the page is visible, for the writes no
   * event reports (property-style `localStorage.x = 1`, DevTools edits). It compares what is stored
   * with the snapshot first and rebuilds only when they differ. 0 turns it off.
   */
  readonly pollMs?: number;
}

const PENDING: StorageSnapshot = { status: 'pending' };

/** One key's value in a snapshot, or null (absent, or storage not readable). */
export function valueIn(snapshot: StorageSnapshot, key: string): string | null {
  return snapshot.status === 'ok' ? (snapshot.entries.find((entry) => entry.key === key)?.value ?? null) : null;
}

const shownValues = new WeakMap<readonly StorageEntry[], ReadonlyMap<string, string>>();

/** A snapshot's entries as a map, built once per snapshot (snapshots never change). */
function valuesByKey(entries: readonly StorageEntry[]): ReadonlyMap<string, string> {
  let map = shownValues.get(entries);
  if (!map) {
    map = new Map(entries.map((entry) => [entry.key, entry.value]));
    shownValues.set(entries, map);
  }
  return map;
}

export function createWebStorageStore(
  area: StorageArea,
  resolveStorage: () => Storage,
  environment: WebStorageEnvironment = {},
): WebStorageStore {
  const store = createExternalStore<StorageSnapshot>({ read: readAll, watch: () => watch() });
  const current = (): StorageSnapshot | undefined => store.peek();
  const safe = safeStorage(area, resolveStorage);

  function openStorage(): { storage: Storage } | { reason: string } {
    try {
      return { storage: resolveStorage() };
    } catch (error) {
      return { reason: blockedStorageReason(area, error) };
    }
  }

  const publish = (next: StorageSnapshot): void => store.set(next);

  function readAll(): StorageSnapshot {
    const snapshot = current();
    const opened = openStorage();
    if ('reason' in opened) {
      return snapshot?.status === 'unavailable' && snapshot.reason === opened.reason
        ? snapshot
        : { status: 'unavailable', reason: opened.reason };
    }
    const read = new Map<string, string>();
    try {
      const { storage } = opened;
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key === null) continue;
        const value = storage.getItem(key);
        if (value !== null) read.set(key, value);
      }
    } catch (error) {
      return { status: 'unavailable', reason: blockedStorageReason(area, error) };
    }
    const previous = snapshot?.status === 'ok' ? snapshot.entries : [];
    const entries = reconcileEntries(previous, read);
    if (snapshot?.status === 'ok' && entries === snapshot.entries) return snapshot;
    let usedBytes = 0;
    for (const entry of entries) usedBytes += (entry.key.length + entry.value.length) * 2;
    return { status: 'ok', entries, usedBytes };
  }

  function refresh(): void {
    store.refresh();
  }

  /** The poll's cheap look: true when every stored key and value is what the snapshot already shows. */
  function storedAsShown(): boolean {
    const snapshot = current();
    if (snapshot?.status !== 'ok') return false;
    const opened = openStorage();
    if ('reason' in opened) return false;
    try {
      const { storage } = opened;
      if (storage.length !== snapshot.entries.length) return false;
      const shown = valuesByKey(snapshot.entries);
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key === null || shown.get(key) !== storage.getItem(key)) return false;
      }
      return true;
    } catch {
      return false;
    }
  }

  function poll(): void {
    const page = environment.events?.() as { document?: Document } | undefined;
    if (page?.document?.visibilityState === 'hidden') return; // visibilitychange re-reads on return
    if (!storedAsShown()) refresh();
  }

  /** One key changed and we know its new value: update without re-reading everything. */
  function applyKnownChange(key: string, value: string | null): void {
    const snapshot = current();
    if (snapshot?.status !== 'ok') {
      refresh();
      return;
    }
    const entries = withEntry(snapshot.entries, key, value);
    if (entries === snapshot.entries) return;
    const before = snapshot.entries.find((entry) => entry.key === key);
    const beforeBytes = before ? (before.key.length + before.value.length) * 2 : 0;
    const afterBytes = value === null ? 0 : (key.length + value.length) * 2;
    publish({ status: 'ok', entries, usedBytes: snapshot.usedBytes - beforeBytes + afterBytes });
  }

  function readKey(storage: Storage, key: string): void {
    let value: string | null;
    try {
      value = storage.getItem(key);
    } catch {
      refresh();
      return;
    }
    applyKnownChange(key, value);
  }

  function ownsStorage(storage: Storage | null): boolean {
    const opened = openStorage();
    return 'storage' in opened && opened.storage === storage;
  }

  function watch(): () => void {
    const events = environment.events?.();
    const stopScriptWrites = onScriptStorageWrite((storage, key) => {
      if (!ownsStorage(storage)) return;
      if (key === null) refresh();
      else readKey(storage, key);
    });
    const onStorageEvent = (event: Event): void => {
      const storageEvent = event as StorageEvent;
      if (!ownsStorage(storageEvent.storageArea)) return;
      if (storageEvent.key === null) refresh();
      else applyKnownChange(storageEvent.key, storageEvent.newValue);
    };
    const onWake = (): void => refresh();
    events?.addEventListener('storage', onStorageEvent);
    events?.addEventListener('focus', onWake);
    events?.addEventListener('visibilitychange', onWake);
    const pollMs = environment.pollMs ?? 0;
    const timer = pollMs > 0 ? setInterval(poll, pollMs) : null;
    return () => {
      stopScriptWrites();
      events?.removeEventListener('storage', onStorageEvent);
      events?.removeEventListener('focus', onWake);
      events?.removeEventListener('visibilitychange', onWake);
      if (timer !== null) clearInterval(timer);
    };
  }

  /** Writes through the one defensive helper; then shows the change (a fake Storage in tests is not patched). */
  function write(key: string, result: WriteResult): WriteResult {
    const opened = openStorage();
    if (result.status === 'ok' && 'storage' in opened) readKey(opened.storage, key);
    return result;
  }

  const usedBytes = (): number => {
    const snapshot = current();
    return snapshot?.status === 'ok' ? snapshot.usedBytes : 0;
  };

  return {
    area,
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    getServerSnapshot: () => PENDING,
    setItem(key, value) {
      return write(key, safe.setItem(key, value, usedBytes()));
    },
    removeItem(key) {
      return write(key, safe.removeItem(key));
    },
    refresh,
  };
}
