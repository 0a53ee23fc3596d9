import { lazy, Suspense, useId, useState } from 'react';
import type { FlaskToolInputs } from '../../hooks/use-flask-tool-inputs.ts';
import { INPUT_MAX_CHARS } from '../../stores/flask-session/input-limits.ts';
import { tooLongMessage } from './display-limits.ts';
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
  const cookieId = useId();
  const secretId = useId();
  const hintId = useId();
  const secretHintId = useId();
  const [refused, setRefused] = useState<{ readonly box: 'cookie' | 'secret'; readonly message: string } | null>(null);
  /** Takes the new text unless it is over the limit; then keeps the old text and says why. */
  const take = (box: 'cookie' | 'secret', text: string): void => {
    const message = tooLongMessage(box === 'cookie' ? 'Session cookie' : 'Secret key', text.length, INPUT_MAX_CHARS, box === 'cookie' ? COOKIE_HINT : SECRET_HINT);
    if (message !== null) return setRefused({ box, message: `${message} What was in the box is kept.` });
    if (refused?.box === box) setRefused(null);
    onChange(box === 'cookie' ? { cookie: text } : { secret: text });
  };
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
          onPaste={(event) => {
            // Refuse a huge paste before the browser lays it out in the box.
            const pasted = event.clipboardData.getData('text');
            if (pasted.length > INPUT_MAX_CHARS) {
              event.preventDefault();
              take('cookie', pasted);
            }
          }}
          onChange={(event) => take('cookie', event.target.value)}
        />
        {inputs.refusedFromUrl?.cookie !== undefined ? (
          <p role="alert" className="panel-alert">
            The link’s cookie was left out: {tooLongMessage('Session cookie', inputs.refusedFromUrl.cookie, INPUT_MAX_CHARS, COOKIE_HINT)}
          </p>
        ) : null}
        {refused?.box === 'cookie' ? (
          <p role="alert" className="panel-alert">
            {refused.message}
          </p>
        ) : null}
        <p id={hintId} className="muted flask-hint">
          The value of the <code>{inputs.cookieName || 'session'}</code> cookie, or a whole <code>Cookie:</code> or <code>Set-Cookie:</code> header, or
          rows copied from DevTools (Application → Cookies).
        </p>
        {picked ? (
          <Suspense fallback={null}>
            <PickedCookieNote picked={picked} />
          </Suspense>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={secretId}>Secret key</label>
        <textarea
          id={secretId}
          rows={2}
          spellCheck={false}
          autoComplete="off"
          placeholder={"the app's SECRET_KEY\nand any SECRET_KEY_FALLBACKS, one per line"}
          value={inputs.secret}
          aria-describedby={secretHintId}
          onChange={(event) => take('secret', event.target.value)}
        />
        <p id={secretHintId} className="muted flask-hint">
          One key per line: SECRET_KEY first (it signs), then any SECRET_KEY_FALLBACKS (Flask 3.1 still accepts cookies they signed).
        </p>
        {inputs.refusedFromUrl?.secret !== undefined ? (
          <p role="alert" className="panel-alert">
            The link’s secret key was left out: {tooLongMessage('Secret key', inputs.refusedFromUrl.secret, INPUT_MAX_CHARS, SECRET_HINT)}
          </p>
        ) : null}
        {refused?.box === 'secret' ? (
          <p role="alert" className="panel-alert">
            {refused.message}
          </p>
        ) : null}
      </div>
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
