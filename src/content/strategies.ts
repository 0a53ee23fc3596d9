import { PANEL_NAMES, type PanelId } from '../config/mechanisms.ts';
import type { LessonSlug } from './types.ts';

/**
 * One table of facts about each browser-side mechanism, shared by the panels, the compare view and
 * the lessons. `name` is the panel's accessible name (CONTRACT.md).
 */
export interface StrategyFacts {
  readonly name: string;
  readonly lives: string;
  readonly lifetime: string;
  readonly scope: string;
  readonly capacity: string;
  readonly sentToServer: string;
  readonly readableByJs: string;
  readonly setBy: string;
  readonly lesson: LessonSlug;
  readonly editable: boolean;
}

/** The columns of the comparison table (the lecture's), in order, with their headings. */
export const FACT_KEYS = ['lifetime', 'scope', 'capacity', 'sentToServer', 'readableByJs', 'setBy'] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export const factLabels: Record<FactKey, string> = {
  lifetime: 'Lifetime',
  scope: 'Scope',
  capacity: 'Capacity',
  sentToServer: 'Sent to the server',
  readableByJs: 'Readable by JS',
  setBy: 'Set by',
};

export const strategies: Record<PanelId, StrategyFacts> = {
  query: {
    name: PANEL_NAMES.query,
    lives: 'the URL after "?"',
    lifetime: 'as long as links and forms carry it',
    scope: 'this URL',
    capacity: 'a few KB in practice (URL length limits)',
    sentToServer: 'yes, as part of the request',
    readableByJs: 'yes (location.search)',
    setBy: 'links, GET forms, the address bar',
    lesson: 'query-params',
    editable: false,
  },
  path: {
    name: PANEL_NAMES.path,
    lives: 'the URL path segments',
    lifetime: 'as long as links carry it',
    scope: 'this URL',
    capacity: 'a few KB in practice',
    sentToServer: 'yes, as part of the request',
    readableByJs: 'yes (location.pathname)',
    setBy: 'links, the address bar, the router',
    lesson: 'url-path',
    editable: false,
  },
  localStorage: {
    name: PANEL_NAMES.localStorage,
    lives: 'the browser, per origin',
    // Safari: script-writable storage deleted after 7 days of use without a visit, https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/
    lifetime: 'until removed or site data is cleared (Safari: 7 days of use without a visit)',
    scope: 'every tab of this origin',
    // 5,242,880 characters in Chromium (10 MiB of UTF-16) and Firefox (5 MiB quota counted in characters):
    // https://developer.mozilla.org/en-US/docs/Web/API/Storage_API/Storage_quotas_and_eviction_criteria#web_storage
    capacity: 'about 5.2 million characters per origin (Chromium, Firefox)',
    sentToServer: 'never',
    readableByJs: 'yes, by any script on the origin',
    setBy: 'page JavaScript',
    lesson: 'local-storage',
    editable: true,
  },
  sessionStorage: {
    name: PANEL_NAMES.sessionStorage,
    lives: 'the browser, per tab and origin',
    lifetime: 'until the tab closes (survives reloads)',
    scope: 'this tab only; window.open copies it',
    capacity: 'about 5.2 million characters per origin (Chromium, Firefox)',
    sentToServer: 'never',
    readableByJs: 'yes, by any script in this tab',
    setBy: 'page JavaScript',
    lesson: 'session-storage',
    editable: true,
  },
  cookies: {
    name: PANEL_NAMES.cookies,
    lives: 'the browser, per host (or Domain) and path',
    lifetime: 'the browser session, or until Expires / Max-Age (≤ 400 days)',
    scope: 'every tab; requests matching domain and path',
    // 180 per site: Chromium kDomainMaxCookies, Firefox network.cookie.maxPerHost (sources in src/lessons/cookie-options/lesson.ts)
    capacity: '4096 bytes each (name + value), 180 per site',
    sentToServer: 'yes, with every matching request',
    readableByJs: 'yes, unless HttpOnly',
    setBy: 'the server (Set-Cookie) or page JavaScript',
    lesson: 'cookies',
    editable: true,
  },
};

/** The comparison as lesson table rows: one row per fact, one column per store (same facts as /compare). */
export function comparisonTable(ids: readonly PanelId[]): { head: string[]; rows: string[][] } {
  return {
    head: ['', ...ids.map((id) => strategies[id].name)],
    rows: FACT_KEYS.map((fact) => [factLabels[fact], ...ids.map((id) => strategies[id][fact])]),
  };
}
