import type { FlaskVerdict } from '../../../hooks/use-flask-verdict.ts';
import '../../../components/flask-session/flask-session.css';

/** Flask's answer to an edited cookie, and what it tolerated. */
export function TamperVerdict({ verdict, changed }: { readonly verdict: FlaskVerdict | null; readonly changed: boolean }) {
  if (verdict === null) return <p className="muted">Asking Flask…</p>;
  const result = verdict.verified;
  if (result === null) return <p className="muted">This page has no WebCrypto (crypto.subtle), so the signature cannot be checked here.</p>;
  const readable = verdict.decoded.ok ? verdict.decoded.payloadJson : null;
  return (
    <div aria-live="polite">
      {readable ? (
        <p className="demo-result">
          Payload anyone can read: <code className="learner-value">{readable}</code>
        </p>
      ) : null}
      {result.ok ? (
        <p className="demo-result">
          <strong>Flask accepts it</strong>
          {changed ? ': the text changed, but not the bytes the signature stands for.' : ': this is the cookie Flask signed.'}
        </p>
      ) : (
        <p className="demo-result demo-result-missing">
          <strong>Flask refuses it</strong> — {result.kind}: {result.reason} The session starts empty.
        </p>
      )}
      {result.ok && result.notes.length > 0 ? (
        <ul className="flask-notes">
          {result.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
