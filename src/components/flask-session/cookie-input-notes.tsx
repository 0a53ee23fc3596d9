import type { SessionCookieInput } from '../../stores/flask-session/session-cookie-input.ts';

/**
 * What the Session cookie box says only once there is something to say: which cookie was taken
 * from a pasted header (or why none could be), and the warning when the secret key goes into the
 * URL. Loaded then, not with the page (cookie-inputs.tsx).
 */

/** What picking the cookie out of the paste did ("Took the cookie named session from …"). */
export function PickedCookieNote({ picked }: { readonly picked: SessionCookieInput }) {
  if (!picked.ok) {
    return (
      <p role="alert" className="panel-alert">
        {picked.reason}
      </p>
    );
  }
  if (picked.notes.length === 0) return null;
  return (
    <p className="muted flask-hint">
      {picked.notes.join(' ')}
      {picked.attributes.length > 0 ? ` Attributes: ${picked.attributes.map(([name, value]) => (value === 'yes' ? name : `${name}=${value}`)).join(', ')}.` : ''}
    </p>
  );
}

export function SecretInUrlWarning() {
  return (
    <p className="flask-warning">
      <strong>Only for practice secrets.</strong> A URL is not a safe place for a real secret key: it lands in your browser history, in the
      web server’s access logs (a reload sends it), in bookmarks, and in every chat or ticket you paste it into. Anyone with the key can sign
      any session — including “logged in as admin”.
    </p>
  );
}
