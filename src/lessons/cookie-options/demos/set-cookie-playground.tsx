import { useId, useState, type FormEvent } from 'react';
import { SITE_ORIGINS } from '../../../stores/pretend-http/site-origins.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import { ChoiceField } from '../../../components/ui/choice-field.tsx';
import { LabOutput, useExperimentRunner } from '../../../components/lesson/demos/pretend-lab.tsx';
import { setCookieVia, visit, type Experiment } from '../../../components/lesson/demos/pretend-experiments.ts';
import { SET_COOKIE_EXAMPLES } from './set-cookie-examples.ts';
import '../../../components/pretend/pretend.css';

const SITES: readonly string[] = [
  SITE_ORIGINS.rithmWww,
  SITE_ORIGINS.rithmWwwInsecure,
  SITE_ORIGINS.rithmShop,
  SITE_ORIGINS.flaskDemo,
  SITE_ORIGINS.adNetwork,
];
const MAX_HEADER_CHARS = 10_000;

function sendExperiment(label: string, site: string, header: string): Experiment {
  return { label, explain: '', actions: () => [setCookieVia(site, [header])] };
}

/** Type any Set-Cookie header; a pretend site sends it, and the log explains what the browser did. */
export function SetCookiePlayground() {
  const runner = useExperimentRunner();
  const [site, setSite] = useState<string>(SITE_ORIGINS.rithmWww);
  const [header, setHeader] = useState('theme=dark; Path=/; Max-Age=60');
  const id = useId();

  const send = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    runner.run(sendExperiment(`Your Set-Cookie from ${site}`, site, header));
  };
  const busy = runner.running !== null;

  return (
    <DemoFrame title="Type your own Set-Cookie header" simulated>
      <form method="dialog" className="demo-row" onSubmit={send}>
        <ChoiceField label="Site that answers" value={site} options={SITES} onChange={setSite} />
        <div className="field">
          <label htmlFor={`${id}-header`}>Set-Cookie header</label>
          <textarea
            id={`${id}-header`}
            rows={2}
            cols={48}
            spellCheck={false}
            maxLength={MAX_HEADER_CHARS}
            value={header}
            onChange={(e) => setHeader(e.target.value)}
          />
        </div>
        <button type="submit" className="button-primary" disabled={busy}>
          Send this Set-Cookie
        </button>
        <button type="button" disabled={busy} onClick={() => runner.run({ label: `Visit ${site}/`, explain: '', actions: () => [visit(`${site}/`)] })}>
          Visit {site}/
        </button>
      </form>
      <p className="muted">Or try one of these:</p>
      <ul className="experiment-list">
        {SET_COOKIE_EXAMPLES.map((example) => (
          <li key={example.label}>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setHeader(example.header);
                runner.run(sendExperiment(example.label, site, example.header));
              }}
            >
              {example.label}
            </button>
            <p>{example.explain}</p>
          </li>
        ))}
      </ul>
      <LabOutput runner={runner} />
    </DemoFrame>
  );
}
