import type { FlaskDemoSession } from '../../../hooks/use-flask-demo-session.ts';
import { FLASK_DEMO_COOKIE } from '../../../hooks/use-flask-demo-session.ts';
import { reprHelpersFrom } from '../../../components/flask-session/python-repr.ts';
import { TypedSessionView } from '../../../components/flask-session/typed-session-view.tsx';

/** What the pretend Flask app reads from the real cookie on the next request, with its types. */
export function FlaskSessionReadback({ session }: { readonly session: FlaskDemoSession }) {
  const { cookie, codec, verdict } = session;
  if (cookie === undefined || !codec) return <p className="muted">Reading your cookies…</p>;
  if (cookie === null) {
    return (
      <p className="demo-result">
        No <code>{FLASK_DEMO_COOKIE}</code> cookie came with the request, so <code>session</code> is empty: <code>{'{}'}</code>.
      </p>
    );
  }
  const result = verdict.verdict?.verified;
  if (verdict.stale || !result) return <p className="muted">Checking the signature…</p>;
  if (!result.ok) {
    return (
      <p className="demo-result demo-result-missing" aria-live="polite">
        Flask refuses the cookie — {result.kind}: {result.reason} — and starts an empty <code>session</code>: <code>{'{}'}</code>.
      </p>
    );
  }
  const helpers = reprHelpersFrom(codec);
  const favNumber = result.value.type === 'dict' ? result.value.entries.get('fav_number') : undefined;
  return (
    <div aria-live="polite">
      <p className="demo-result">Signature valid: Flask trusts the cookie and rebuilds the dictionary, types and all.</p>
      <TypedSessionView value={result.value} helpers={helpers} />
      {favNumber?.type === 'int' ? (
        <p className="demo-result">
          <code>session["fav_number"] + 1</code> → <strong className="learner-value">{(favNumber.value + 1n).toString()}</strong> (still an{' '}
          <code>int</code>: no <code>int()</code> needed)
        </p>
      ) : null}
      {favNumber?.type === 'string' ? (
        <p className="demo-result">
          <code>session["fav_number"] + 1</code> → <code>TypeError: can only concatenate str (not "int") to str</code>: you stored a string,
          and a string came back.
        </p>
      ) : null}
    </div>
  );
}
