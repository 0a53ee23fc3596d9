import { createExternalStore } from './stable-store.ts';

let ticking = false;
/** Date.now() at the last tick; read only while the ticker runs. */
let tickAt = 0;

/**
 * The time in ms for countdowns (a pretend cookie's Max-Age), one shared ticker that runs only
 * while someone is subscribed. Before it starts, the time to the second, so repeated reads during
 * one render agree.
 */
export const pretendClock = createExternalStore<number>({
  read: () => (ticking ? tickAt : Math.floor(Date.now() / 1000) * 1000),
  watch: (changed) => {
    ticking = true;
    tickAt = Date.now();
    const timer = setInterval(() => {
      tickAt = Date.now();
      changed();
    }, 1000);
    return () => {
      clearInterval(timer);
      ticking = false;
    };
  },
});
