import { useState } from 'react';
import { useCourseServer } from '../../hooks/use-course-server.ts';
import { useHttpLog } from '../../hooks/use-pretend-http-log.ts';
import type { CookiePair } from '../../lib/cookies/cookie-header.ts';

/**
 * Beside what page JavaScript sees: the cookies the course's real server received on its last
 * request, from the server's own echo, HttpOnly ones included. Shown only when a real server
 * answers (npm run dev / npm start); a static host has no server to ask.
 */
export function ServerReceivedCookies({ visibleNames }: { readonly visibleNames: readonly string[] }) {
  const server = useCourseServer();
  const { exchanges } = useHttpLog();
  const [asking, setAsking] = useState(false);
  if (server.mode !== 'real') return null;
  const last = exchanges.findLast((exchange) => exchange.transport === 'real') ?? null;
  const ask = async (): Promise<void> => {
    setAsking(true);
    await server.send('/received-cookies');
    setAsking(false);
  };
  const hidden = (pair: CookiePair): boolean => !visibleNames.includes(pair.name);
  return (
    <section className="server-received" aria-label="What the server received">
      <h4>What the server received</h4>
      {last === null ? (
        <p className="panel-message">No request to the course&rsquo;s server yet from this page.</p>
      ) : last.requestCookies.length === 0 ? (
        <p className="panel-message">
          Its last request (<code>{new URL(last.url).pathname}</code>) carried no cookies.
        </p>
      ) : (
        <table>
          <caption>
            Cookies on the last request the server received (<code>{new URL(last.url).pathname}</code>)
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">Seen by JavaScript</th>
            </tr>
          </thead>
          <tbody>
            {last.requestCookies.map((pair, index) => (
              <tr key={`${pair.name}-${index}`}>
                <th scope="row">{pair.name}</th>
                <td>
                  <code className="learner-value">{pair.value.length > 80 ? `${pair.value.slice(0, 80)}…` : pair.value}</code>
                </td>
                <td>{hidden(pair) ? 'no: HttpOnly (or another path)' : 'yes'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="small-button" disabled={asking} onClick={() => void ask()}>
        Ask the server what it receives
      </button>
      {server.failure ? (
        <p role="alert" className="panel-alert">
          {server.failure}
        </p>
      ) : null}
    </section>
  );
}
