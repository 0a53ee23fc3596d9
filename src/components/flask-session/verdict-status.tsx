import type { FlaskVerdictState } from '../../hooks/use-flask-verdict.ts';
import { describeExpiry, describeVerdict, timestampOf } from './verdict-text.ts';
import { NO_COOKIE_VERDICT, VerdictBox, WAITING_VERDICT } from './verdict-box.tsx';

interface VerdictStatusProps {
  readonly hasCookie: boolean;
  readonly state: FlaskVerdictState;
  readonly webCrypto: boolean;
  /** Why the codec is not there, if it failed to load. */
  readonly codecFailure: string | null;
}

/** The verdict, as Flask would reach it: `Signature valid` / `Signature invalid` / what is wrong. */
export function VerdictStatus({ hasCookie, state, webCrypto, codecFailure }: VerdictStatusProps) {
  const { verdict, stale } = state;
  const text = !hasCookie
    ? NO_COOKIE_VERDICT
    : codecFailure
      ? { ...WAITING_VERDICT, headline: 'The codec did not load', details: [codecFailure] }
      : verdict
        ? describeVerdict(verdict, webCrypto)
        : WAITING_VERDICT;
  const timestamp = hasCookie && verdict ? timestampOf(verdict) : null;
  return (
    <VerdictBox text={text} busy={hasCookie && stale} stale={stale && verdict !== null}>
      {timestamp && verdict ? <p>{describeExpiry(timestamp, verdict.checkedAt, text.tone === 'valid' || text.tone === 'refused', BigInt(verdict.options?.maxAgeSeconds ?? 2_678_400))}</p> : null}
      {verdict && hasCookie ? <p className="muted">Checked in this page in {verdict.elapsedMs.toFixed(1)} ms; nothing was sent anywhere.</p> : null}
    </VerdictBox>
  );
}
