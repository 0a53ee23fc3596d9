import { useId } from 'react';
import type { FlaskToolInputs } from '../../hooks/use-flask-tool-inputs.ts';
import { INPUT_MAX_CHARS } from '../../stores/flask-session/input-limits.ts';
import { parseMaxAge } from '../../stores/flask-session/tool-options.ts';
import { KEY_DERIVATIONS, SIGNING_DIGESTS } from '../../stores/flask-session/signer-settings.ts';
import { ChoiceField } from '../ui/choice-field.tsx';

interface AppOptionInputsProps {
  readonly inputs: FlaskToolInputs;
  readonly onChange: (change: Partial<FlaskToolInputs>) => void;
}

/**
 * How the learner's own app reads its cookie, when it differs from Flask's defaults:
 * SESSION_COOKIE_NAME, the session interface's salt (flask/src/flask/sessions.py,
 * SecureCookieSessionInterface.salt) and PERMANENT_SESSION_LIFETIME.
 */
export function AppOptionInputs({ inputs, onChange }: AppOptionInputsProps) {
  const ids = { name: useId(), salt: useId(), maxAge: useId(), hint: useId() };
  const maxAge = parseMaxAge(inputs.maxAge);
  const take = (change: Partial<FlaskToolInputs>): void => {
    const text = Object.values(change)[0];
    if (typeof text === 'string' && text.length > INPUT_MAX_CHARS) return;
    onChange(change);
  };
  return (
    <fieldset className="flask-app-options" aria-describedby={ids.hint}>
      <legend>Your app’s settings</legend>
      <div className="demo-row">
        <div className="field">
          <label htmlFor={ids.name}>Cookie name</label>
          <input id={ids.name} type="text" spellCheck={false} autoComplete="off" value={inputs.cookieName} onChange={(event) => take({ cookieName: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.salt}>Salt</label>
          <input id={ids.salt} type="text" spellCheck={false} autoComplete="off" value={inputs.salt} onChange={(event) => take({ salt: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.maxAge}>Max age (seconds)</label>
          <input
            id={ids.maxAge}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={inputs.maxAge}
            aria-invalid={!maxAge.ok}
            onChange={(event) => take({ maxAge: event.target.value })}
          />
        </div>
        <ChoiceField label="Digest" value={inputs.digest} options={SIGNING_DIGESTS} onChange={(digest) => onChange({ digest })} />
        <ChoiceField label="Key derivation" value={inputs.keyDerivation} options={KEY_DERIVATIONS} onChange={(keyDerivation) => onChange({ keyDerivation })} />
      </div>
      {maxAge.ok ? null : (
        <p role="alert" className="panel-alert">
          {maxAge.reason} The check uses Flask’s 31 days until then.
        </p>
      )}
      <p id={ids.hint} className="muted flask-hint">
        Flask’s defaults: the cookie is named <code>session</code> (SESSION_COOKIE_NAME), signed with the salt <code>cookie-session</code>, and
        refused once older than 2678400 seconds, 31 days (PERMANENT_SESSION_LIFETIME), with a key derived by HMAC-SHA1. Change them if your app does:
        a session interface may override <code>salt</code>, <code>digest_method</code> and <code>key_derivation</code> (itsdangerous’ Signer options).
      </p>
    </fieldset>
  );
}
