/**
 * The subscribe half every external store shares: listeners, and a watcher (event listeners,
 * timers) that runs only while at least one listener is subscribed.
 */
export interface WatchedListeners {
  readonly size: number;
  notify(): void;
  subscribe(listener: () => void): () => void;
}

export function createWatchedListeners(hooks: {
  /** Starts watching the browser; returns how to stop. Called for the first listener. */
  readonly start: () => () => void;
  /** Called right after the watcher starts, before anyone is notified. */
  readonly afterStart?: () => void;
}): WatchedListeners {
  const listeners = new Set<() => void>();
  let stop: (() => void) | null = null;
  return {
    get size() {
      return listeners.size;
    },
    notify() {
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        stop = hooks.start();
        hooks.afterStart?.();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stop) {
          stop();
          stop = null;
        }
      };
    },
  };
}
