import { useId, useState } from 'react';
import type { Exchange } from '../../../stores/pretend-http/http-types.ts';
import { useCourseServer } from '../../../hooks/use-course-server.ts';
import { PretendConversation } from '../../../components/pretend/pretend-conversation.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

/**
 * The goldfish: GET /greet answers from the request alone. The course's real server answers when
 * one runs beside the page (npm run dev / npm start), else the pretend server in the page.
 */
export function GoldfishServerDemo() {
  const server = useCourseServer();
  const [name, setName] = useState('Ada');
  const [page, setPage] = useState<Exchange | null>(null);
  const nameId = useId();
  const introduce = `/greet?${new URLSearchParams({ name }).toString()}`;

  const send = async (pathAndQuery: string): Promise<void> => {
    const exchange = await server.send(pathAndQuery);
    if (exchange !== null) setPage(exchange);
  };

  return (
    <DemoFrame
      title={server.mode === 'real' ? 'A goldfish server: the course’s own server' : 'A goldfish server at localhost:5000'}
      simulated
      realServer={server.mode === 'real'}
    >
      {server.mode === 'real' ? <p className="muted">The course&rsquo;s own server answers at {server.origin}: your browser sends these requests itself.</p> : null}
      <div className="demo-row">
        <div className="field">
          <label htmlFor={nameId}>Your name</label>
          <input id={nameId} type="text" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="button" onClick={() => void send(introduce)}>
          Send GET {introduce}
        </button>
        <button type="button" onClick={() => void send('/greet')}>
          Send GET /greet
        </button>
      </div>
      <PretendConversation failure={server.failure} page={page} loading={server.loading} emptyText="Introduce yourself, then ask again without your name." mode={server.mode} />
    </DemoFrame>
  );
}
