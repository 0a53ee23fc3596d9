import type { Exchange } from '../../../stores/pretend-http/http-types.ts';
import { describeInitiator } from '../../pretend/exchange-context.ts';
import { SetCookieVerdicts } from '../../pretend/set-cookie-verdicts.tsx';
import type { ExperimentResult } from './pretend-experiments.ts';
import '../../pretend/pretend.css';

function FetchResult({ exchange }: { readonly exchange: Exchange }) {
  const url = new URL(exchange.url);
  const cookie = exchange.requestHeaders.find(([name]) => name === 'Cookie');
  const setsCookies = exchange.setCookies.length > 0;
  return (
    <li>
      <code>
        {exchange.method} {url.origin}
        {url.pathname}
      </code>{' '}
      <span className="muted">({describeInitiator(exchange)})</span>
      {setsCookies || exchange.status >= 400 ? null : (
        <>
          {' '}
          → {cookie ? <mark className="http-cookie-line">Cookie: {cookie[1]}</mark> : <strong>no Cookie header</strong>}
        </>
      )}
      {exchange.status >= 400 ? (
        <p className="panel-alert">
          The server answered {exchange.status} {exchange.statusText}: {exchange.responseBody.split('\n').slice(1).join(' ')}
        </p>
      ) : null}
      <SetCookieVerdicts verdicts={exchange.setCookies} />
      {exchange.notes.length > 0 ? (
        <ul className="http-notes">
          {exchange.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function ResultItem({ result }: { readonly result: ExperimentResult }) {
  switch (result.kind) {
    case 'fetch':
      return <FetchResult exchange={result.exchange} />;
    case 'read-document-cookie':
      return (
        <li>
          Page JavaScript on <code>{result.pageUrl}</code> reads <code>document.cookie</code> →{' '}
          <code className="learner-value">{JSON.stringify(result.value)}</code>
        </li>
      );
    case 'script-sets-cookie':
      return (
        <li>
          Page JavaScript on <code>{result.pageUrl}</code> runs <code>document.cookie = {JSON.stringify(result.verdict.header)}</code>
          <SetCookieVerdicts verdicts={[result.verdict]} />
        </li>
      );
    case 'restart':
      return <li>The pretend browser was closed and opened again: session cookies are gone, persistent ones stay.</li>;
  }
}

/** What one experiment did, request by request: what was set, what was sent. */
export function ExperimentResults({ label, results }: { readonly label: string; readonly results: readonly ExperimentResult[] }) {
  return (
    <section aria-label="What happened" aria-live="polite" className="pretend-box">
      <p className="pretend-box-title">
        What happened: {label} <span className="badge badge-simulated">simulated</span>
      </p>
      <ol className="experiment-results">
        {results.map((result, i) => (
          <ResultItem key={i} result={result} />
        ))}
      </ol>
    </section>
  );
}
