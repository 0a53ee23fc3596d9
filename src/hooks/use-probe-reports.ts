import { useEffect, useState } from 'react';
import { listenForReports, type ProbeReport } from '../stores/tab-probe.ts';

/** Reports from tabs this page opened, newest last. */
export function useProbeReports(): readonly ProbeReport[] {
  const [reports, setReports] = useState<readonly ProbeReport[]>([]);
  useEffect(() => listenForReports((report) => setReports((previous) => [...previous, report])), []);
  return reports;
}
