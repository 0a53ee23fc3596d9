import { Link, Navigate, useHref, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { requireStep } from '../../../content/outline.ts';
import { stepPath } from '../../../config/paths.ts';
import { useIsClient } from '../../../hooks/use-is-client.ts';
import { ColorForm } from '../../../components/lesson/demos/color-form.tsx';
import { checkPathColor, isCssColor } from '../../../components/lesson/demos/color-input.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

const pathStep = (stepId: string) => requireStep('url-path', stepId);

function useColorFromPath(): { color: string } | { problem: string } {
  const { color = '' } = useParams();
  const checked = checkPathColor(color);
  return checked.ok ? { color: checked.color } : { problem: checked.reason };
}

/** The form's field when it is sent without JavaScript (a GET form can only add a query). */
const COLOR_FIELD = 'color';

export function PathColorFormDemo() {
  const navigate = useNavigate();
  const { lesson, step } = pathStep('step-one');
  const { color: current } = useParams();
  const action = useHref(stepPath(lesson, step, current ? { pathValue: current } : {}));
  return (
    <DemoFrame title="step-zero: put the colour in the path">
      <ColorForm
        action={action}
        fieldName={COLOR_FIELD}
        submitLabel="Go to step one"
        initialColor={current}
        check={checkPathColor}
        onColor={(color) => navigate(stepPath(lesson, step, { pathValue: color }))}
      />
    </DemoFrame>
  );
}

function ColorFromPath() {
  const found = useColorFromPath();
  const isClient = useIsClient();
  if ('problem' in found) {
    return (
      <p role="alert" className="panel-alert">
        The colour in this path is not usable: {found.problem}
      </p>
    );
  }
  return (
    <p className="demo-result">
      Your favourite colour, read from the path: <strong className="learner-value">{found.color}</strong>
      {isClient && isCssColor(found.color) ? <span className="swatch" style={{ backgroundColor: found.color }} aria-hidden="true" /> : null}
    </p>
  );
}

export function PathColorCarryDemo() {
  const { lesson, step } = pathStep('step-one');
  const next = pathStep('step-two');
  // What the relative link `../step-two` leads to, built once from the colour as the router decoded
  // it: resolving `../step-two` with the router re-encodes the colour segment on every hop
  // (`a%2Fb` → `a%252Fb`, one more `%25` per hop), which the browser's own resolution of a relative
  // href never does (https://url.spec.whatwg.org/#concept-basic-url-parser).
  const { color } = useParams();
  const target = stepPath(next.lesson, next.step, color ? { pathValue: color } : {});
  const relative = useHref(target);
  // Sent without JavaScript, step zero's form lands here with `?color=`: the colour moves into the path.
  // After hydration only: the prerendered HTML was made without a query.
  const isClient = useIsClient();
  const sent = useSearchParams()[0].get(COLOR_FIELD);
  const usable = sent === null ? null : checkPathColor(sent);
  if (isClient && usable?.ok) return <Navigate replace to={stepPath(lesson, step, { pathValue: usable.color })} />;
  return (
    <DemoFrame title="step-one: a relative link">
      <ColorFromPath />
      <p>
        <Link to={target}>Step two (relative link)</Link>{' '}
        <span className="muted">
          → <code>{relative}</code>
        </span>
      </p>
    </DemoFrame>
  );
}

export function PathColorResultDemo() {
  const { lesson, step } = pathStep('step-zero');
  const { color } = useParams();
  return (
    <DemoFrame title="step-two: what the path remembers">
      <ColorFromPath />
      <p>
        <Link to={stepPath(lesson, step, color ? { pathValue: color } : {})}>Choose another colour</Link>
      </p>
    </DemoFrame>
  );
}
