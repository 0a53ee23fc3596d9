import { useSyncExternalStore } from 'react';

/** Shared one-second ticker: runs only while some component is subscribed. */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
/** Date.now() at the last tick; read only while the ticker runs. */
let current = 0;

function subscribeTick(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    current = Date.now();
    timer = setInterval(() => {
      current = Date.now();
      for (const notify of [...listeners]) notify();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

const subscribeNever = (): (() => void) => () => {};
/** Before the ticker starts, the time to the second (stable across the calls of one render). */
const tickTime = (): number => (timer !== null ? current : Math.floor(Date.now() / 1000) * 1000);
const zero = (): number => 0;

/**
 * The current time in ms, updated every second while `ticking` (e.g. while a pretend cookie
 * counts down); 0 when not ticking or while prerendering.
 */
export function usePretendClock(ticking: boolean): number {
  return useSyncExternalStore(ticking ? subscribeTick : subscribeNever, ticking ? tickTime : zero, zero);
}
