import type { MouseEvent } from 'react';
import { useHref } from 'react-router-dom';
import { useCompareResults } from '../../hooks/use-compare-results.ts';
import { useProbeSession } from '../../hooks/use-probe-session.ts';
import { compareEntryPath, type CompareEntry } from '../../config/paths.ts';
import { compareProbe, type CompareProbeReport } from '../../stores/experiments/compare-tab-probe.ts';
import type { OpenedHow } from '../../stores/tab-probe-channel.ts';
import { compareResults } from '../../stores/experiments/experiment-results.ts';
import { presenceOf } from '../../stores/experiments/read-everywhere.ts';
import { ExperimentBox, NeedsEntry } from './experiment-box.tsx';
import { PresenceList } from './presence-list.tsx';

const HOW_LABEL: Record<OpenedHow, string> = {
  link: 'The tab opened by the link (no opener)',
  'window.open': 'The tab opened with window.open',
};

function recordReport(report: CompareProbeReport, probe: { readonly how: OpenedHow; readonly context: CompareEntry }): void {
  if (report.name === probe.context.name) compareResults.recordTab(probe.how, presenceOf(report.found, probe.context.value));
}

/** Opens this URL in a new tab, two ways; the new tab reads all five stores and sends the values back. */
export function NewTabExperiment({ entry }: { readonly entry: CompareEntry | null }) {
  const href = useHref(entry === null ? '/compare' : compareEntryPath(entry));
  const { newTab } = useCompareResults();
  // Each tab remembers the pair it was opened for; its report counts only if it looked for that name.
  const { opened, blocked, openWindow, linkHref } = useProbeSession<CompareProbeReport, CompareEntry>(compareProbe, recordReport);

  /** A real link click: the probe id goes into its href just before the browser follows it. */
  const prepareLink = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (entry !== null) event.currentTarget.href = linkHref(href, entry);
  };

  const pending = opened.filter(({ how }) => newTab?.[how] === undefined);
  return (
    <ExperimentBox title="Open a new tab">
      {/* BroadcastChannel: https://developer.mozilla.org/en-US/docs/Web/API/BroadcastChannel */}
      <p>
        Opens this same URL in a new tab. The new tab reads its own five stores and sends what it found back here over a BroadcastChannel (a message line between the tabs of one origin). A link opens
        it with no opener; <code>window.open</code> gives the new tab a copy of this tab’s sessionStorage.
      </p>
      {entry === null ? (
        <NeedsEntry />
      ) : (
        <div className="demo-row">
          {/* data-needs-script: a click before the page's code arrives waits for prepareLink (src/app/early-actions.ts). */}
          <a href={href} target="_blank" rel="noopener" onClick={prepareLink} data-needs-script="">
            Open in a new tab (link)
          </a>
          <button type="button" onClick={() => (entry === null ? undefined : openWindow(href, entry))}>
            Open a copy with window.open
          </button>
        </div>
      )}
      {blocked ? (
        <p role="alert" className="panel-alert">
          The browser blocked the new tab (window.open returned null: a pop-up blocker). Allow pop-ups for this site and try again, or use the
          link.
        </p>
      ) : null}
      {pending.length > 0 ? <p className="muted">Waiting for the new tab to report…</p> : null}
      {(['link', 'window.open'] as const).map((how) => {
        const presence = newTab?.[how];
        return presence === undefined ? null : (
          <div key={how} role="status" aria-label={HOW_LABEL[how]}>
            <p>{HOW_LABEL[how]} reports:</p>
            <PresenceList presence={presence} label={`What ${how === 'link' ? 'the linked tab' : 'the window.open tab'} sees`} kept="sees it" lost="does not see it" />
          </div>
        );
      })}
      {newTab?.link ? (
        <p className="muted">The query string and path came along because they are part of the link itself.</p>
      ) : null}
    </ExperimentBox>
  );
}
