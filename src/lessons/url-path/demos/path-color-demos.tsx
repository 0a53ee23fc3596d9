import { Link, useHref, useNavigate, useParams } from 'react-router-dom';
import { requireStep } from '../../../content/outline.ts';
import { stepPath } from '../../../config/paths.ts';
import { useIsClient } from '../../../hooks/use-is-client.ts';
import { ColorForm } from '../../../components/lesson/demos/color-form.tsx';
import { checkColor, isCssColor } from '../../../components/lesson/demos/color-input.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

const pathStep = (stepId: string) => requireStep('url-path', stepId);

function useColorFromPath(): { color: string } | { problem: string } {
  const { color = '' } = useParams();
  const checked = checkColor(color);
  return checked.ok ? { color: checked.color } : { problem: checked.reason };
}

export function PathColorFormDemo() {
  const navigate = useNavigate();
  const { lesson, step } = pathStep('step-one');
  const action = useHref(stepPath(lesson, step));
  return (
    <DemoFrame title="step-zero: put the colour in the path">
      <ColorForm action={action} fieldName="color" submitLabel="Go to step one" onColor={(color) => navigate(stepPath(lesson, step, { pathValue: color }))} />
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
  const relative = useHref('../step-two', { relative: 'path' });
  return (
    <DemoFrame title="step-one: a relative link">
      <ColorFromPath />
      <p>
        <Link to="../step-two" relative="path">
          Step two (relative link)
        </Link>{' '}
        <span className="muted">
          → <code>{relative}</code>
        </span>
      </p>
    </DemoFrame>
  );
}

export function PathColorResultDemo() {
  const { lesson, step } = pathStep('step-zero');
  return (
    <DemoFrame title="step-two: what the path remembers">
      <ColorFromPath />
      <p>
        <Link to={stepPath(lesson, step)}>Choose another colour</Link>
      </p>
    </DemoFrame>
  );
}
