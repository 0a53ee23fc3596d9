import type { MouseEvent } from 'react';
import { useHref, useLocation } from 'react-router-dom';
import { appKeys } from '../../../config/app-keys.ts';
import { labProbe, type ProbeReport } from '../../../stores/tab-probe.ts';
import type { OpenedHow } from '../../../stores/tab-probe-channel.ts';
import { useProbeSession } from '../../../hooks/use-probe-session.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import { StorageLabBasics } from '../../../components/lesson/demos/storage-lab-basics.tsx';

function describe(report: ProbeReport | undefined, how: OpenedHow): string {
  const opened = how === 'link' ? 'The tab opened by the link' : 'The tab opened with window.open';
  if (!report) return `${opened}: waiting for it to report…`;
  const draft = report.draft === null ? 'no draft (its sessionStorage has no stl:draft)' : `the draft "${report.draft}" (a copy of this tab's)`;
  return `${opened} reports ${report.sessionEntries} sessionStorage ${report.sessionEntries === 1 ? 'entry' : 'entries'}: ${draft}. Its localStorage stl:fav-color is ${report.favColor === null ? 'null' : `"${report.favColor}"`}.`;
}

export function SessionStorageLab() {
  const here = useHref(useLocation().pathname);
  const { opened, reports, blocked, openWindow, linkHref } = useProbeSession<ProbeReport, null>(labProbe);

  /** A real link click (no opener); the probe id goes into its href just before the browser follows it. */
  const prepareLink = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.currentTarget.href = linkHref(here, null);
  };

  return (
    <DemoFrame title="sessionStorage lab">
      <StorageLabBasics area="sessionStorage" storageKey={appKeys.draft} label="Draft" saveLabel="Save draft to sessionStorage">
        {/* data-needs-script: a click before the demo's code arrives waits for prepareLink (src/app/early-actions.ts). */}
        <a href={here} target="_blank" rel="noopener" onClick={prepareLink} data-needs-script="">
          Open this page in a new tab (link)
        </a>
        <button type="button" onClick={() => openWindow(here, null)}>
          Open this page with window.open
        </button>
      </StorageLabBasics>
      {blocked ? (
        <p role="alert" className="panel-alert">
          The browser blocked the new tab (a pop-up blocker). Allow pop-ups for this site and try again.
        </p>
      ) : null}
      {opened.length > 0 ? (
        <ul className="probe-reports" aria-live="polite" aria-label="What the new tabs report">
          {opened.map(({ probeId, how }) => (
            <li key={probeId}>{describe(reports.get(probeId), how)}</li>
          ))}
        </ul>
      ) : null}
    </DemoFrame>
  );
}
