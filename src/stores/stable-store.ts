/** A store React can read with `useSyncExternalStore`. */
export interface ExternalStore<T> {
  subscribe(listener: () => void): () => void;
  /** Returns the same object until something changes. */
  getSnapshot(): T;
}

export interface StableStore<T> extends ExternalStore<T> {
  /** Replaces the snapshot and notifies listeners, unless `equals` says nothing changed. */
  set(next: T): void;
}

/**
 * The smallest store `useSyncExternalStore` can use: `getSnapshot` returns the same value
 * until `set` is given something different.
 */
export function createStableStore<T>(initial: T, equals: (a: T, b: T) => boolean = Object.is): StableStore<T> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    set(next) {
      if (equals(snapshot, next)) return;
      snapshot = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
