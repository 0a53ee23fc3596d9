import { useId, useState, type FormEvent } from 'react';
import { checkColor } from './color-input.ts';

interface ColorFormProps {
  /** The real URL the form submits to without JavaScript (method GET). */
  readonly action: string;
  readonly fieldName: string;
  readonly submitLabel: string;
  readonly onColor: (color: string) => void;
}

/** "Favorite color" + submit, a real GET form that the router takes over when JavaScript runs. */
export function ColorForm({ action, fieldName, submitLabel, onColor }: ColorFormProps) {
  const [color, setColor] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const checked = checkColor(color);
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
        <input id={inputId} name={fieldName} type="text" value={color} onChange={(e) => setColor(e.target.value)} placeholder="blue" />
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
