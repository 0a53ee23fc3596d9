import { useId, useState } from 'react';
import { useServerSession } from '../../../hooks/use-server-session.ts';
import { pageServerSessions } from '../../../stores/server-side-session-store.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import { ServerSessionTable } from './server-session-table.tsx';

/** Session fixation: an attacker plants a known id before you log in; rotating the id defeats it. */
export function SessionFixationDemo() {
  const session = useServerSession();
  const [attackerId, setAttackerId] = useState<string | null>(null);
  const [rotate, setRotate] = useState(true);
  const rotateId = useId();
  const attackerRow = attackerId === null ? null : (session.rows.find((row) => row.id === attackerId) ?? null);

  const getId = (): void => setAttackerId(pageServerSessions.create().id);

  return (
    <DemoFrame title="Session fixation, step by step" simulated>
      <ol className="demo-choices">
        <li>
          <button type="button" onClick={getId}>
            Attacker: visit the site and get a session id
          </button>{' '}
          {attackerId ? <code className="learner-value">{attackerId}</code> : null}
        </li>
        <li>
          <button type="button" disabled={attackerId === null} onClick={() => attackerId && session.plantId(attackerId)}>
            Attacker: plant that id in your browser
          </button>{' '}
          <span className="muted">(in real life: a link with the id in it, a cookie set from a sibling subdomain, a shared computer)</span>
        </li>
        <li>
          <label className="check" htmlFor={rotateId}>
            <input id={rotateId} type="checkbox" checked={rotate} onChange={(event) => setRotate(event.target.checked)} /> The server rotates
            the id at login
          </label>{' '}
          <button type="button" onClick={() => session.login('ada', rotate)}>
            You: log in as ada
          </button>
        </li>
      </ol>
      {attackerId ? (
        <p className="demo-result" aria-live="polite">
          The attacker sends <code>Cookie: …={attackerId.slice(0, 10)}…</code> and the server finds:{' '}
          {attackerRow === null ? (
            <strong>no session — locked out.</strong>
          ) : attackerRow.user ? (
            <strong className="demo-result-missing">a session logged in as {attackerRow.user}. The attacker is in.</strong>
          ) : (
            <strong>an anonymous session (nobody has logged in on it yet).</strong>
          )}
        </p>
      ) : null}
      <ServerSessionTable rows={session.rows} currentId={session.cookieId} />
    </DemoFrame>
  );
}
