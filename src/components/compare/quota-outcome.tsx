import { formatBytes } from '../../lib/byte-size.ts';
import type { ExperimentResults } from '../../stores/experiments/experiment-results.ts';
import type { ChangedMeanwhile, QuotaProbeResult } from '../../stores/experiments/quota-probe.ts';
import type { StorageArea } from '../../stores/web-storage-store.ts';

type Timed<T> = T & { readonly elapsedMs: number };

const KIND_WORDS: Record<ChangedMeanwhile['kind'], string> = { added: 'added', changed: 'changed', removed: 'removed', cleared: 'cleared' };

/** What changed during the run without the probe doing it: left exactly as it is. */
function ChangesMeanwhile({ changes, otherTabEvents }: { readonly changes: readonly ChangedMeanwhile[]; readonly otherTabEvents: number }) {
  if (changes.length === 0 && otherTabEvents === 0) return <p>Nothing else changed in this storage during the run.</p>;
  const byOtherTab = changes.filter((change) => change.byOtherTab);
  const byThisPage = changes.filter((change) => !change.byOtherTab);
  const list = (items: readonly ChangedMeanwhile[]) => items.map((change) => `${change.key} (${KIND_WORDS[change.kind]})`).join(', ');
  return (
    <p>
      {byOtherTab.length > 0 ? `Another tab changed during the run: ${list(byOtherTab)}. ` : ''}
      {byOtherTab.length === 0 && otherTabEvents > 0 ? `Another tab wrote ${otherTabEvents} times during the run and left everything as it was. ` : ''}
      {byThisPage.length > 0 ? `Changed by this page meanwhile: ${list(byThisPage)}. ` : ''}
      The measurement left these as they are now: it only ever removes its own test keys.
    </p>
  );
}

/** What the quota probe measured for one storage area, and what it cleaned up. */
export function QuotaOutcome({ area, result }: { readonly area: StorageArea; readonly result: Timed<QuotaProbeResult> }) {
  if (result.status === 'blocked') {
    return (
      <p role="alert" className="panel-alert">
        {area}: {result.reason}
      </p>
    );
  }
  return (
    <div role="status" aria-label={`${area} quota`}>
      <p>
        <strong>{area}</strong> held {result.hitLimit ? '' : 'at least '}
        <strong>{result.totalChars.toLocaleString('en')} characters</strong> ({formatBytes(result.totalChars * 2)} counted as UTF-16): your{' '}
        {result.existingChars.toLocaleString('en')} plus {result.probeChars.toLocaleString('en')} of test data. {result.writes} writes in{' '}
        {(result.elapsedMs / 1000).toFixed(1)} s.
      </p>
      <p>
        Cleaned up: {result.deleted} test {result.deleted === 1 ? 'key' : 'keys'} deleted, and nothing else.{' '}
        {result.hitLimit ? `The storage was full for ${Math.round(result.fullWindowMs)} ms, in one task: during that time another tab's writes to it could be refused.` : ''}
      </p>
      <ChangesMeanwhile changes={result.changedMeanwhile} otherTabEvents={result.otherTab.length} />
      {result.status !== 'measured' ? <p className="panel-alert">{result.reason}</p> : null}
    </div>
  );
}

/** What the (reused) cookie limit probe measured. */
export function CookieLimitOutcome({ report }: { readonly report: NonNullable<ExperimentResults['cookieLimit']> }) {
  const { size, count, cleanup } = report;
  if (!size.anyKept) {
    return (
      <p role="alert" className="panel-alert">
        No test cookie stuck at all: cookies are blocked for this page, so nothing could be measured.
      </p>
    );
  }
  // 180 per site: Chromium's kDomainMaxCookies and Firefox's network.cookie.maxPerHost (sources in cookie-limit-probe.ts).
  return (
    <div role="status" aria-label="Cookie limits">
      <p>
        <strong>Cookies</strong>: the largest name + value kept was <strong>{size.largestKept.toLocaleString('en')} bytes</strong>
        {size.exact ? '' : ' (or more)'}; this page held {count.stop === 'safety-cap' ? 'at least ' : ''}
        {count.held} cookies at once
        {count.stop === 'safety-cap' ? ` (we added only ${count.probesKept} test cookies on purpose: cookies this page cannot see count towards the browser's limit of 180 per site, and past it the browser would delete some)` : ''}
        .{' '}
        {(report.elapsedMs / 1000).toFixed(1)} s.
      </p>
      <p>
        Cleaned up: {cleanup.deleted} test cookies deleted{cleanup.leftOver.length > 0 ? `; still there: ${cleanup.leftOver.join(', ')}` : ''}
        {cleanup.evicted.length > 0 ? `; the browser evicted: ${cleanup.evicted.join(', ')}` : ''}.
      </p>
    </div>
  );
}
