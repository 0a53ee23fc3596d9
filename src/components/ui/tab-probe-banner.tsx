import { useEffect, useState } from 'react';
import type { ProbeReport } from '../../stores/tab-probe.ts';

/** In a tab opened by the sessionStorage lab: report what this tab sees, and say so on screen. */
export function TabProbeBanner() {
  const [report, setReport] = useState<ProbeReport | null>(null);
  useEffect(() => {
    // Only a tab opened with a probe id in its hash can be one: the probe's code (and its
    // BroadcastChannel) loads then, never on an ordinary page.
    if (window.location.hash === '') return undefined;
    let live = true;
    void import('../../stores/tab-probe.ts').then(({ reportThisTab }) => {
      if (live) setReport(reportThisTab(window));
    });
    return () => {
      live = false;
    };
  }, []);
  if (report === null) return null;
  return (
    <p role="status" className="probe-banner">
      This tab was opened by the sessionStorage lab{report.hasOpener ? ' with window.open' : ' through a link (no opener)'}. It started with{' '}
      {report.sessionEntries} sessionStorage {report.sessionEntries === 1 ? 'entry' : 'entries'}
      {report.draft === null ? ' and no draft' : `, including the draft "${report.draft}"`}. It has told the other tab.
    </p>
  );
}
