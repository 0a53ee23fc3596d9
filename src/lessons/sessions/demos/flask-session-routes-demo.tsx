import { useState } from 'react';
import type { Exchange } from '../../../stores/pretend-http/http-types.ts';
import { useCourseServer, useRealServer } from '../../../hooks/use-course-server.ts';
import { PretendConversation } from '../../../components/pretend/pretend-conversation.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

/**
 * The lecture's two routes, on the course's server: `/some-route` does
 * `session['fav_number'] = 42` and `/my-route` reads it back. The server signs exactly as Flask
 * does (src/stores/flask-session/), in an HttpOnly `session` cookie. With a real server that
 * cookie is in this browser's jar (not in document.cookie) and real Flask reads it with the key
 * shown; on a static host the pretend browser keeps it.
 */
export function FlaskSessionRoutesDemo() {
  const server = useCourseServer();
  const real = useRealServer();
  const [page, setPage] = useState<Exchange | null>(null);
  const go = async (path: string): Promise<void> => {
    const exchange = await server.send(path);
    if (exchange !== null) setPage(exchange);
  };
  const generatedKey = real.status === 'real' ? real.info.generatedSecretKey : null;
  return (
    <DemoFrame
      title={server.mode === 'real' ? 'The lecture’s session routes, on the course’s own server' : 'The lecture’s session routes, on a pretend Flask app'}
      simulated
      realServer={server.mode === 'real'}
    >
      {server.mode === 'real' ? (
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
        <button type="button" onClick={() => void go('/some-route')}>
          GET /some-route
        </button>
        <button type="button" onClick={() => void go('/my-route')}>
          GET /my-route
        </button>
      </div>
      <PretendConversation
        failure={server.failure}
        page={page}
        loading={server.loading}
        mode={server.mode}
        emptyText="Visit /some-route to store fav_number in the session, then /my-route to read it back."
        jarHighlight={['session']}
      />
    </DemoFrame>
  );
}
