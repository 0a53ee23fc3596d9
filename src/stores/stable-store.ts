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

export interface WatchedStore<T> extends StableStore<T> {
  /** How many listeners are subscribed (the watcher runs while there is at least one). */
  readonly size: number;
  /** Reads again (`read`) and publishes the result if it differs. */
  refresh(): void;
  /** The last snapshot without reading anything (undefined before the first read): for `read` itself to reuse. */
  peek(): T | undefined;
}

export interface StoreOptions<T> {
  /** Reads the current value from the browser. Without it the store only changes by `set`. */
  readonly read?: () => T;
  /** The value before the first read (and the only source of values without `read`). */
  readonly initial?: T;
  /**
   * Starts watching for changes (events, signals, timers) when the first listener subscribes;
   * calls `changed` whenever the value may differ; returns how to stop after the last unsubscribes.
   */
  readonly watch?: (changed: () => void) => () => void;
  /** When two values count as the same snapshot (default Object.is): `set` and `refresh` then keep the old one. */
  readonly equals?: (a: T, b: T) => boolean;
}

/**
 * The one store kernel every external store is built on (Web Storage, cookies, the service
 * worker, the codec loader, the clock, probe reports, compare results, the pretend server's jar
 * and log): `getSnapshot` returns the same value until `read` or `set` gives something different
 * (react.dev's useSyncExternalStore reference); the watcher runs only while someone listens, and
 * while nobody does, `getSnapshot` reads afresh so a late subscriber never sees stale data.
 */
export function createExternalStore<T>(options: StoreOptions<T>): WatchedStore<T> {
  const { read, watch } = options;
  const equals = options.equals ?? Object.is;
  const listeners = new Set<() => void>();
  let stop: (() => void) | null = null;
  let hasValue = !read;
  let snapshot = options.initial as T;

  /** A fresh read, kept only if it differs from what React already holds. */
  const take = (next: T): boolean => {
    if (hasValue && equals(snapshot, next)) return false;
    const first = !hasValue;
    snapshot = next;
    hasValue = true;
    return !first;
  };
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const set = (next: T): void => {
    if (take(next)) notify();
  };
  const refresh = (): void => {
    if (read) set(read());
  };

  return {
    get size() {
      return listeners.size;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        stop = watch ? watch(refresh) : null;
        // Catch up with changes made while nobody watched; the very first read notifies no one.
        refresh();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stop) {
          stop();
          stop = null;
        }
      };
    },
    getSnapshot() {
      if (read && (!hasValue || listeners.size === 0)) take(read());
      return snapshot;
    },
    set,
    refresh,
    peek: () => (hasValue ? snapshot : undefined),
  };
}

/**
 * The smallest store `useSyncExternalStore` can use: `getSnapshot` returns the same value
 * until `set` is given something different.
 */
export function createStableStore<T>(initial: T, equals: (a: T, b: T) => boolean = Object.is): StableStore<T> {
  return createExternalStore({ initial, equals });
}
