import { Link } from 'react-router-dom';
import { paths } from '../paths.ts';

/** Placeholder until the codec lands: says what the tool will do, never a blank page. */
export function FlaskSessionPage() {
  return (
    <div className="page-narrow">
      <title>Flask session tool · How the web remembers</title>
      <h1>Flask session tool</h1>
      <p className="lead">Decode, verify and sign Flask session cookies, byte for byte compatible with real Flask.</p>
      <ul>
        <li>Paste a session cookie and see the session exactly as Flask stored it (tagged JSON), with its types and signing time.</li>
        <li>Add the secret key to check the signature: “Signature valid” or “Signature invalid”.</li>
        <li>Sign new session JSON into a cookie that real Flask accepts.</li>
      </ul>
      <p>
        Until then, the <Link to={paths.lesson('sessions')}>sessions lesson</Link> explains how the cookie is built.
      </p>
    </div>
  );
}
