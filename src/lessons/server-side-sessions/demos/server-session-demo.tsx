import { useIsClient } from '../../../hooks/use-is-client.ts';
import { SESSION_ID_COOKIE, useServerSession } from '../../../hooks/use-server-session.ts';
import { WriteOutcome } from '../../../components/panels/write-outcome.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import { ServerSessionTable } from './server-session-table.tsx';
import '../../../components/pretend/pretend.css';

/** A session id in a real cookie, the data in a pretend server's table beside it. */
export function ServerSessionDemo() {
  const session = useServerSession();
  const isClient = useIsClient();
  return (
    <DemoFrame title="A pretend server with server-side sessions" simulated>
      <p className="muted">
        The server and its table are simulated in this page; the <code>{SESSION_ID_COOKIE}</code> cookie it sets is real (see the Cookies
        panel).
      </p>
      <div className="demo-row">
        <button type="button" onClick={session.visit}>
          Visit GET /
        </button>
        <button type="button" onClick={() => session.addToCart('taco')}>
          Add a taco to the cart
        </button>
        <button type="button" onClick={() => session.login('ada', true)}>
          Log in as ada
        </button>
        <button type="button" onClick={session.logout}>
          Log out
        </button>
      </div>
      <WriteOutcome outcome={session.cookieWrite} />
      <p className="demo-result">
        Your browser’s <code>{SESSION_ID_COOKIE}</code>:{' '}
        {!isClient ? (
          <span className="muted">(read in your browser)</span>
        ) : session.cookieId === null ? (
          <span className="muted">no cookie</span>
        ) : (
          <>
            <code className="learner-value">{session.cookieId}</code>
            {session.row ? null : <strong> — a key to nothing: the server has no row for it</strong>}
          </>
        )}
      </p>
      {session.lastExchange ? (
        <div className="http-log">
          <pre className="http-request">{session.lastExchange.request}</pre>
          <pre className="http-response">{session.lastExchange.response}</pre>
        </div>
      ) : null}
      <ServerSessionTable rows={session.rows} currentId={session.cookieId} />
    </DemoFrame>
  );
}
