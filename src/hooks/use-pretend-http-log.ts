import { useSyncExternalStore } from 'react';
import type { Exchange } from '../stores/pretend-http/http-types.ts';
import { pageHttpLog } from '../stores/pretend-http/page-pretend-browser.ts';

const clear = (): void => pageHttpLog.clear();

/** Every exchange with the pretend server on this page, oldest first. */
export function useHttpLog(): { readonly exchanges: readonly Exchange[]; readonly clear: () => void } {
  const exchanges = useSyncExternalStore(pageHttpLog.subscribe, pageHttpLog.getSnapshot, pageHttpLog.getSnapshot);
  return { exchanges, clear };
}
