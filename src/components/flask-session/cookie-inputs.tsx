import { lazy, Suspense, useId } from 'react';
import type { FlaskToolInputs } from '../../hooks/use-flask-tool-inputs.ts';
import { INPUT_MAX_CHARS } from '../../stores/flask-session/input-limits.ts';
import { LimitedTextArea } from './limited-text-area.tsx';
import type { SessionCookieInput } from '../../stores/flask-session/session-cookie-input.ts';

interface CookieInputsProps {
  readonly inputs: FlaskToolInputs;
  /** What picking the cookie out of the paste did ("Took the cookie named session from …"). */
  readonly picked: SessionCookieInput | null;
  readonly onChange: (change: Partial<FlaskToolInputs>) => void;
}

// Rarely shown, so loaded when they are (they come with the codec's first use at the latest).
const PickedCookieNote = lazy(() => import('./cookie-input-notes.tsx').then((module) => ({ default: module.PickedCookieNote })));
const SecretInUrlWarning = lazy(() => import('./cookie-input-notes.tsx').then((module) => ({ default: module.SecretInUrlWarning })));

const COOKIE_HINT = 'A browser keeps at most 4096 bytes of name and value per cookie, so a real session cookie is far shorter.';
const SECRET_HINT = 'A SECRET_KEY (one per line) is a few dozen characters.';

/** The two boxes the whole tool follows, and the choice of keeping the secret out of the URL. */
export function CookieInputs({ inputs, picked, onChange }: CookieInputsProps) {
  const hintId = useId();
  const secretHintId = useId();
  const leftOut = inputs.refusedFromUrl;
  return (
    <div className="flask-inputs">
      <LimitedTextArea
        label="Session cookie"
        className="flask-cookie-box"
        rows={3}
        autoComplete="off"
        placeholder="eyJmYXZfbnVtYmVyIjo0Mn0.awdHWg.JUidkituNsV5LO_WE7Qi-q_4aWQ"
        aria-describedby={hintId}
        value={inputs.cookie}
        onText={(cookie) => onChange({ cookie })}
        limit={INPUT_MAX_CHARS}
        limitHint={COOKIE_HINT}
        leftOutFromLink={leftOut?.cookie === undefined ? null : { what: 'cookie', length: leftOut.cookie }}
      >
        <p id={hintId} className="muted flask-hint">
          The value of the <code>{inputs.cookieName || 'session'}</code> cookie, or a whole <code>Cookie:</code> or <code>Set-Cookie:</code> header, or
          rows copied from DevTools (Application → Cookies).
        </p>
        {picked ? (
          <Suspense fallback={null}>
            <PickedCookieNote picked={picked} />
          </Suspense>
        ) : null}
      </LimitedTextArea>
      <LimitedTextArea
        label="Secret key"
        rows={2}
        autoComplete="off"
        placeholder={"the app's SECRET_KEY\nand any SECRET_KEY_FALLBACKS, one per line"}
        aria-describedby={secretHintId}
        value={inputs.secret}
        onText={(secret) => onChange({ secret })}
        limit={INPUT_MAX_CHARS}
        limitHint={SECRET_HINT}
        leftOutFromLink={leftOut?.secret === undefined ? null : { what: 'secret key', length: leftOut.secret }}
      >
        <p id={secretHintId} className="muted flask-hint">
          One key per line: SECRET_KEY first (it signs), then any SECRET_KEY_FALLBACKS (Flask 3.1 still accepts cookies they signed).
        </p>
      </LimitedTextArea>
      <label className="check">
        <input type="checkbox" checked={inputs.secretInUrl} onChange={(event) => onChange({ secretInUrl: event.target.checked })} /> Put the
        secret key in the page’s URL too, so a copied link carries it
      </label>
      {inputs.secretInUrl ? (
        <Suspense fallback={null}>
          <SecretInUrlWarning />
        </Suspense>
      ) : (
        <p className="muted flask-hint">
          The URL carries the cookie, so you can share what you see; the secret key stays out of it unless you tick the box. (A live
          cookie from a real site is a secret too: whoever holds it is logged in as you until it expires.)
        </p>
      )}
    </div>
  );
}
