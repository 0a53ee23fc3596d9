import { useEffect, useState } from 'react';
import type { SessionTableBody } from '../../../server/server-side-routes.ts';
import type { SendOptions } from '../../../hooks/use-course-server.ts';
import { readSessionTable } from '../../../stores/session-table-answer.ts';
import { useCourseServerPage } from '../../../hooks/use-course-server-page.ts';
import { CourseServerDemo } from '../../../components/lesson/demos/course-server-demo.tsx';
import { SessionTable } from './session-table.tsx';

/** The demo's words: its title in each mode, its window before the first request, the cookies it sets. */
const DEMO = { titles: { real: 'Server-side sessions in SQLite, on the course’s own server', simulated: 'Server-side sessions in SQLite, on a pretend server' }, emptyText: 'Store fav_number in a server-side session, read it back, log in, log out: the table below changes, the cookie holds only an id.', jarHighlight: ['session'] } as const;

/**
 * Server-side sessions with a real SQL database (SQLite through sql.js): the `session` cookie
 * holds only a random id, the row lives in the server's table, shown with the SELECT that read
 * it. Log in issues a new id, log out deletes the row. With a real server the database is a
 * file (SESSION_DB) and survives a restart; in the page it lives in memory.
 */
export function ServerSideSqlDemo() {
  const conversation = useCourseServerPage();
  const { server } = conversation;
  const [table, setTable] = useState<SessionTableBody | null>(null);
  const [tableFailure, setTableFailure] = useState<string | null>(null);

  const refresh = async (): Promise<void> => {
    const exchange = await server.send('/server-side/table', { record: false });
    const read = readSessionTable(exchange);
    setTable(read);
    setTableFailure(exchange !== null && read === null ? 'The server answered the SELECT with something that is not a table.' : null);
  };
  const go = async (path: string, options?: SendOptions): Promise<void> => {
    await conversation.go(path, options);
    await refresh();
  };
  // A real server's table may already hold this browser's session (a reload, a restart): show it.
  useEffect(() => {
    if (server.mode === 'real') void refresh();
  }, [server.mode]);

  return (
    <CourseServerDemo conversation={conversation} {...DEMO}>
      <div className="demo-row">
        <button type="button" onClick={() => void go('/server-side/some-route')}>
          GET /server-side/some-route
        </button>
        <button type="button" onClick={() => void go('/server-side/my-route')}>
          GET /server-side/my-route
        </button>
        <button type="button" onClick={() => void go('/server-side/', {})}>
          Visit GET /server-side/ (count visits)
        </button>
        <button type="button" onClick={() => void go('/server-side/login', { method: 'POST', form: { user: 'ada' } })}>
          Log in as ada (new id)
        </button>
        <button type="button" onClick={() => void go('/server-side/logout', { method: 'POST' })}>
          Log out (delete the row)
        </button>
      </div>
      <SessionTable
        sql={table?.sql ?? null}
        where={table?.storage}
        rows={(table?.rows ?? []).map((row) => ({ ...row, marks: row.current ? ['your cookie'] : [] }))}
        failure={tableFailure}
      />
    </CourseServerDemo>
  );
}
