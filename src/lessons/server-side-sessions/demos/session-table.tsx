import type { ReactNode } from 'react';
import type { SessionTableRow } from '../../../server/server-side-routes.ts';
import '../../../components/pretend/pretend.css';

export interface ShownSessionRow extends SessionTableRow {
  /** Whose cookie holds this row's id, in words: `your cookie`, `the attacker’s cookie`. */
  readonly marks: readonly string[];
}

interface SessionTableProps {
  /** The SELECT the server read the table with; null before the first request. */
  readonly sql: string | null;
  readonly rows: readonly ShownSessionRow[];
  /** Beside the title: where the database lives (`memory`, a file). */
  readonly where?: ReactNode;
  readonly failure?: string | null;
}

/**
 * The server's sessions table, read with a real `SELECT` (SQLite through sql.js): what only the
 * server can see. Ids are cut to their first characters; each row says whose cookie points at it.
 */
export function SessionTable({ sql, rows, where, failure }: SessionTableProps) {
  return (
    <section aria-label="The session table" className="pretend-box">
      <p className="pretend-box-title">
        The server&rsquo;s session table {where ? <span className="muted">({where})</span> : null}
      </p>
      {sql === null ? (
        <p className="muted">The table appears after the first request (the database loads then).</p>
      ) : (
        <>
          <pre>
            <code>{sql}</code>
          </pre>
          {rows.length === 0 ? (
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
                {rows.map((row) => (
                  <tr key={row.idStart + row.createdAt} aria-current={row.marks.length > 0 ? 'true' : undefined}>
                    <th scope="row">
                      <code>{row.idStart}</code>
                      {row.marks.length > 0 ? ` (${row.marks.join(', ')})` : ''}
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
      {failure ? (
        <p role="alert" className="panel-alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
