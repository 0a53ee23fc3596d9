import { useHref, useNavigate } from 'react-router-dom';
import type { StepRef } from '../../../content/outline.ts';
import { stepPath, type StepLinkOptions } from '../../../config/paths.ts';
import { ColorForm } from './color-form.tsx';
import type { checkColor } from './color-input.ts';
import { DemoFrame } from './demo-frame.tsx';

interface ColorStepFormProps {
  readonly title: string;
  /** The step the colour goes on to. */
  readonly to: StepRef;
  /** Where the lesson keeps the colour in that step's URL: a query param or a path segment. */
  readonly carry: (color: string) => StepLinkOptions;
  /** The form's field, and the name a GET form sent without JavaScript gives the colour in the query. */
  readonly fieldName: string;
  readonly submitLabel: string;
  /** The colour the current URL already carries (a shared link), or none. */
  readonly initialColor: string | null | undefined;
  /** The address the form is sent to without JavaScript, beside `to`'s step (default: the step as it is). */
  readonly action?: StepLinkOptions;
  /** What a usable colour is here (default: checkColor). */
  readonly check?: typeof checkColor;
}

/**
 * Step zero of a colour walk (the query-params and URL-path lessons): a real GET form to the next
 * step, which the router takes over once JavaScript runs, sending the colour on where the lesson keeps it.
 */
export function ColorStepForm({ title, to, carry, fieldName, submitLabel, initialColor, action = {}, check }: ColorStepFormProps) {
  const navigate = useNavigate();
  const href = useHref(stepPath(to.lesson, to.step, action));
  return (
    <DemoFrame title={title}>
      <ColorForm
        action={href}
        fieldName={fieldName}
        submitLabel={submitLabel}
        initialColor={initialColor}
        {...(check ? { check } : {})}
        onColor={(color) => navigate(stepPath(to.lesson, to.step, carry(color)))}
      />
    </DemoFrame>
  );
}
