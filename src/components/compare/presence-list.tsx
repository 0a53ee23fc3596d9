import { strategies } from '../../content/strategies.ts';
import { PANEL_IDS } from '../../config/mechanisms.ts';
import type { Presence } from '../../stores/experiments/read-everywhere.ts';

/** Which of the five stores still hold the value, one line each. */
export function PresenceList({ presence, label, kept = 'still there', lost = 'gone' }: {
  readonly presence: Presence;
  readonly label: string;
  readonly kept?: string;
  readonly lost?: string;
}) {
  return (
    <ul className="presence-list" aria-label={label}>
      {PANEL_IDS.map((id) => (
        <li key={id} className={presence[id] ? 'presence-kept' : 'presence-lost'}>
          <span aria-hidden="true">{presence[id] ? '✓' : '✗'}</span> {strategies[id].name}: {presence[id] ? kept : lost}
        </li>
      ))}
    </ul>
  );
}
