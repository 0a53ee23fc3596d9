import { useRealServer } from '../../../hooks/use-course-server.ts';
import { useCourseServerPage } from '../../../hooks/use-course-server-page.ts';
import { CourseServerDemo } from '../../../components/lesson/demos/course-server-demo.tsx';

/** The demo's words: its title in each mode, its window before the first request, the cookies it sets. */
const DEMO = { titles: { real: 'The lecture’s session routes, on the course’s own server', simulated: 'The lecture’s session routes, on a pretend Flask app' }, emptyText: 'Visit /some-route to store fav_number in the session, then /my-route to read it back.', jarHighlight: ['session'] } as const;

/**
 * The lecture's two routes, on the course's server: `/some-route` does
 * `session['fav_number'] = 42` and `/my-route` reads it back. The server signs exactly as Flask
 * does (src/stores/flask-session/), in an HttpOnly `session` cookie. With a real server that
 * cookie is in this browser's jar (not in document.cookie) and real Flask reads it with the key
 * shown; on a static host the pretend browser keeps it.
 */
export function FlaskSessionRoutesDemo() {
  const conversation = useCourseServerPage();
  const real = useRealServer();
  const generatedKey = real.status === 'real' ? real.info.generatedSecretKey : null;
  return (
    <CourseServerDemo conversation={conversation} {...DEMO}>
      {conversation.server.mode === 'real' ? (
        <p className="muted">
          {generatedKey === null ? (
            <>This server signs with the SECRET_KEY from its environment.</>
          ) : (
            <>
              No SECRET_KEY was set, so this run of the server made one up (shown because this is a course; a real app never shows its
              key): <code className="learner-value">{generatedKey}</code>. Real Flask with <code>app.secret_key</code> set to it reads
              the same cookie.
            </>
          )}
        </p>
      ) : null}
      <div className="demo-row">
        <button type="button" onClick={() => void conversation.go('/some-route')}>
          GET /some-route
        </button>
        <button type="button" onClick={() => void conversation.go('/my-route')}>
          GET /my-route
        </button>
      </div>
    </CourseServerDemo>
  );
}
