import { formatBytes } from '../../stores/byte-size.ts';
import type { ExperimentResults } from '../../stores/experiments/experiment-results.ts';
import type { QuotaProbeResult } from '../../stores/experiments/quota-probe.ts';
import type { StorageArea } from '../../stores/web-storage-store.ts';

type Timed<T> = T & { readonly elapsedMs: number };

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
        Cleaned up: {result.deleted} test {result.deleted === 1 ? 'key' : 'keys'} deleted
        {result.restored.length > 0 ? `; put back: ${result.restored.join(', ')}` : '; none of your entries needed putting back'}.
        {result.lost.length > 0 ? ` Could not put back: ${result.lost.join(', ')}.` : ''}
      </p>
      {result.status === 'failed' ? <p className="panel-alert">{result.reason}</p> : null}
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
  return (
    <div role="status" aria-label="Cookie limits">
      <p>
        <strong>Cookies</strong>: the largest name + value kept was <strong>{size.largestKept.toLocaleString('en')} bytes</strong>
        {size.exact ? '' : ' (or more)'}; this page held {count.stop === 'safety-cap' ? 'at least ' : ''}
        {count.held} cookies at once{count.stop === 'safety-cap' ? ` (we stop at ${count.safeTotal} so the browser never evicts yours)` : ''}.{' '}
        {(report.elapsedMs / 1000).toFixed(1)} s.
      </p>
      <p>
        Cleaned up: {cleanup.deleted} test cookies deleted{cleanup.leftOver.length > 0 ? `; still there: ${cleanup.leftOver.join(', ')}` : ''}
        {cleanup.evicted.length > 0 ? `; the browser evicted: ${cleanup.evicted.join(', ')}` : ''}.
      </p>
    </div>
  );
}
