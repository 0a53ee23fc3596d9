import { useId, useState, type FormEvent } from 'react';
import { appCookiePath } from '../../../config/env.ts';
import { appCookies } from '../../../config/app-keys.ts';
import type { WriteResult } from '../../../stores/result.ts';
import { useCookies } from '../../../hooks/use-cookies.ts';
import { WriteOutcome } from '../../../components/panels/write-outcome.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

/** Sets a real cookie with document.cookie and shows what document.cookie returns afterwards. */
export function CookieFromJsDemo() {
  const { snapshot, store } = useCookies();
  const [color, setColor] = useState('blue');
  const [outcome, setOutcome] = useState<WriteResult | null>(null);
  const id = useId();
  const path = appCookiePath();
  const save = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setOutcome(store.set({ name: appCookies.favColor, value: color, path, maxAge: 3600, sameSite: 'lax', encodeValue: true }));
  };
  const current = snapshot.status === 'ok' ? snapshot.entries.find((entry) => entry.name === appCookies.favColor) : undefined;
  return (
    <DemoFrame title="A cookie set by JavaScript">
      <form method="dialog" className="demo-row" onSubmit={save}>
        <div className="field">
          <label htmlFor={id}>Color for the cookie</label>
          <input id={id} type="text" value={color} onChange={(e) => setColor(e.target.value)} />
        </div>
        <button type="submit">Set cookie from JavaScript</button>
        {current ? (
          <button type="button" onClick={() => setOutcome(store.remove(current))}>
            Delete {appCookies.favColor}
          </button>
        ) : null}
      </form>
      <WriteOutcome outcome={outcome} />
      <p className="demo-result">
        <code>document.cookie</code> →{' '}
        {snapshot.status === 'ok' ? (
          <code className="learner-value">{JSON.stringify(snapshot.entries.map((e) => `${e.name}=${e.value}`).join('; '))}</code>
        ) : (
          <span className="muted">(read in your browser)</span>
        )}
      </p>
      <p className="muted">
        Written as <code>{`${appCookies.favColor}=<your colour, percent-encoded>; Path=${path}; Max-Age=3600; SameSite=Lax`}</code>.
      </p>
    </DemoFrame>
  );
}
