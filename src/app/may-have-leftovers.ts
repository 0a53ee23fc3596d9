import { COOKIE_PROBE_PREFIX, experimentKeys, isQuotaProbeKey } from '../config/experiment-keys.ts';

/** True if `storage` (which may throw: blocked storage) holds a key `matches` accepts. */
function holdsKey(storage: () => Storage, matches: (key: string) => boolean): boolean {
  try {
    const area = storage();
    for (let i = 0; i < area.length; i += 1) {
      const key = area.key(i);
      if (key !== null && matches(key)) return true;
    }
  } catch {
    // Blocked storage holds nothing of ours.
  }
  return false;
}

/**
 * Could an interrupted measurement have left anything here (a quota probe key, a probe cookie,
 * the running marker, or the record of an earlier cleanup for the compare view to show)? Errs on
 * the side of yes (a cookie string merely containing the probe prefix counts): the exact check,
 * and the cleanup, are in src/stores/experiments/experiment-guard.ts, loaded only when this says so.
 * Nothing is read beyond key names and `document.cookie`; nothing is written.
 */
export function mayHaveLeftovers(): boolean {
  const ours = (key: string): boolean => isQuotaProbeKey(key) || key === experimentKeys.running || key === experimentKeys.leftovers;
  let cookies = '';
  try {
    cookies = document.cookie;
  } catch {
    // A sandboxed document may refuse cookie access: then there are no probe cookies either.
  }
  return cookies.includes(COOKIE_PROBE_PREFIX) || holdsKey(() => window.localStorage, ours) || holdsKey(() => window.sessionStorage, isQuotaProbeKey);
}
