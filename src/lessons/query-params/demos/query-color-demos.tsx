import type { FormEvent } from 'react';
import { Link, useHref, useNavigate } from 'react-router-dom';
import { requireStep } from '../../../content/outline.ts';
import { stepPath } from '../../../config/paths.ts';
import { useLiveQueryParam } from '../../../hooks/use-live-url.ts';
import { ColorStepForm } from '../../../components/lesson/demos/color-step-form.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

export const FAV_COLOR_PARAM = 'fav-color';

const queryStep = (stepId: string) => requireStep('query-params', stepId);

const withColor = (color: string): string => `?${new URLSearchParams({ [FAV_COLOR_PARAM]: color }).toString()}`;

export function QueryColorFormDemo() {
  // A shared `step-zero?fav-color=blue` fills the box: the state in the URL is never ignored.
  const current = useLiveQueryParam(FAV_COLOR_PARAM);
  const carry = (color: string) => ({ search: withColor(color) });
  return <ColorStepForm title="step-zero: a GET form" to={queryStep('step-one')} carry={carry} fieldName={FAV_COLOR_PARAM} submitLabel="Go to step one" initialColor={current} />;
}

function ColorReport({ color }: { readonly color: string | null | undefined }) {
  if (color === undefined) return <p className="demo-result">Reading the URL…</p>;
  if (color === null) {
    return (
      <p className="demo-result demo-result-missing">
        This URL carries no <code>{FAV_COLOR_PARAM}</code>, so this page has no idea what your favourite colour is. The link that brought you here forgot it.
      </p>
    );
  }
  return (
    <p className="demo-result">
      Your favourite colour, read from the URL: <strong className="learner-value">{color}</strong>
    </p>
  );
}

export function QueryColorCarryDemo() {
  const color = useLiveQueryParam(FAV_COLOR_PARAM);
  const navigate = useNavigate();
  const { lesson, step } = queryStep('step-two');
  const action = useHref(stepPath(lesson, step));
  const submitHidden = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const fields = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === 'string') fields.append(key, value);
    navigate(stepPath(lesson, step, { search: `?${fields.toString()}` }));
  };
  return (
    <DemoFrame title="step-one: pass it on">
      <ColorReport color={color} />
      {typeof color === 'string' ? (
        <ul className="demo-choices">
          <li>
            <Link to={stepPath(lesson, step, { search: withColor(color) })}>Step two: a link that carries the param</Link>
          </li>
          <li>
            <form method="get" action={action} onSubmit={submitHidden} className="inline-form">
              <input type="hidden" name={FAV_COLOR_PARAM} value={color} />
              <button type="submit">Step two: a form with a hidden field</button>
            </form>
          </li>
          <li>
            {/* Forgets on purpose: the experiment this step is about, and labelled as one. */}
            <Link to={stepPath(lesson, step)}>What if a link forgets the param? Step two without it</Link>
          </li>
        </ul>
      ) : null}
    </DemoFrame>
  );
}

export function QueryColorResultDemo() {
  const color = useLiveQueryParam(FAV_COLOR_PARAM);
  const { lesson, step } = queryStep('step-zero');
  // Back to the start, still carrying the colour (step zero's box starts with it).
  return (
    <DemoFrame title="step-two: what the URL remembers">
      <ColorReport color={color} />
      <p>
        <Link to={stepPath(lesson, step, typeof color === 'string' ? { search: withColor(color) } : {})}>Start again at step zero</Link>
      </p>
    </DemoFrame>
  );
}
