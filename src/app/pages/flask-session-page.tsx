import { Link } from 'react-router-dom';
import { FlaskSessionTool } from '../../components/flask-session/flask-session-tool.tsx';
import { paths } from '../../config/paths.ts';
import '../../styles/controls.css';
import '../../components/flask-session/flask-session.css';

/*
 * The page is its own chunk (so other pages do not pay for it), and the tool's boxes come with it:
 * the codec, the workers and the tool's other sections are further chunks, loaded when used.
 */

/** `/tools/flask-session`: decode, verify and sign Flask session cookies; guess weak secret keys. */
export function FlaskSessionPage() {
  return (
    <div className="flask-tool">
      <title>Flask session tool · How the web remembers</title>
      <h1>Flask session tool</h1>
      <p className="lead">
        Read, verify and sign Flask session cookies, compatible with real Flask. Everything runs in this page: nothing you type is sent
        anywhere. New to this? The <Link to={paths.lesson('sessions')}>sessions lesson</Link> explains how the cookie is built.
      </p>
      <FlaskSessionTool />
    </div>
  );
}
