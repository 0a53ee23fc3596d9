import { useId, useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { tooLongMessage } from './display-limits.ts';

type BoxAttributes = Pick<TextareaHTMLAttributes<HTMLTextAreaElement>, 'rows' | 'className' | 'placeholder' | 'autoComplete' | 'aria-describedby'>;

interface LimitedTextAreaProps extends BoxAttributes {
  readonly label: string;
  /** How the limit message names the box ("the Session cookie box takes at most …"); default the label. */
  readonly box?: string;
  readonly value: string;
  /** Called only with text within `limit`: longer text is refused, the box keeps what it had, and an alert says why. */
  readonly onText: (text: string) => void;
  readonly limit: number;
  /** The limit message's last sentence: why real text is far shorter, or where a longer one belongs. */
  readonly limitHint: string;
  /** Text a shared link carried for this box that was too long to take: what it was, and its length. */
  readonly leftOutFromLink?: { readonly what: string; readonly length: number } | null;
  /** Below the box and its alerts: hints, notes. */
  readonly children?: ReactNode;
}

/**
 * A labelled text box of the Flask tool that takes at most `limit` characters (display-limits.ts):
 * a longer paste is refused before the browser lays it out, a longer edit is not taken, and a
 * role="alert" line names the length and the limit, so nothing typed before is lost.
 */
export function LimitedTextArea({ label, box = label, value, onText, limit, limitHint, leftOutFromLink = null, children, ...attributes }: LimitedTextAreaProps) {
  const id = useId();
  const [refused, setRefused] = useState<string | null>(null);
  const take = (text: string): void => {
    const message = tooLongMessage(box, text.length, limit, limitHint);
    setRefused(message === null ? null : `${message} What was in the box is kept.`);
    if (message === null) onText(text);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        spellCheck={false}
        {...attributes}
        value={value}
        onPaste={(event) => {
          // Refuse a huge paste before the browser lays it out in the box.
          const pasted = event.clipboardData.getData('text');
          if (pasted.length > limit) {
            event.preventDefault();
            take(pasted);
          }
        }}
        onChange={(event) => take(event.target.value)}
      />
      {leftOutFromLink ? (
        <p role="alert" className="panel-alert">
          The link’s {leftOutFromLink.what} was left out: {tooLongMessage(box, leftOutFromLink.length, limit, limitHint)}
        </p>
      ) : null}
      {refused !== null ? (
        <p role="alert" className="panel-alert">
          {refused}
        </p>
      ) : null}
      {children}
    </div>
  );
}
