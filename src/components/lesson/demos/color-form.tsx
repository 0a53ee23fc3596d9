import { useId, useState, type FormEvent } from 'react';
import { checkColor } from './color-input.ts';

type ColorCheck = (raw: string) => { ok: true; color: string } | { ok: false; reason: string };

interface ColorFormProps {
  /** The real URL the form submits to without JavaScript (method GET). */
  readonly action: string;
  readonly fieldName: string;
  readonly submitLabel: string;
  readonly onColor: (color: string) => void;
  /** The colour this URL already carries (a shared link): the box starts with it until the learner types. */
  readonly initialColor?: string | null | undefined;
  /** What a usable colour is here (default: checkColor). */
  readonly check?: ColorCheck;
}

/** "Favorite color" + submit, a real GET form that the router takes over when JavaScript runs. */
export function ColorForm({ action, fieldName, submitLabel, onColor, initialColor, check = checkColor }: ColorFormProps) {
  // null until the learner types: the box shows the URL's colour (known only after hydration), derived, not copied.
  const [typed, setTyped] = useState<string | null>(null);
  const color = typed ?? initialColor ?? '';
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const checked = check(color);
    if (!checked.ok) {
      setProblem(checked.reason);
      return;
    }
    setProblem(null);
    onColor(checked.color);
  };
  return (
    <form method="get" action={action} onSubmit={submit} className="demo-row">
      <div className="field">
        <label htmlFor={inputId}>Favorite color</label>
        <input id={inputId} name={fieldName} type="text" value={color} onChange={(e) => setTyped(e.target.value)} placeholder="blue" />
      </div>
      <button type="submit">{submitLabel}</button>
      {problem ? (
        <p role="alert" className="panel-alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
