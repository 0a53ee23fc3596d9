import { appKeys } from './app-keys.ts';

/**
 * How a tab opened by a demo tells the tab that opened it what it sees. The new tab reads its own
 * storage and sends the values in the message (a BroadcastChannel message can arrive before
 * another tab could read a fresh localStorage value, so the values travel with it).
 */
export const PROBE_HASH_PREFIX = '#stl-probe=';

export interface ProbeReport {
  readonly probeId: string;
  readonly sessionEntries: number;
  readonly draft: string | null;
  readonly favColor: string | null;
  readonly hasOpener: boolean;
}

export function newProbeId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function probeIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PROBE_HASH_PREFIX)) return null;
  const id = hash.slice(PROBE_HASH_PREFIX.length);
  return /^[0-9a-f]{12}$/.test(id) ? id : null;
}

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function count(storage: () => Storage): number {
  try {
    return storage().length;
  } catch {
    return 0;
  }
}

/** In a probed tab: read what this tab has and tell the opener. Returns the report, or null if not probed. */
export function reportThisTab(win: Window): ProbeReport | null {
  const probeId = probeIdFromHash(win.location.hash);
  if (probeId === null) return null;
  const report: ProbeReport = {
    probeId,
    sessionEntries: count(() => win.sessionStorage),
    draft: read(() => win.sessionStorage, appKeys.draft),
    favColor: read(() => win.localStorage, appKeys.favColor),
    hasOpener: win.opener !== null,
  };
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(appKeys.probeChannel);
    channel.postMessage(report);
    channel.close();
  }
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

/** In the opening tab: receive reports for the probes it started. */
export function listenForReports(onReport: (report: ProbeReport) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(appKeys.probeChannel);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isReport(event.data)) onReport(event.data);
  };
  return () => channel.close();
}
