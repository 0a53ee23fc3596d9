import { PANEL_IDS, type PanelId } from '../../content/types.ts';
import { newProbeId } from '../tab-probe.ts';
import { readEverywhere, type FoundValues, type TabView } from './read-everywhere.ts';

/**
 * The tab-probe mechanism (src/stores/tab-probe.ts) for the compare page: a tab opened by an
 * experiment reads all five stores for the name and sends the values in its BroadcastChannel
 * message (the message can outrun a fresh localStorage write, so values travel with it). Its own
 * hash prefix and channel, so the sessionStorage lab's banner does not claim these tabs.
 */
export const COMPARE_PROBE_HASH_PREFIX = '#stl-compare-probe=';
export const COMPARE_PROBE_CHANNEL = 'stl:compare-probe';

export type OpenedHow = 'link' | 'window.open';

export interface CompareProbeReport {
  readonly probeId: string;
  readonly name: string;
  readonly found: FoundValues;
  readonly hasOpener: boolean;
}

export { newProbeId };

export function compareProbeIdFromHash(hash: string): string | null {
  if (!hash.startsWith(COMPARE_PROBE_HASH_PREFIX)) return null;
  const id = hash.slice(COMPARE_PROBE_HASH_PREFIX.length);
  return /^[0-9a-f]{12}$/.test(id) ? id : null;
}

export function buildCompareProbeReport(probeId: string, name: string, view: TabView, hasOpener: boolean): CompareProbeReport {
  return { probeId, name, found: readEverywhere(view, name), hasOpener };
}

function isFound(data: unknown): data is FoundValues {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return PANEL_IDS.every((id: PanelId) => record[id] === null || typeof record[id] === 'string');
}

export function isCompareProbeReport(data: unknown): data is CompareProbeReport {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return typeof record.probeId === 'string' && typeof record.name === 'string' && typeof record.hasOpener === 'boolean' && isFound(record.found);
}

export function sendCompareProbeReport(report: CompareProbeReport): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(COMPARE_PROBE_CHANNEL);
  channel.postMessage(report);
  channel.close();
}

export function listenForCompareReports(onReport: (report: CompareProbeReport) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(COMPARE_PROBE_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isCompareProbeReport(event.data)) onReport(event.data);
  };
  return () => channel.close();
}
