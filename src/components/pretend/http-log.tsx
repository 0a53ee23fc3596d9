import { useEffect, useId, useRef } from 'react';
import type { Exchange } from '../../stores/pretend-http/http-types.ts';
import { useHttpLog } from '../../hooks/use-pretend-http-log.ts';
import { describeInitiator, originOf } from './exchange-context.ts';
import { HttpText } from './http-text.tsx';
import { SetCookieVerdicts } from './set-cookie-verdicts.tsx';
import './pretend.css';

function ExchangeView({ exchange }: { readonly exchange: Exchange }) {
  return (
    <li className="http-exchange">
      <p className="http-exchange-meta">
        #{exchange.id} to {originOf(exchange)}, {describeInitiator(exchange)}{' '}
        {exchange.transport === 'real' ? <span className="badge badge-real">real server</span> : null}
      </p>
      <pre className="http-request">
        <code>
          <HttpText text={exchange.requestText} />
        </code>
      </pre>
      <pre className="http-response">
        <code>
          <HttpText text={exchange.responseText} />
        </code>
      </pre>
      <SetCookieVerdicts verdicts={exchange.setCookies} />
      {exchange.notes.length > 0 ? (
        <ul className="http-notes" aria-label="Notes">
          {exchange.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The `HTTP log` region (CONTRACT.md): every exchange with the pretend server as raw HTTP, newest last. */
export function HttpLog() {
  const { exchanges, clear } = useHttpLog();
  const headingId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  // Newest last: keep the newest exchange in view inside the log's own scroll box.
  useEffect(() => {
    const box = scroller.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [exchanges.length]);
  return (
    <section role="region" aria-label="HTTP log" className="http-log pretend-box">
      <header className="pretend-box-header">
        <h3 id={headingId} className="pretend-box-title">
          HTTP log
        </h3>
        {exchanges.at(-1)?.transport === 'real' ? <span className="badge badge-real">real server</span> : <span className="badge badge-simulated">simulated</span>}
        {exchanges.length > 0 ? (
          <button type="button" className="small-button" onClick={clear}>
            Clear log
          </button>
        ) : null}
      </header>
      {exchanges.length === 0 ? (
        <p className="muted">No requests yet. Each one you send to the pretend server appears here: the request, then the response.</p>
      ) : (
        <div ref={scroller} className="http-log-scroll" tabIndex={0} role="group" aria-labelledby={headingId}>
          <ol>
            {exchanges.map((exchange) => (
              <ExchangeView key={exchange.id} exchange={exchange} />
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
