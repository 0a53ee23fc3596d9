import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths.ts';
import { FLASK_DEMO_COOKIE, useFlaskDemoSession } from '../../../hooks/use-flask-demo-session.ts';
import { CookiePartsView } from '../../../components/flask-session/cookie-parts-view.tsx';
import { formatUtc } from '../../../components/flask-session/time-text.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import { FlaskSessionStarter } from './flask-session-starter.tsx';

/** Reads the learner's session cookie with no key at all: base64, not encryption. */
export function FlaskSessionOpenDemo() {
  const session = useFlaskDemoSession();
  const { codec, cookie, verdict } = session;
  const decoded = verdict.verdict?.decoded;
  const split = cookie && codec ? codec.splitSessionCookie(cookie) : null;
  return (
    <DemoFrame title={`Open your ${FLASK_DEMO_COOKIE} cookie without the key`}>
      {cookie === null || cookie === undefined ? (
        <FlaskSessionStarter session={session} />
      ) : (
        <>
          <p className="demo-result">
            <code className="learner-value">{cookie}</code>
          </p>
          {split?.ok ? <CookiePartsView parts={split.parts} compressed={split.parts.payload.startsWith('.')} /> : null}
          {decoded?.ok ? (
            <ol className="demo-choices">
              <li>
                base64url-decode the payload{decoded.compressed ? ' and zlib-inflate it' : ''}: <code className="learner-value">{decoded.payloadJson}</code>
              </li>
              <li>
                Read the timestamp: {decoded.timestamp.seconds.toString()} seconds since 1970 ={' '}
                {decoded.timestamp.date ? formatUtc(decoded.timestamp.date) : 'a date beyond range'}.
              </li>
              <li>
                That’s all: no key was needed. The signature only lets the server tell whether the cookie is the one it wrote. It hides
                nothing.
              </li>
            </ol>
          ) : decoded ? (
            <p className="demo-result demo-result-missing">
              This cookie can’t be read as a session: {decoded.kind}: {decoded.reason}
            </p>
          ) : (
            <p className="muted">Decoding…</p>
          )}
          <p>
            <Link to={paths.flaskTool({ cookie })}>Open it in the Flask session tool</Link> (the link carries the cookie, not the key).
          </p>
        </>
      )}
    </DemoFrame>
  );
}
