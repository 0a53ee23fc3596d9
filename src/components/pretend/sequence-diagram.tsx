import type { Exchange } from '../../stores/pretend-http/http-types.ts';
import { useHttpLog } from '../../hooks/use-pretend-http-log.ts';
import { hostOf } from './exchange-context.ts';
import './pretend.css';

function requestTarget(exchange: Exchange): string {
  const url = new URL(exchange.url);
  return `${exchange.method} ${url.pathname}${url.search}`;
}

function contentType(exchange: Exchange): string | null {
  const found = exchange.responseHeaders.find(([name]) => name.toLowerCase() === 'content-type');
  return found ? (found[1].split(';')[0] ?? null) : null;
}

function Messages({ exchange }: { readonly exchange: Exchange }) {
  const host = hostOf(exchange);
  const cookie = exchange.requestHeaders.find(([name]) => name === 'Cookie');
  const type = contentType(exchange);
  return (
    <>
      <li className="seq-message seq-to-server">
        <span className="visually-hidden">Browser to {host}: </span>
        <code>{requestTarget(exchange)}</code> <span className="seq-host">→ {host}</span>
        {cookie ? (
          <>
            <br />
            <mark className="seq-cookie">Cookie: {cookie[1]}</mark>
          </>
        ) : null}
      </li>
      <li className="seq-message seq-to-browser">
        <span className="visually-hidden">{host} answers the browser: </span>
        <code>
          {exchange.status} {exchange.statusText}
        </code>
        {type ? <span className="seq-host"> ({type})</span> : null}
        {exchange.setCookies.map((verdict, i) => (
          <span key={i}>
            <br />
            <mark className={verdict.accepted ? 'seq-cookie' : 'seq-cookie seq-rejected'}>Set-Cookie: {verdict.header}</mark>
            {verdict.accepted ? null : ' (rejected)'}
          </span>
        ))}
      </li>
    </>
  );
}

/**
 * The conversation as a sequence diagram, like the lecture's "Cookies, A Conversation": requests
 * run from the Browser lifeline to the Server's, answers come back. It is an ordered list, so a
 * screen reader reads the same conversation in the same order.
 */
export function SequenceDiagram() {
  const { exchanges } = useHttpLog();
  return (
    <figure className="sequence-diagram pretend-box">
      <figcaption className="pretend-box-header">
        <span className="pretend-box-title">The conversation</span>
        {exchanges.at(-1)?.transport === 'real' ? <span className="badge badge-real">real server</span> : <span className="badge badge-simulated">simulated</span>}
      </figcaption>
      <div className="seq-lanes" aria-hidden="true">
        <span>Browser</span>
        <span>Server</span>
      </div>
      {exchanges.length === 0 ? (
        <p className="muted">The picture grows with every request you send.</p>
      ) : (
        <ol className="seq-messages" aria-label="Browser and server messages, in order">
          {exchanges.map((exchange) => (
            <Messages key={exchange.id} exchange={exchange} />
          ))}
        </ol>
      )}
    </figure>
  );
}
