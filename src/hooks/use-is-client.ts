import { useSyncExternalStore } from 'react';

const subscribeNever = (): (() => void) => () => {};

/** False while prerendering and during hydration, true after: keeps browser-only text out of the server HTML. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
