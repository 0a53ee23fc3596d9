import { useId } from 'react';
import type { Exchange } from '../../../stores/pretend-http/http-types.ts';
import type { AttackerFinding } from '../../../stores/pretend-http/fixation-types.ts';
import { useSessionFixation } from '../../../hooks/use-session-fixation.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import { HttpText } from '../../../components/pretend/http-text.tsx';
import { PretendWindow } from '../../../components/pretend/pretend-window.tsx';
import { SetCookieVerdicts } from '../../../components/pretend/set-cookie-verdicts.tsx';
import { SessionTable } from './session-table.tsx';

const MARKS = { you: 'your cookie', attacker: 'the attacker’s cookie' } as const;

function Finding({ finds }: { readonly finds: AttackerFinding }) {
  if (finds.kind === 'nothing') return <strong>no session — locked out.</strong>;
  if (finds.kind === 'anonymous') return <strong>an anonymous session (nobody has logged in on it yet).</strong>;
  return <strong className="demo-result-missing">a session logged in as {finds.user}. The attacker is in.</strong>;
}

/** One pretend browser: the session id in its jar, its last request (raw HTTP), what it did with the answer's cookies, and the page it got. */
function BrowserBox({ label, id, last }: { readonly label: string; readonly id: string | null; readonly last: Exchange | null }) {
  return (
    <section aria-label={label} className="pretend-box">
      <p className="pretend-box-title">{label}</p>
      <p>
        <code>session</code> cookie: {id === null ? <span className="muted">none</span> : <code className="learner-value">{id.slice(0, 10)}…</code>}
      </p>
      {last ? (
        <>
          <pre className="pretend-console-output"><code><HttpText text={last.requestText} /></code></pre>
          <SetCookieVerdicts verdicts={last.setCookies} />
        </>
      ) : null}
      <PretendWindow exchange={last} loading={false} emptyText="No page yet." />
    </section>
  );
}

/**
 * Session fixation on the course's own handlers: the attacker's browser and yours (two pretend
 * jars) talk to one server in this page; the switch picks the login the server runs — the
 * vulnerable one (same id) or the course's (a fresh id, the old row deleted).
 */
export function SessionFixationDemo() {
  const fixation = useSessionFixation();
  const rotateId = useId();
  const failure = fixation.loadFailure ?? fixation.failure;
  return (
    <DemoFrame title="Session fixation, step by step" simulated>
      <p className="muted">
        Two pretend browsers, the attacker&rsquo;s and yours, each with its own cookie jar, talk to the course&rsquo;s server-side session
        routes and their SQL table, here in this page. It takes a second browser, so this demo runs in the page even beside a real server.
      </p>
      <ol className="demo-choices">
        <li>
          <button type="button" onClick={fixation.attackerGetsId}>
            Attacker: visit the site and get a session id
          </button>{' '}
          {fixation.attackerId ? <code className="learner-value">{fixation.attackerId}</code> : null}
        </li>
        <li>
          <button type="button" disabled={fixation.attackerId === null} onClick={fixation.plantId}>
            Attacker: plant that id in your browser
          </button>{' '}
          <span className="muted">(in real life: a cookie set from a sibling subdomain, a shared computer, a crafted link on a site that takes ids from URLs)</span>
          {fixation.plantNote ? <p className="muted">{fixation.plantNote}</p> : null}
        </li>
        <li>
          <label className="check" htmlFor={rotateId}>
            <input id={rotateId} type="checkbox" checked={fixation.rotate} onChange={(event) => fixation.setRotate(event.target.checked)} /> The
            server rotates the id at login
          </label>{' '}
          <button type="button" onClick={() => fixation.youLogIn('ada')}>
            You: log in as ada
          </button>
        </li>
      </ol>
      {fixation.attackerId && fixation.attackerFinds ? (
        <p className="demo-result" aria-live="polite">
          The attacker sends <code>Cookie: session={fixation.attackerId.slice(0, 10)}…</code> and the server finds:{' '}
          <Finding finds={fixation.attackerFinds} />
        </p>
      ) : null}
      {fixation.loading ? <p className="muted">Loading the two pretend browsers…</p> : null}
      {failure ? (
        <p role="alert" className="panel-alert">
          {failure}
        </p>
      ) : null}
      <div className="pretend-grid">
        <BrowserBox label="The attacker’s browser" id={fixation.attackerId} last={fixation.attackerLast} />
        <BrowserBox label="Your browser" id={fixation.yourId} last={fixation.yourLast} />
      </div>
      <SessionTable sql={fixation.sql} rows={fixation.rows.map((row) => ({ ...row, marks: row.holders.map((holder) => MARKS[holder]) }))} where="in this page’s memory" />
    </DemoFrame>
  );
}
