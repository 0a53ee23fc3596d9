import type { FlaskVerdictState } from '../../hooks/use-flask-verdict.ts';
import { describeExpiry, describeVerdict, timestampOf, type VerdictText } from './verdict-text.ts';

interface VerdictStatusProps {
  readonly hasCookie: boolean;
  readonly state: FlaskVerdictState;
  readonly webCrypto: boolean;
  /** Why the codec is not there, if it failed to load. */
  readonly codecFailure: string | null;
}

const WAITING: VerdictText = { tone: 'unchecked', headline: 'Checking…', details: [] };
const EMPTY: VerdictText = {
  tone: 'unchecked',
  headline: 'No cookie yet',
  details: ['Paste a session cookie above to read it, or sign one below.'],
};

/** The verdict, as Flask would reach it: `Signature valid` / `Signature invalid` / what is wrong. */
export function VerdictStatus({ hasCookie, state, webCrypto, codecFailure }: VerdictStatusProps) {
  const { verdict, stale } = state;
  const text = !hasCookie ? EMPTY : codecFailure ? { ...WAITING, headline: 'The codec did not load', details: [codecFailure] } : verdict ? describeVerdict(verdict, webCrypto) : WAITING;
  const timestamp = hasCookie && verdict ? timestampOf(verdict) : null;
  return (
    <div role="status" aria-busy={hasCookie && stale} className={`flask-verdict flask-verdict-${text.tone}${stale && verdict ? ' flask-stale' : ''}`}>
      <p className="flask-verdict-headline">{text.headline}</p>
      {text.details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
      {timestamp && verdict ? <p>{describeExpiry(timestamp, verdict.checkedAt, text.tone === 'valid' || text.tone === 'refused', BigInt(verdict.options?.maxAgeSeconds ?? 2_678_400))}</p> : null}
      {verdict && hasCookie ? <p className="muted">Checked in this page in {verdict.elapsedMs.toFixed(1)} ms; nothing was sent anywhere.</p> : null}
    </div>
  );
}
