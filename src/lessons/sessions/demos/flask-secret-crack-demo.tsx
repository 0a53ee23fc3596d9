import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths.ts';
import { FLASK_DEMO_COOKIE, useFlaskDemoSession } from '../../../hooks/use-flask-demo-session.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

/** Sends the learner to the tool's weak-secret guesser with their own cookie. */
export function FlaskSecretCrackDemo() {
  const { cookie } = useFlaskDemoSession();
  const target = cookie ? paths.flaskTool({ cookie }) : paths.flaskTool({ cookie: 'eyJmYXZfbnVtYmVyIjo0Mn0.awdHWg.JUidkituNsV5LO_WE7Qi-q_4aWQ' });
  return (
    <DemoFrame title="Crack the lecture’s secret key">
      <ol className="demo-choices">
        <li>
          <Link to={target}>Open {cookie ? `your ${FLASK_DEMO_COOKIE} cookie` : 'a sample Flask cookie'} in the Flask session tool</Link> — the
          link carries only the cookie, not the key.
        </li>
        <li>
          Press <strong>Guess the secret key</strong>. It tries a list of common keys, in Web Workers, hundreds of thousands a second.
        </li>
        <li>Then sign any session you like with the key it finds — “logged in as admin” included — and the app would believe it.</li>
      </ol>
    </DemoFrame>
  );
}
