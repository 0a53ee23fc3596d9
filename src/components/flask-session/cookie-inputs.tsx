import { useId } from 'react';
import type { FlaskToolInputs } from '../../hooks/use-flask-tool-inputs.ts';

interface CookieInputsProps {
  readonly inputs: FlaskToolInputs;
  readonly ignored: readonly string[];
  readonly onChange: (change: Partial<FlaskToolInputs>) => void;
}

/** The two boxes the whole tool follows, and the choice of keeping the secret out of the URL. */
export function CookieInputs({ inputs, ignored, onChange }: CookieInputsProps) {
  const cookieId = useId();
  const secretId = useId();
  const hintId = useId();
  return (
    <div className="flask-inputs">
      <div className="field">
        <label htmlFor={cookieId}>Session cookie</label>
        <textarea
          id={cookieId}
          className="flask-cookie-box"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          placeholder="eyJmYXZfbnVtYmVyIjo0Mn0.awdHWg.JUidkituNsV5LO_WE7Qi-q_4aWQ"
          value={inputs.cookie}
          aria-describedby={hintId}
          onChange={(event) => onChange({ cookie: event.target.value })}
        />
        <p id={hintId} className="muted flask-hint">
          The value of the <code>session</code> cookie (DevTools → Application → Cookies).
          {ignored.length > 0 ? ` Ignored: ${ignored.join(' and ')}.` : ''}
        </p>
      </div>
      <div className="field">
        <label htmlFor={secretId}>Secret key</label>
        <input
          id={secretId}
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder="the app's SECRET_KEY"
          value={inputs.secret}
          onChange={(event) => onChange({ secret: event.target.value })}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={inputs.secretInUrl} onChange={(event) => onChange({ secretInUrl: event.target.checked })} /> Put the
        secret key in the page’s URL too, so a copied link carries it
      </label>
      {inputs.secretInUrl ? (
        <p className="flask-warning">
          <strong>Only for practice secrets.</strong> A URL is not a safe place for a real secret key: it lands in your browser history, in
          the web server’s access logs (a reload sends it), in bookmarks, and in every chat or ticket you paste it into. Anyone with the key can
          sign any session — including “logged in as admin”.
        </p>
      ) : (
        <p className="muted flask-hint">
          The URL carries the cookie, so you can share what you see; the secret key stays out of it unless you tick the box. (A live
          cookie from a real site is a secret too: whoever holds it is logged in as you until it expires.)
        </p>
      )}
    </div>
  );
}
