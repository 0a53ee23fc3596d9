import { useEffect, useState } from 'react';
import { COMPARE_PROBE_HASH } from '../../stores/experiments/compare-keys.ts';
import { lazyView } from '../ui/lazy-view.tsx';

// Its own chunk: only a tab the new-tab experiment opened loads it.
const LazyProbeReport = lazyView('ProbeReport', () => import('./probe-report.tsx').then((m) => m.ProbeReport), null);

/**
 * In a tab opened by the new-tab experiment (its URL's hash carries a probe id): the report it
 * sends the opening tab and shows here. Decided after hydration, as the prerendered page has no
 * hash; every other tab renders nothing and loads nothing.
 */
export function CompareProbeReporter() {
  const [probeTab, setProbeTab] = useState(false);
  useEffect(() => setProbeTab(window.location.hash.startsWith(COMPARE_PROBE_HASH)), []);
  return probeTab ? <LazyProbeReport /> : null;
}
