import { useState } from 'react';
import type { WriteResult } from '../../../stores/result.ts';
import { FLASK_DEMO_COOKIE, type FlaskDemoSession } from '../../../hooks/use-flask-demo-session.ts';
import { WriteOutcome } from '../../../components/panels/write-outcome.tsx';

const SAMPLE = '{"fav_foods":["taco","pizza"],"fav_number":42}';

/** For demos that need a session cookie when the learner has none yet. */
export function FlaskSessionStarter({ session }: { readonly session: FlaskDemoSession }) {
  const [outcome, setOutcome] = useState<WriteResult | null>(null);
  const { codec } = session;
  const start = async (): Promise<void> => {
    if (!codec) return;
    const parsed = codec.parseTaggedJson(SAMPLE);
    if (parsed.ok) setOutcome((await session.save(parsed.value)).result);
  };
  if (session.cookie === undefined) return <p className="muted">Reading your cookies…</p>;
  return (
    <>
      <p>
        You have no <code>{FLASK_DEMO_COOKIE}</code> cookie yet (the first step stores one).{' '}
        <button type="button" disabled={!codec} onClick={() => void start()}>
          Store a sample session
        </button>
      </p>
      <WriteOutcome outcome={outcome} />
    </>
  );
}
