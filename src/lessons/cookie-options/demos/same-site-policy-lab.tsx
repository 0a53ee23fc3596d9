import { useId, useState, type FormEvent } from 'react';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import {
  BROWSERS,
  CROSS_SITE_REQUESTS,
  SAME_SITE_VALUES,
  decideSameSite,
  type BrowserName,
  type CrossSiteRequest,
  type SameSiteDecision,
  type SameSiteValue,
} from './same-site-policy.ts';

const AGES = [
  { label: '30 seconds ago', seconds: 30 },
  { label: 'an hour ago', seconds: 3600 },
] as const;

function Choices<T extends string>({ legend, values, value, onChange }: { readonly legend: string; readonly values: readonly T[]; readonly value: T; readonly onChange: (next: T) => void }) {
  const name = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((option) => (
        <label key={option} className="quiz-option">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} /> {option}
        </label>
      ))}
    </fieldset>
  );
}

/** The SameSite table as a lab: one browser, one cookie, one request from evil.example; simulated, not this browser. */
export function SameSitePolicyLab() {
  const [browser, setBrowser] = useState<BrowserName>('Firefox');
  const [sameSite, setSameSite] = useState<SameSiteValue>('no SameSite');
  const [request, setRequest] = useState<CrossSiteRequest>('a POST form (top-level)');
  const [age, setAge] = useState<(typeof AGES)[number]['label']>('an hour ago');
  const [result, setResult] = useState<{ readonly decision: SameSiteDecision; readonly request: CrossSiteRequest; readonly sameSite: SameSiteValue; readonly browser: BrowserName } | null>(null);

  const send = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const cookieAgeSeconds = AGES.find((a) => a.label === age)?.seconds ?? 3600;
    setResult({ decision: decideSameSite({ browser, sameSite, request, cookieAgeSeconds }), request, sameSite, browser });
  };

  const requestLine = (r: CrossSiteRequest): string =>
    r === 'a POST form (top-level)' ? 'POST /transfer HTTP/1.1' : r === 'a link (top-level GET)' ? 'GET /account HTTP/1.1' : 'GET /avatar.png HTTP/1.1';

  return (
    <DemoFrame title="SameSite in each browser: a request from evil.example" simulated>
      <p>
        <code>www.rithmschool.com</code> has set <code>session=abc</code>. A page on <code>evil.example</code> now makes your browser send a request to it.
      </p>
      <form method="dialog" onSubmit={send}>
        <Choices legend="Browser" values={BROWSERS} value={browser} onChange={setBrowser} />
        <Choices legend="The cookie's SameSite" values={SAME_SITE_VALUES} value={sameSite} onChange={setSameSite} />
        <Choices legend="The request evil.example makes" values={CROSS_SITE_REQUESTS} value={request} onChange={setRequest} />
        <Choices legend="The cookie was set" values={AGES.map((a) => a.label)} value={age} onChange={setAge} />
        <button type="submit">Send the request from evil.example</button>
      </form>
      <div role="status">
        {result === null ? null : (
          <>
            <p>
              <strong>{result.decision.sent ? 'Cookie sent.' : 'Cookie not sent.'}</strong> {result.browser}, <code>{result.sameSite}</code>: {result.decision.why}
            </p>
            <pre>
              {requestLine(result.request)}
              {'\n'}Host: www.rithmschool.com{'\n'}
              {result.decision.sent ? 'Cookie: session=abc\n' : '(no Cookie header)\n'}
            </pre>
          </>
        )}
      </div>
    </DemoFrame>
  );
}
