import type { RestartOutcome } from '../../stores/experiments/pretend-compare-run.ts';

/** What the pretend browser kept across its restart, and what real browsers do with web storage. */
export function RestartOutcomeView({ outcome }: { readonly outcome: RestartOutcome }) {
  return (
    <div role="status" aria-label="After the simulated restart">
      <p>
        Pretend document.cookie before: <code>{outcome.before || '(empty string)'}</code>
        <br />
        after: <code>{outcome.after || '(empty string)'}</code>
      </p>
      <ul>
        <li>
          Session cookie <code>{outcome.sessionCookie}</code>: {outcome.sessionCookieKept ? 'kept' : 'gone'} (simulated)
        </li>
        <li>
          Cookie with Max-Age <code>{outcome.persistentCookie}</code>: {outcome.persistentCookieKept ? 'kept' : 'gone'} (simulated)
        </li>
        <li>localStorage: kept — it lives on disk per origin (documented; simulated)</li>
        <li>sessionStorage: gone with the tabs — unless the browser restores the session (documented; simulated)</li>
        <li>Query string and path: back only if a restored tab reopens the same URL (simulated)</li>
      </ul>
    </div>
  );
}
