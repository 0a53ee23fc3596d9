/**
 * Registers the service worker (production builds only) and tracks whether a new version is
 * waiting, so the page can offer to update instead of switching code under the learner's feet.
 */
import { createExternalStore } from './stable-store.ts';

export type UpdateState = 'none' | 'waiting';

const state = createExternalStore<UpdateState>({ initial: 'none' });
let waiting: ServiceWorker | null = null;

function setWaiting(worker: ServiceWorker | null): void {
  waiting = worker;
  state.set(worker ? 'waiting' : 'none');
}

export const serviceWorkerUpdates = {
  subscribe: state.subscribe,
  getSnapshot: state.getSnapshot,
  getServerSnapshot: (): UpdateState => 'none',
  /** Lets the waiting version take over; the page reloads when it does. */
  applyUpdate(): void {
    waiting?.postMessage('stl:skip-waiting');
  },
};

export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) window.location.reload();
  });
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      if (registration.waiting && hadController) setWaiting(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) setWaiting(installing);
        });
      });
    })
    .catch(() => {
      /* offline support is a bonus: the course works without it */
    });
}
