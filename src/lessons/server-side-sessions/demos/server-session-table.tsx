import type { ServerSessionRow } from '../../../stores/server-side-session-store.ts';

/** The pretend server's session table: what only the server can read. */
export function ServerSessionTable({ rows, currentId }: { readonly rows: readonly ServerSessionRow[]; readonly currentId: string | null }) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label="Server session table (scrollable)">
      <table className="content-table session-table">
        <caption>
          The server’s session table <span className="badge badge-simulated">simulated</span> — in this page’s memory; a reload is a server
          restart that forgets it
        </caption>
        <thead>
          <tr>
            <th scope="col">Session id</th>
            <th scope="col">User</th>
            <th scope="col">Data</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={3}>No sessions: the table is empty.</td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <tr key={row.id} className={row.id === currentId ? 'row-highlighted' : undefined}>
              <th scope="row">
                <code className="learner-value">{row.id}</code>
                {row.id === currentId ? <span className="muted"> ← your cookie</span> : null}
              </th>
              <td>{row.user ?? <span className="muted">anonymous</span>}</td>
              <td>
                {row.data.size === 0 ? (
                  <span className="muted">(empty)</span>
                ) : (
                  [...row.data].map(([key, value]) => (
                    <div key={key}>
                      <code>{key}</code> = <span className="learner-value">{value}</span>
                    </div>
                  ))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
