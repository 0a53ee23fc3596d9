import { useId, useState } from 'react';
import type { Exchange } from '../../../stores/pretend-http/http-types.ts';
import { SITE_ORIGINS } from '../../../stores/pretend-http/site-origins.ts';
import { usePretendBrowser } from '../../../hooks/use-pretend-browser.ts';
import { PretendConversation } from '../../../components/pretend/pretend-conversation.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

const FLASK = SITE_ORIGINS.flaskDemo;

/** The goldfish: GET /greet on the pretend server answers from the request alone. */
export function GoldfishServerDemo() {
  const { load, status, failure } = usePretendBrowser();
  const [name, setName] = useState('Ada');
  const [page, setPage] = useState<Exchange | null>(null);
  const nameId = useId();
  const introduce = `/greet?${new URLSearchParams({ name }).toString()}`;

  const send = async (pathAndQuery: string): Promise<void> => {
    try {
      const browser = await load();
      setPage(await browser.fetch(`${FLASK}${pathAndQuery}`));
    } catch {
      // Reported through `failure`.
    }
  };

  return (
    <DemoFrame title={`A goldfish server at ${new URL(FLASK).host}`} simulated>
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
      <PretendConversation failure={failure} page={page} loading={status === 'loading'} emptyText="Introduce yourself, then ask again without your name." />
    </DemoFrame>
  );
}
