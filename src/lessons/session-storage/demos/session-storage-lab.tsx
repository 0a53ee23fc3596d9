import { useState, type MouseEvent } from 'react';
import { useHref, useLocation } from 'react-router-dom';
import { appKeys } from '../../../config/app-keys.ts';
import { newProbeId, PROBE_HASH_PREFIX, type ProbeReport } from '../../../stores/tab-probe.ts';
import { useProbeReports } from '../../../hooks/use-probe-reports.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import { StorageValueLine } from '../../../components/lesson/demos/storage-value-line.tsx';
import { StorageWriteForm } from '../../../components/lesson/demos/storage-write-form.tsx';

interface OpenedTab {
  readonly probeId: string;
  readonly how: 'link' | 'window.open';
}

function describe(report: ProbeReport | undefined, how: OpenedTab['how']): string {
  const opened = how === 'link' ? 'The tab opened by the link' : 'The tab opened with window.open';
  if (!report) return `${opened}: waiting for it to report…`;
  const draft = report.draft === null ? 'no draft (its sessionStorage has no stl:draft)' : `the draft "${report.draft}" (a copy of this tab's)`;
  return `${opened} reports ${report.sessionEntries} sessionStorage ${report.sessionEntries === 1 ? 'entry' : 'entries'}: ${draft}. Its localStorage stl:fav-color is ${report.favColor === null ? 'null' : `"${report.favColor}"`}.`;
}

export function SessionStorageLab() {
  const here = useHref(useLocation().pathname);
  const reports = useProbeReports();
  const [opened, setOpened] = useState<readonly OpenedTab[]>([]);
  const [blocked, setBlocked] = useState(false);

  const openWithWindowOpen = (): void => {
    const probeId = newProbeId();
    const tab = window.open(`${here}${PROBE_HASH_PREFIX}${probeId}`, '_blank');
    setBlocked(tab === null);
    if (tab !== null) setOpened((previous) => [...previous, { probeId, how: 'window.open' }]);
  };

  /** A real link click (no opener); the probe id goes into its href just before the browser follows it. */
  const prepareLink = (event: MouseEvent<HTMLAnchorElement>): void => {
    const probeId = newProbeId();
    event.currentTarget.href = `${here}${PROBE_HASH_PREFIX}${probeId}`;
    setOpened((previous) => [...previous, { probeId, how: 'link' }]);
  };

  return (
    <DemoFrame title="sessionStorage lab">
      <StorageWriteForm area="sessionStorage" storageKey={appKeys.draft} label="Draft" saveLabel="Save draft to sessionStorage" />
      <StorageValueLine area="sessionStorage" storageKey={appKeys.draft} />
      <div className="demo-row">
        <button type="button" onClick={() => window.location.reload()}>
          Reload this page
        </button>
        <a href={here} target="_blank" rel="noopener" onClick={prepareLink}>
          Open this page in a new tab (link)
        </a>
        <button type="button" onClick={openWithWindowOpen}>
          Open this page with window.open
        </button>
      </div>
      {blocked ? (
        <p role="alert" className="panel-alert">
          The browser blocked the new tab (a pop-up blocker). Allow pop-ups for this site and try again.
        </p>
      ) : null}
      {opened.length > 0 ? (
        <ul className="probe-reports" aria-live="polite" aria-label="What the new tabs report">
          {opened.map(({ probeId, how }) => (
            <li key={probeId}>{describe(reports.find((report) => report.probeId === probeId), how)}</li>
          ))}
        </ul>
      ) : null}
    </DemoFrame>
  );
}
