import { useId, useState } from 'react';
import { goldfishExchange, GOLDFISH_HOST, type GoldfishExchange } from '../../../stores/goldfish-server.ts';
import { DemoFrame } from './demo-frame.tsx';

export function GoldfishServerDemo() {
  const [name, setName] = useState('Ada');
  const [log, setLog] = useState<readonly GoldfishExchange[]>([]);
  const nameId = useId();
  const send = (pathAndQuery: string): void => setLog((previous) => [...previous, goldfishExchange(previous.length + 1, pathAndQuery)]);
  const introduce = `/greet?${new URLSearchParams({ name }).toString()}`;
  return (
    <DemoFrame title={`A goldfish server at ${GOLDFISH_HOST}`} simulated>
      <div className="demo-row">
        <div className="field">
          <label htmlFor={nameId}>Your name</label>
          <input id={nameId} type="text" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="button" onClick={() => send(introduce)}>
          Send GET {introduce}
        </button>
        <button type="button" onClick={() => send('/greet')}>
          Send GET /greet
        </button>
        {log.length > 0 ? (
          <button type="button" className="link-button" onClick={() => setLog([])}>
            Clear log
          </button>
        ) : null}
      </div>
      <section role="region" aria-label="HTTP log" className="http-log">
        {log.length === 0 ? <p className="muted">No requests yet. Each one you send will appear here, request and response.</p> : null}
        <ol>
          {log.map((exchange) => (
            <li key={exchange.id}>
              <pre className="http-request">{exchange.request}</pre>
              <pre className="http-response">{exchange.response}</pre>
            </li>
          ))}
        </ol>
      </section>
    </DemoFrame>
  );
}
