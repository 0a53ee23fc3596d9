import { compareEntryProblem } from './compare-keys.ts';
import type { CompareEntry } from '../../config/paths.ts';

/**
 * Notes the compare page leaves for itself across a reload or a closed tab. Each is JSON under
 * one `stl:` key (markerKeys, in compare-keys.ts); anything unreadable is ignored (treated as no
 * marker), never a crash.
 */

export interface ReloadMarker extends CompareEntry {
  readonly experiment: 'reload';
  readonly at: number;
}

export interface ClosedTabMarker extends CompareEntry {
  readonly experiment: 'closed-tab';
  readonly tabId: string;
  readonly at: number;
}

type Marker = ReloadMarker | ClosedTabMarker;

export function serializeMarker(marker: Marker): string {
  return JSON.stringify(marker);
}

export function parseMarker<E extends Marker['experiment']>(raw: string | null, experiment: E): Extract<Marker, { experiment: E }> | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const { name, value, at } = record;
  if (record.experiment !== experiment || typeof name !== 'string' || typeof value !== 'string' || typeof at !== 'number') return null;
  if (compareEntryProblem(name, value) !== null) return null;
  if (experiment === 'closed-tab') {
    if (typeof record.tabId !== 'string') return null;
    return { experiment, name, value, at, tabId: record.tabId } as Extract<Marker, { experiment: E }>;
  }
  return { experiment, name, value, at } as Extract<Marker, { experiment: E }>;
}

export type ClosedTabCheck =
  | { readonly kind: 'none' }
  /** The note was left by this very tab (a reload, or a tab the browser restored with its sessionStorage). */
  | { readonly kind: 'same-tab'; readonly marker: ClosedTabMarker }
  /** A fresh tab: the note is in localStorage, this tab's sessionStorage has a different id or none. */
  | { readonly kind: 'fresh-tab'; readonly marker: ClosedTabMarker };

export function checkClosedTab(markerRaw: string | null, thisTabId: string | null): ClosedTabCheck {
  const marker = parseMarker(markerRaw, 'closed-tab');
  if (marker === null) return { kind: 'none' };
  return marker.tabId === thisTabId ? { kind: 'same-tab', marker } : { kind: 'fresh-tab', marker };
}
