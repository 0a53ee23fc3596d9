import type { GuessRunSnapshot } from '../../workers/secret-guess-run.ts';

const count = new Intl.NumberFormat('en');
const megabytes = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const mb = (bytes: number): string => `${megabytes.format(bytes / 1_000_000)} MB`;

/** "about 12 s left", "about 3 min left". */
export function timeLeftText(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'time left: estimating…';
  if (seconds < 1) return 'under a second left';
  if (seconds < 90) return `about ${Math.round(seconds)} s left`;
  if (seconds < 90 * 60) return `about ${Math.round(seconds / 60)} min left`;
  return `about ${megabytes.format(seconds / 3600)} h left`;
}

const ENDINGS: Record<Exclude<GuessRunSnapshot['status'], 'running' | 'found'>, string> = {
  'not-found': 'Not in the list: none of these guesses made this signature. (That does not make the key strong, only not this weak.)',
  stopped: 'Stopped.',
  failed: 'The guesser failed',
};

/** Progress bar, guesses per second, and the outcome of a guessing run. */
export function GuessProgress({ snapshot, onUseSecret }: { readonly snapshot: GuessRunSnapshot; readonly onUseSecret: (secret: string) => void }) {
  const rate = snapshot.perSecond === null ? '…' : count.format(Math.round(snapshot.perSecond));
  const file = snapshot.totalBytes !== null ? { read: snapshot.bytesRead ?? 0, size: snapshot.totalBytes } : null;
  // With a file the bar is bytes read of its size (the number of lines is known only at the end).
  const bar = file ? { value: file.read, max: file.size } : { value: snapshot.tried, max: snapshot.total ?? 0 };
  return (
    <div className="flask-guess-progress">
      <progress aria-label="Guessing progress" max={Math.max(1, bar.max)} value={bar.value} />
      <p className="muted">
        {count.format(snapshot.tried)}
        {snapshot.total === null ? '' : ` of ${count.format(snapshot.total)}`} tried
        {file ? ` · ${mb(file.read)} of ${mb(file.size)} of the file read` : ''} · {rate} guesses/second
        {snapshot.status === 'running' ? ` · ${timeLeftText(snapshot.secondsLeft)}` : ''} · {snapshot.workers} worker
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
