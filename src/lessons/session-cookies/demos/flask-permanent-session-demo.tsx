import { useEffect, useState } from 'react';
import { appCookiePath } from '../../../config/env.ts';
import type { WriteResult } from '../../../stores/result.ts';
import { FLASK_DEMO_COOKIE, useFlaskDemoSession } from '../../../hooks/use-flask-demo-session.ts';
import { WriteOutcome } from '../../../components/panels/write-outcome.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import '../../../components/flask-session/flask-session.css';

const LIFETIME_MS = 31 * 24 * 60 * 60 * 1000; // PERMANENT_SESSION_LIFETIME

interface Sent {
  readonly permanent: boolean;
  readonly header: string;
}

/** Flask's session cookie with and without `session.permanent = True`, as real cookies. */
export function FlaskPermanentSessionDemo() {
  const session = useFlaskDemoSession();
  const [outcome, setOutcome] = useState<WriteResult | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const { codec } = session;
  // A press made before Flask's signer has loaded (the buttons work from the first paint): done once it is in.
  const [waiting, setWaiting] = useState<boolean | null>(null);

  const logIn = async (permanent: boolean): Promise<void> => {
    if (!codec) return;
    const parsed = codec.parseTaggedJson(permanent ? '{"_permanent":true,"user":"ada"}' : '{"user":"ada"}');
    if (!parsed.ok) return;
    const expires = permanent ? new Date(Date.now() + LIFETIME_MS) : undefined;
    const { result, cookie } = await session.save(parsed.value, expires ? { expires } : {});
    setOutcome(result);
    if (cookie) {
      const expiry = expires ? `; Expires=${expires.toUTCString()}` : '';
      setSent({ permanent, header: `Set-Cookie: session=${cookie}${expiry}; HttpOnly; Path=/` });
    }
  };

  useEffect(() => {
    if (!codec || waiting === null) return;
    setWaiting(null);
    void logIn(waiting);
    // Runs when the codec arrives (logIn reads it); a second press while waiting replaces the first.
  }, [codec, waiting]);
  const press = (permanent: boolean): void => {
    if (codec) void logIn(permanent);
    else setWaiting(permanent);
  };

  return (
    <DemoFrame title="Flask logs you in, twice" simulated>
      <p className="muted">
        The Flask app is simulated; it writes its cookie for real as <code>{FLASK_DEMO_COOKIE}</code> (Path={appCookiePath()}). Compare the
        Expires column of the Cookies panel after each button.
      </p>
      <div className="demo-row">
        <button type="button" onClick={() => press(false)}>
          Log in (session.permanent = False)
        </button>
        <button type="button" onClick={() => press(true)}>
          Log in with “remember me” (session.permanent = True)
        </button>
      </div>
      {waiting !== null ? <p role="status">Loading Flask’s signer: you are logged in as soon as it is ready…</p> : null}
      <WriteOutcome outcome={outcome} />
      {sent ? (
        <>
          <p className="demo-result">What real Flask would send:</p>
          <pre className="flask-pre">{sent.header}</pre>
          <p className="demo-result">
            {sent.permanent
              ? 'An Expires date 31 days ahead: the browser keeps this cookie across restarts until then (and Flask refreshes the date on each request by default).'
              : 'No Expires or Max-Age: a session cookie. The Cookies panel says “Session”; the browser drops it when it closes.'}
          </p>
        </>
      ) : null}
    </DemoFrame>
  );
}
