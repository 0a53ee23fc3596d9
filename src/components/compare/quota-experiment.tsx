import { useState } from 'react';
import { appCookiePath } from '../../config/env.ts';
import { useCompareResults } from '../../hooks/use-compare-results.ts';
import { browserExperimentPlaces } from '../../stores/experiments/browser-experiment-places.ts';
import { runGuarded } from '../../stores/experiments/experiment-guard.ts';
import { compareResults } from '../../stores/experiments/experiment-results.ts';
import type { ForeignChange } from '../../stores/experiments/quota-probe.ts';
import type { StorageArea } from '../../stores/web-storage-store.ts';
import { InterruptedRunNote } from '../ui/interrupted-run-note.tsx';
import { AlertLine } from '../ui/alert-line.tsx';
import { ExperimentBox } from './experiment-box.tsx';
import { CookieLimitOutcome, QuotaOutcome } from './quota-outcome.tsx';

type Target = StorageArea | 'cookies';

interface Running {
  readonly target: Target;
  readonly value: number;
  readonly max: number;
  readonly text: string;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Other tabs' changes to `area`: the `storage` event, which never fires for this tab's own writes. */
const watchOtherTabs =
  (area: StorageArea) =>
  (onChange: (change: ForeignChange) => void): (() => void) => {
    const listener = (event: StorageEvent): void => {
      if (event.storageArea === window[area]) onChange({ key: event.key, oldValue: event.oldValue, newValue: event.newValue });
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  };

/** How much fits: real writes until the browser says "full", then everything written is deleted. */
export function QuotaExperiment() {
  const results = useCompareResults();
  const [running, setRunning] = useState<Running | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const measureStorage = async (area: StorageArea): Promise<void> => {
    const { runQuotaProbe, DOCUMENTED_QUOTA_CHARS } = await import('../../stores/experiments/quota-probe.ts');
    const started = performance.now();
    const result = await runGuarded(browserExperimentPlaces(appCookiePath()), window, {
      experiment: area === 'localStorage' ? 'quota-localStorage' : 'quota-sessionStorage',
      run: (signal) =>
        runQuotaProbe({
          storage: () => window[area],
          watch: watchOtherTabs(area),
          signal,
          pause: nextTask,
          // Another tab's writes reach this tab's copy of the storage some milliseconds later.
          settle: () => new Promise((resolve) => setTimeout(resolve, 250)),
          onProgress: ({ phase, usedChars }) =>
            setRunning({
              target: area,
              value: usedChars,
              max: Math.max(DOCUMENTED_QUOTA_CHARS, Math.ceil(usedChars * 1.05)),
              text: phase === 'cleaning' ? 'Deleting the test keys…' : `${usedChars.toLocaleString('en')} characters stored so far`,
            }),
        }),
    });
    compareResults.recordQuota(area, { ...result, elapsedMs: Math.round(performance.now() - started) });
  };

  const measureCookies = async (): Promise<void> => {
    const { runCookieLimitProbe, documentCookieAccess } = await import('../../stores/cookie-limit-probe-run.ts');
    const { probeDeletionHeader } = await import('../../stores/cookie-limit-probe.ts');
    const started = performance.now();
    const report = await runGuarded(browserExperimentPlaces(appCookiePath()), window, {
      experiment: 'cookie-limits',
      deletionHeader: probeDeletionHeader,
      run: (signal) =>
        runCookieLimitProbe({
          access: documentCookieAccess(document),
          path: appCookiePath(),
          signal,
          pause: nextTask,
          onProgress: ({ phase, done, total }) =>
            setRunning({ target: 'cookies', value: done, max: total, text: phase === 'cleanup' ? 'Deleting the test cookies…' : `Step ${done} of at most ${total}` }),
        }),
    });
    compareResults.record({ cookieLimit: { ...report, elapsedMs: Math.round(performance.now() - started) } });
  };

  const run = (target: Target): void => {
    setRunning({ target, value: 0, max: 1, text: 'Starting…' });
    setProblem(null);
    const job = target === 'cookies' ? measureCookies() : measureStorage(target);
    void job
      .catch((error: unknown) =>
        setProblem(`The measurement stopped: ${error instanceof Error ? error.message : String(error)}. Anything it wrote is removed now or on the next page load.`),
      )
      .finally(() => setRunning(null));
  };

  const button = (target: Target, label: string) => (
    <button type="button" onClick={() => run(target)} disabled={running !== null}>
      {label}
    </button>
  );

  return (
    <ExperimentBox title="How much fits?">
      <p>
        Writes test values under <code>stl:quota-probe-*</code> keys, doubling until the browser throws <code>QuotaExceededError</code>, then halving
        to the exact character; then deletes every key it wrote and nothing else, so whatever another tab changes meanwhile stays as that tab left
        it (the report lists it). While the storage is full, other tabs' writes to it can be refused: that lasts one task (2–15 ms when we measured it in Chromium).
        The cookie measurement writes at most 20 <code>stl_probe_*</code> cookies, one size test at a time, and deletes them the same way. If the
        tab is closed mid-run, its test data is removed as it closes, or else on the next page load.
      </p>
      <div className="demo-row">
        {button('localStorage', 'Measure localStorage')}
        {button('sessionStorage', 'Measure sessionStorage')}
        {button('cookies', 'Measure the cookie limits')}
      </div>
      {running !== null ? (
        <div className="quota-progress">
          <label>
            Measuring {running.target}…
            <progress value={running.value} max={running.max} />
          </label>
          <p className="muted" aria-live="polite">
            {running.text}
          </p>
        </div>
      ) : null}
      <AlertLine message={problem} />
      <InterruptedRunNote only={['quota-localStorage', 'quota-sessionStorage', 'cookie-limits']} />
      {results.quota?.localStorage ? <QuotaOutcome area="localStorage" result={results.quota.localStorage} /> : null}
      {results.quota?.sessionStorage ? <QuotaOutcome area="sessionStorage" result={results.quota.sessionStorage} /> : null}
      {results.cookieLimit ? <CookieLimitOutcome report={results.cookieLimit} /> : null}
    </ExperimentBox>
  );
}
