import type { WriteResult } from '../../stores/result.ts';

/** What happened to the last write: an alert for a refusal, a quiet note otherwise. */
export function WriteOutcome({ outcome }: { readonly outcome: WriteResult | null }) {
  if (outcome === null) return null;
  if (outcome.status === 'failed') {
    return (
      <p role="alert" className="panel-alert">
        {outcome.reason}
      </p>
    );
  }
  return outcome.note ? (
    <p role="status" className="panel-note">
      {outcome.note}
    </p>
  ) : null;
}
