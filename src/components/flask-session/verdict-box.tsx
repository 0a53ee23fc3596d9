import type { ReactNode } from 'react';
import type { VerdictText } from './verdict-text.ts';

export const WAITING_VERDICT: VerdictText = { tone: 'unchecked', headline: 'Checking…', details: [] };
export const NO_COOKIE_VERDICT: VerdictText = {
  tone: 'unchecked',
  headline: 'No cookie yet',
  details: ['Paste a session cookie above to read it, or sign one below.'],
};

interface VerdictBoxProps {
  readonly text: VerdictText;
  /** The shown text is not for the current input yet (a check is running). */
  readonly busy: boolean;
  /** An earlier verdict is shown, dimmed, while the new one is worked out. */
  readonly stale?: boolean;
  readonly children?: ReactNode;
}

/**
 * The verdict's status line and details. The tool's first screen shows it with NO_COOKIE_VERDICT
 * before any code of the codec or the verdict has loaded; verdict-status.tsx fills it in.
 */
export function VerdictBox({ text, busy, stale = false, children }: VerdictBoxProps) {
  return (
    <div role="status" aria-busy={busy} className={`flask-verdict flask-verdict-${text.tone}${stale ? ' flask-stale' : ''}`}>
      <p className="flask-verdict-headline">{text.headline}</p>
      {text.details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
      {children}
    </div>
  );
}
