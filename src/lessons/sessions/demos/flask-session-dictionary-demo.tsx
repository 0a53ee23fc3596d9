import { useId, useState, type FormEvent } from 'react';
import type { FlaskValue } from '../../../stores/flask-session/index.ts';
import type { WriteResult } from '../../../stores/result.ts';
import { FLASK_DEMO_COOKIE, useFlaskDemoSession } from '../../../hooks/use-flask-demo-session.ts';
import { pythonRepr, pythonStrRepr, reprHelpersFrom } from '../../../components/flask-session/python-repr.ts';
import { WriteOutcome } from '../../../components/panels/write-outcome.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import { FlaskSessionReadback } from './flask-session-readback.tsx';
import '../../../components/flask-session/flask-session.css';

/** "42" → int, "4.5" → float, anything else → str, as a Flask view that parsed its form might. */
export function numberOrText(text: string): FlaskValue {
  const trimmed = text.trim();
  if (/^-?\d{1,300}$/.test(trimmed)) return { type: 'int', value: BigInt(trimmed) };
  if (/^-?\d+\.\d+$/.test(trimmed)) return { type: 'float', value: Number(trimmed) };
  return { type: 'string', value: text };
}

export function listOfWords(text: string): FlaskValue {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return { type: 'list', items: items.map((value): FlaskValue => ({ type: 'string', value })) };
}

/** Put a number and a list into a (pretend) Flask session; read them back from the real cookie. */
export function FlaskSessionDictionaryDemo() {
  const session = useFlaskDemoSession();
  const [number, setNumber] = useState('42');
  const [foods, setFoods] = useState('taco, pizza');
  const [outcome, setOutcome] = useState<WriteResult | null>(null);
  const ids = { number: useId(), foods: useId() };
  const value: FlaskValue = { type: 'dict', entries: new Map([['fav_number', numberOrText(number)], ['fav_foods', listOfWords(foods)]]) };
  const { codec } = session;

  const store = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setOutcome((await session.save(value)).result);
  };

  return (
    <DemoFrame title="A pretend Flask app with a session" simulated>
      <p className="muted">
        The Flask app is simulated in this page, signing exactly as Flask does with the lecture’s <code>SECRET_KEY</code>. The{' '}
        <code>{FLASK_DEMO_COOKIE}</code> cookie it sets is a real cookie in your browser: watch the Cookies panel.
      </p>
      <form method="dialog" className="demo-row" onSubmit={(event) => void store(event)}>
        <div className="field">
          <label htmlFor={ids.number}>fav_number</label>
          <input id={ids.number} type="text" value={number} onChange={(event) => setNumber(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.foods}>fav_foods (comma-separated)</label>
          <input id={ids.foods} type="text" value={foods} onChange={(event) => setFoods(event.target.value)} />
        </div>
        <button type="submit" disabled={!codec}>
          Store in the session
        </button>
      </form>
      <pre className="flask-pre">
        {codec
          ? [...(value.type === 'dict' ? value.entries : [])].map(([key, item]) => `session[${pythonStrRepr(key)}] = ${pythonRepr(item, reprHelpersFrom(codec))}`).join('\n')
          : 'session["fav_number"] = …'}
      </pre>
      <WriteOutcome outcome={outcome} />
      <h3 className="demo-subtitle">The next request: what Flask reads back</h3>
      <FlaskSessionReadback session={session} />
    </DemoFrame>
  );
}
