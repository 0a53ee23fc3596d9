import { useState } from 'react';
import { appCookiePath } from '../../../config/env.ts';
import { InterruptedRunNote } from '../../../components/ui/interrupted-run-note.tsx';
import { AlertLine } from '../../../components/ui/alert-line.tsx';
import { documentCookieAccess, runCookieLimitProbe, type ProbeProgress, type ProbeReport } from '../../../stores/cookie-limit-probe-run.ts';
import {
  BROWSER_PER_SITE_LIMIT,
  MAX_COUNT_PROBES,
  PROBE_MAX_AGE_SECONDS,
  PROBE_PREFIX,
  VISIBLE_CEILING,
  probeDeletionHeader,
} from '../../../stores/cookie-limit-probe.ts';
import { browserExperimentPlaces } from '../../../stores/experiments/browser-experiment-places.ts';
import { runGuarded } from '../../../stores/experiments/experiment-guard.ts';
import { CookieLimitReport } from './cookie-limit-report.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import '../../../components/pretend/pretend.css';

const PHASES: Record<ProbeProgress['phase'], string> = {
  size: 'Finding the largest cookie that sticks…',
  count: `Adding up to ${MAX_COUNT_PROBES} test cookies…`,
  cleanup: 'Deleting the test cookies…',
};

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Measures this browser's real cookie limits with test cookies, then deletes them all. */
export function CookieLimitProbeDemo() {
  const [progress, setProgress] = useState<ProbeProgress | null>(null);
  const [report, setReport] = useState<ProbeReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const running = progress !== null && report === null && problem === null;
  const path = appCookiePath();

  const measure = (): void => {
    setReport(null);
    setProblem(null);
    setProgress({ phase: 'size', done: 0, total: 1 });
    runGuarded(browserExperimentPlaces(path), window, {
      experiment: 'cookie-limits',
      deletionHeader: probeDeletionHeader,
      run: (signal) => runCookieLimitProbe({ access: documentCookieAccess(document), path, signal, onProgress: setProgress, pause: nextFrame }),
    }).then(
      setReport,
      (error: unknown) => setProblem(`The measurement stopped: ${error instanceof Error ? error.message : String(error)}. Its test cookies were deleted.`),
    );
  };

  return (
    <DemoFrame title="Your browser's cookie limits, measured">
      <p>
        Writes real test cookies named <code>{PROBE_PREFIX}…</code> with <code>Path={path}</code> (each also expires by itself after{' '}
        {PROBE_MAX_AGE_SECONDS / 60} minutes): one at a time for the size, then at most {MAX_COUNT_PROBES} more (never past {VISIBLE_CEILING}{' '}
        cookies this page can see), far below the {BROWSER_PER_SITE_LIMIT} per site past which a browser deletes cookies — which could be
        ones this page cannot see. Then it deletes every test cookie and nothing else. Watch them come and go in the Cookies panel.
      </p>
      <button type="button" onClick={measure} disabled={running}>
        Measure my browser’s cookie limits
      </button>
      {progress !== null && running ? (
        <div>
          <p role="status">{PHASES[progress.phase]}</p>
          <progress className="probe-progress" aria-label="Measuring cookie limits" value={progress.done} max={progress.total} />
        </div>
      ) : null}
      <AlertLine message={problem} />
      <InterruptedRunNote only={['cookie-limits']} />
      {report ? <CookieLimitReport report={report} /> : null}
    </DemoFrame>
  );
}
