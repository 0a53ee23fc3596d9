import { PANEL_IDS, type PanelId } from '../../config/mechanisms.ts';
import { createTabProbeChannel, newProbeId } from '../tab-probe-channel.ts';
import { COMPARE_PROBE_HASH } from './compare-keys.ts';
import { readEverywhere, type FoundValues, type TabView } from './read-everywhere.ts';

/**
 * The compare page's tab probe (tab-probe-channel.ts): a tab opened by an experiment reads all
 * five stores for the name and sends what it found.
 */

export interface CompareProbeReport {
  readonly probeId: string;
  readonly name: string;
  readonly found: FoundValues;
  readonly hasOpener: boolean;
}

export { newProbeId };


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

/** The compare page's channel: its opener side is createProbeSession (tab-probe-channel.ts). */
export const compareProbe = createTabProbeChannel<CompareProbeReport>({
  hashPrefix: COMPARE_PROBE_HASH,
  channel: 'stl:compare-probe',
  isReport: isCompareProbeReport,
});

export const compareProbeIdFromHash = compareProbe.idFromHash;
export const sendCompareProbeReport = compareProbe.send;
