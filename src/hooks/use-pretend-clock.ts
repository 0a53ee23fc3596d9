import { useSyncExternalStore } from 'react';
import { pretendClock } from '../stores/pretend-clock.ts';

const subscribeNever = (): (() => void) => () => {};
const zero = (): number => 0;

/**
 * The current time in ms, updated every second while `ticking` (e.g. while a pretend cookie
 * counts down); 0 when not ticking or while prerendering.
 */
export function usePretendClock(ticking: boolean): number {
  return useSyncExternalStore(ticking ? pretendClock.subscribe : subscribeNever, ticking ? pretendClock.getSnapshot : zero, zero);
}
