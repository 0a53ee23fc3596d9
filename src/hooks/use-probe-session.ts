import { useState, useSyncExternalStore } from 'react';
import { createProbeSession, type OpenedProbe, type ProbeSession, type ProbeSessionState, type TabProbeChannel } from '../stores/tab-probe-channel.ts';

/** The tabs this component opened through `channel` and what they reported; one session per mounted component. */
export function useProbeSession<Report extends { readonly probeId: string }, Context>(
  channel: TabProbeChannel<Report>,
  onReport?: (report: Report, probe: OpenedProbe<Context>) => void,
): ProbeSessionState<Report, Context> & Pick<ProbeSession<Report, Context>, 'openWindow' | 'linkHref'> {
  const [session] = useState(() => createProbeSession<Report, Context>(channel, onReport ? { onReport } : {}));
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  return { ...state, openWindow: session.openWindow, linkHref: session.linkHref };
}
