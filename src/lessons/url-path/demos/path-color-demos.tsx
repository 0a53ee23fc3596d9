import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { requireStep } from '../../../content/outline.ts';
import { stepPath } from '../../../config/paths.ts';
import { useIsClient } from '../../../hooks/use-is-client.ts';
import { ColorStepForm } from '../../../components/lesson/demos/color-step-form.tsx';
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
  const { color: current } = useParams();
  const carry = (color: string) => ({ pathValue: color });
  // Sent without JavaScript, the form keeps the path's colour and adds `?color=` (step one moves it into the path).
  const action = current ? carry(current) : {};
  return (
    <ColorStepForm title="step-zero: put the colour in the path" to={pathStep('step-one')} carry={carry} action={action} check={checkPathColor} fieldName={COLOR_FIELD} submitLabel="Go to step one" initialColor={current} />
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
  // A real relative link, `href="step-two"`, resolved by the browser itself (the URL Standard's parser,
  // https://url.spec.whatwg.org/#concept-basic-url-parser): it replaces what follows the address's last "/",
  // so on …/step-one it leads to …/step-two, and on …/step-one/ (a static host serving the folder) to
  // …/step-one/step-two — the trailing-slash effect the lesson teaches. The browser never re-encodes the
  // colour segment (`a%2Fb` stays `a%2Fb`), unlike resolving `../step-two` with the router.
  // Sent without JavaScript, step zero's form lands here with `?color=`: the colour moves into the path.
  // After hydration only: the prerendered HTML was made without a query.
  const isClient = useIsClient();
  // useLocation re-renders on every navigation, so the resolved address follows the address bar.
  // (Its search and useNavigate rather than useSearchParams and <Navigate>: the router's code for
  // those two would sit in every page's first load for this one demo.)
  const sent = new URLSearchParams(useLocation().search).get(COLOR_FIELD);
  const resolved = isClient ? new URL('step-two', window.location.href).pathname : null;
  const usable = sent === null ? null : checkPathColor(sent);
  const target = isClient && usable?.ok ? stepPath(lesson, step, { pathValue: usable.color }) : null;
  const navigate = useNavigate();
  useEffect(() => {
    if (target !== null) navigate(target, { replace: true });
  }, [navigate, target]);
  if (target !== null) return null;
  return (
    <DemoFrame title="step-one: a relative link">
      <ColorFromPath />
      <p>
        <a href="step-two">Step two (relative link)</a>{' '}
        <span className="muted">
          <code>href="step-two"</code>
          {resolved === null ? null : (
            <>
              {' '}
              → <code>{resolved}</code>
            </>
          )}
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
