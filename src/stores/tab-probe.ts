import { appKeys } from '../config/app-keys.ts';
import { safeStorage } from './safe-storage.ts';
import { createTabProbeChannel } from './tab-probe-channel.ts';

/** The sessionStorage lab's probe (tab-probe-channel.ts): what a tab it opened finds in its own storage. */
export interface ProbeReport {
  readonly probeId: string;
  readonly sessionEntries: number;
  readonly draft: string | null;
  readonly favColor: string | null;
  readonly hasOpener: boolean;
}

/** In a probed tab: read what this tab has and tell the opener. Returns the report, or null if not probed. */
export function reportThisTab(win: Window): ProbeReport | null {
  const probeId = labProbe.idFromHash(win.location.hash);
  if (probeId === null) return null;
  const session = safeStorage('sessionStorage', () => win.sessionStorage);
  const report: ProbeReport = {
    probeId,
    sessionEntries: session.keys().length,
    draft: session.getItem(appKeys.draft),
    favColor: safeStorage('localStorage', () => win.localStorage).getItem(appKeys.favColor),
    hasOpener: win.opener !== null,
  };
  labProbe.send(report);
  return report;
}

function isReport(data: unknown): data is ProbeReport {
  return (
    typeof data === 'object' &&
    data !== null &&
    'probeId' in data &&
    typeof data.probeId === 'string' &&
    'sessionEntries' in data &&
    typeof data.sessionEntries === 'number'
  );
}

/** The sessionStorage lab's channel: its opener side is createProbeSession (tab-probe-channel.ts). */
export const labProbe = createTabProbeChannel<ProbeReport>({ hashPrefix: '#stl-probe=', channel: appKeys.probeChannel, isReport });
