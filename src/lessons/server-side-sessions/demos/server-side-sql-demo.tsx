import { useEffect, useState } from 'react';
import type { Exchange } from '../../../stores/pretend-http/http-types.ts';
import type { SessionTableBody } from '../../../server/server-side-routes.ts';
import { useCourseServer } from '../../../hooks/use-course-server.ts';
import { PretendConversation } from '../../../components/pretend/pretend-conversation.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import '../../../components/pretend/pretend.css';

function readTable(text: string): SessionTableBody | null {
  try {
    const parsed = JSON.parse(text) as SessionTableBody;
    return typeof parsed.sql === 'string' && Array.isArray(parsed.rows) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Server-side sessions with a real SQL database (SQLite through sql.js): the `session` cookie
 * holds only a random id, the row lives in the server's table, shown with the SELECT that read
 * it. Log in issues a new id, log out deletes the row. With a real server the database is a
 * file (SESSION_DB) and survives a restart; in the page it lives in memory.
 */
export function ServerSideSqlDemo() {
  const server = useCourseServer();
  const [page, setPage] = useState<Exchange | null>(null);
  const [table, setTable] = useState<SessionTableBody | null>(null);
  const [tableFailure, setTableFailure] = useState<string | null>(null);

  const refresh = async (): Promise<void> => {
    const exchange = await server.send('/server-side/table', { record: false });
    const read = exchange === null || exchange.status !== 200 ? null : readTable(exchange.responseBody);
    setTable(read);
    setTableFailure(exchange !== null && read === null ? 'The server answered the SELECT with something that is not a table.' : null);
  };
  const go = async (path: string, method = 'GET', form?: Record<string, string>): Promise<void> => {
    const exchange = await server.send(path, { method, ...(form ? { form } : {}) });
    if (exchange !== null) setPage(exchange);
    await refresh();
  };
  // A real server's table may already hold this browser's session (a reload, a restart): show it.
  useEffect(() => {
    if (server.mode === 'real') void refresh();
  }, [server.mode]);

  return (
    <DemoFrame
      title={server.mode === 'real' ? 'Server-side sessions in SQLite, on the course’s own server' : 'Server-side sessions in SQLite, on a pretend server'}
      simulated
      realServer={server.mode === 'real'}
    >
      <div className="demo-row">
        <button type="button" onClick={() => void go('/server-side/some-route')}>
          GET /server-side/some-route
        </button>
        <button type="button" onClick={() => void go('/server-side/my-route')}>
          GET /server-side/my-route
        </button>
        <button type="button" onClick={() => void go('/server-side/login', 'POST', { user: 'ada' })}>
          Log in as ada (new id)
        </button>
        <button type="button" onClick={() => void go('/server-side/logout', 'POST')}>
          Log out (delete the row)
        </button>
      </div>
      <section aria-label="The session table" className="pretend-box">
        <p className="pretend-box-title">
          The server&rsquo;s session table {table ? <span className="muted">({table.storage})</span> : null}
        </p>
        {table === null ? (
          <p className="muted">The table appears after the first request (the database loads then).</p>
        ) : (
          <>
            <pre>
              <code>{table.sql}</code>
            </pre>
            {table.rows.length === 0 ? (
              <p className="muted">No rows: the server holds no sessions.</p>
            ) : (
              <table>
                <caption>Rows of the sessions table</caption>
                <thead>
                  <tr>
                    <th scope="col">id</th>
                    <th scope="col">user</th>
                    <th scope="col">data</th>
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={row.idStart + row.createdAt} aria-current={row.current ? 'true' : undefined}>
                      <th scope="row">
                        <code>{row.idStart}</code>
                        {row.current ? ' (your cookie)' : ''}
                      </th>
                      <td>{row.user ?? 'anonymous'}</td>
                      <td>
                        <code className="learner-value">{JSON.stringify(row.data)}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
        {tableFailure ? (
          <p role="alert" className="panel-alert">
            {tableFailure}
          </p>
        ) : null}
      </section>
      <PretendConversation
        failure={server.failure}
        page={page}
        loading={server.loading}
        mode={server.mode}
        emptyText="Store fav_number in a server-side session, read it back, log in, log out: the table below changes, the cookie holds only an id."
        jarHighlight={['session']}
      />
    </DemoFrame>
  );
}
