import type { GuessRunSnapshot } from '../../workers/secret-guess-run.ts';

const count = new Intl.NumberFormat('en');

const ENDINGS: Record<Exclude<GuessRunSnapshot['status'], 'running' | 'found'>, string> = {
  'not-found': 'Not in the list: none of these guesses made this signature. (That does not make the key strong, only not this weak.)',
  stopped: 'Stopped.',
  failed: 'The guesser failed',
};

/** Progress bar, guesses per second, and the outcome of a guessing run. */
export function GuessProgress({ snapshot, onUseSecret }: { readonly snapshot: GuessRunSnapshot; readonly onUseSecret: (secret: string) => void }) {
  const rate = snapshot.perSecond === null ? '…' : count.format(Math.round(snapshot.perSecond));
  return (
    <div className="flask-guess-progress">
      <progress aria-label="Guessing progress" max={Math.max(1, snapshot.total)} value={snapshot.tried} />
      <p className="muted">
        {count.format(snapshot.tried)} of {count.format(snapshot.total)} tried · {rate} guesses/second · {snapshot.workers} worker
        {snapshot.workers === 1 ? '' : 's'} · {(snapshot.elapsedMs / 1000).toFixed(2)} s
      </p>
      <div aria-live="polite">
        {snapshot.status === 'found' && snapshot.secret !== null ? (
          <p className="flask-found">
            Found the secret key: <code className="learner-value">{JSON.stringify(snapshot.secret)}</code>, confirmed with WebCrypto. With it,
            anyone can sign any session this app will trust.{' '}
            <button type="button" onClick={() => onUseSecret(snapshot.secret ?? '')}>
              Use this secret key
            </button>
          </p>
        ) : null}
        {snapshot.status === 'not-found' || snapshot.status === 'stopped' ? <p>{ENDINGS[snapshot.status]}</p> : null}
        {snapshot.status === 'failed' ? (
          <p role="alert" className="panel-alert">
            {ENDINGS.failed}: {snapshot.reason}
          </p>
        ) : null}
        {snapshot.rejectedLeads.length > 0 ? (
          <p>The fast check matched {snapshot.rejectedLeads.length} guess(es) that WebCrypto then rejected; they were ignored.</p>
        ) : null}
      </div>
    </div>
  );
}
