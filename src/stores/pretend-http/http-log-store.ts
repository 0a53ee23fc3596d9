import type { Exchange, ExternalStore } from './http-types.ts';
import { createStableStore } from '../stable-store.ts';

export interface HttpLogStore extends ExternalStore<readonly Exchange[]> {
  append(exchange: Exchange): void;
  clear(): void;
  /** The id for the next exchange: one sequence per log, whichever transport sent it. */
  nextId(): number;
}

const EMPTY: readonly Exchange[] = Object.freeze([]);

/** The HTTP log: every exchange with the pretend server, oldest first. No tough-cookie here. */
export function createHttpLogStore(): HttpLogStore {
  const store = createStableStore<readonly Exchange[]>(EMPTY);
  let next = 1;
  return {
    nextId: () => next++,
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    append(exchange) {
      store.set(Object.freeze([...store.getSnapshot(), exchange]));
    },
    clear() {
      store.set(EMPTY);
    },
  };
}
