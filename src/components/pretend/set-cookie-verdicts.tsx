import type { SetCookieOutcome, SetCookieVerdict } from '../../stores/pretend-http/http-types.ts';
import './pretend.css';

const LABELS: Record<SetCookieOutcome, string> = {
  stored: 'Accepted: stored',
  replaced: 'Accepted: replaced the old value',
  deleted: 'Accepted: deleted',
  rejected: 'Rejected',
};

/** What the pretend browser did with each Set-Cookie header of one response, and why. */
export function SetCookieVerdicts({ verdicts }: { readonly verdicts: readonly SetCookieVerdict[] }) {
  if (verdicts.length === 0) return null;
  return (
    <ul className="set-cookie-verdicts" aria-label="What the browser did with each Set-Cookie">
      {verdicts.map((verdict, i) => (
        <li key={i} className={verdict.accepted ? 'verdict-accepted' : 'verdict-rejected'}>
          <span className="verdict-label">{LABELS[verdict.outcome]}</span> <code>{verdict.header}</code>: {verdict.reason}
          {verdict.warnings.length > 0 ? (
            <ul>
              {verdict.warnings.map((warning, w) => (
                <li key={w}>{warning}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
