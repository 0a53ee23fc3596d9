import { APP_COOKIE_PREFIX } from './app-keys.ts';

/**
 * The names the measuring experiments write under (app-owned, beside app-keys.ts), so the
 * cleanup that runs on every page load can recognise leftovers without loading the experiments.
 */
export const QUOTA_PROBE_PREFIX = 'stl:quota-probe-';
export const COOKIE_PROBE_PREFIX = `${APP_COOKIE_PREFIX}probe_`;

export const experimentKeys = {
  /** localStorage: `{ experiment, startedAt }` while a measurement runs; removed when it ends. */
  running: 'stl:experiment-running',
  /** localStorage: what the last cleanup of an interrupted run removed, and when. */
  leftovers: 'stl:experiment-leftovers',
} as const;

/**
 * A Web Lock held by the tab that is measuring (https://developer.mozilla.org/en-US/docs/Web/API/Web_Locks_API;
 * Chrome 69, Firefox 96, Safari 15.4; secure contexts). The browser releases it when that tab
 * closes, so another tab can tell "leftovers of a closed tab" from "a run in progress".
 */
export const EXPERIMENT_LOCK = 'stl:experiment';

export type ExperimentName = 'quota-localStorage' | 'quota-sessionStorage' | 'cookie-limits';

export const experimentLabels: Record<ExperimentName, string> = {
  'quota-localStorage': 'the localStorage quota measurement',
  'quota-sessionStorage': 'the sessionStorage quota measurement',
  'cookie-limits': 'the cookie limit measurement',
};

export const isQuotaProbeKey = (key: string): boolean => key.startsWith(QUOTA_PROBE_PREFIX);
export const isProbeCookieName = (name: string): boolean => name.startsWith(COOKIE_PROBE_PREFIX);
