import { useEffect, useSyncExternalStore } from 'react';
import { checkRealServer, realServerState, UNKNOWN_SERVER_STATE, type RealServerState } from '../stores/real-server/real-server-status.ts';

const unknownState = (): RealServerState => UNKNOWN_SERVER_STATE;

/**
 * Whether the course's real server answers beside this page (asked once per page, then cached).
 * Small on purpose: a part that only matters with a real server (the Cookies panel's "What the
 * server received") asks this first and loads its own code only then.
 */
export function useRealServer(): RealServerState {
  const state = useSyncExternalStore(realServerState.subscribe, realServerState.getSnapshot, unknownState);
  useEffect(() => {
    void checkRealServer();
  }, []);
  return state;
}
