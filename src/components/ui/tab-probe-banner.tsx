import { useEffect, useState } from 'react';
import { reportThisTab, type ProbeReport } from '../../stores/tab-probe.ts';

/** In a tab opened by the sessionStorage lab: report what this tab sees, and say so on screen. */
export function TabProbeBanner() {
  const [report, setReport] = useState<ProbeReport | null>(null);
  useEffect(() => {
    setReport(reportThisTab(window));
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
