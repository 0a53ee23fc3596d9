import { useId, useState } from 'react';
import { useSecretGuess } from '../../hooks/use-flask-secret-guess.ts';
import { GUESS_LIST_MAX_CHARS } from '../../stores/flask-session/input-limits.ts';
import { COMMON_FLASK_SECRETS } from '../../workers/common-secrets.ts';
import { parseWordList } from '../../workers/secret-guess-words.ts';
import { useWebCryptoAvailable } from '../../hooks/use-flask-codec.ts';
import { useFlaskToolShare } from '../../hooks/use-flask-tool-share.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { LimitedTextArea } from './limited-text-area.tsx';
import { GuessProgress } from './guess-progress.tsx';

const fileSize = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const sizeText = (bytes: number): string => (bytes < 1_000_000 ? `${fileSize.format(bytes / 1000)} kB` : `${fileSize.format(bytes / 1_000_000)} MB`);

interface SecretGuesserProps {
  /** The cookie to attack, or null when the box holds no session cookie. */
  readonly cookie: string | null;
  /** The app's salt, digest or key derivation, when they are not Flask's defaults (the workers try Flask's). */
  readonly customSigner?: string | null;
  readonly webCrypto: boolean;
  readonly onUseSecret: (secret: string) => void;
}

/** "Guess a weak secret": common secrets and the learner's own list, tried in Web Workers. */
export function SecretGuesser({ cookie, customSigner = null, webCrypto, onUseSecret }: SecretGuesserProps) {
  const [useBuiltIn, setUseBuiltIn] = useState(true);
  const [listOpen, setListOpen] = useState(false);
  const [ownList, setOwnList] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { snapshot, starting, failure, usesWorkers, start, stop } = useSecretGuess();
  const listId = useId();
  const running = starting || snapshot?.status === 'running';
  const words = (): string[] => [...new Set([...(useBuiltIn ? COMMON_FLASK_SECRETS : []), ...parseWordList(ownList)])];

  return (
    <section aria-labelledby={`${listId}-h`} className="flask-guesser">
      <h2 id={`${listId}-h`}>Guess a weak secret</h2>
      <p>
        The signature is only as strong as <code>SECRET_KEY</code>. Anyone holding one cookie can try candidate keys offline, as fast as
        their computer hashes, and the server never notices. This tries a list of keys against the cookie above, in Web Workers — one per
        CPU core — so this page stays responsive. A match is double-checked with WebCrypto before it is announced.
      </p>
      <label className="check">
        <input type="checkbox" checked={useBuiltIn} onChange={(event) => setUseBuiltIn(event.target.checked)} /> Try{' '}
        {COMMON_FLASK_SECRETS.length} common secrets from tutorials and templates
      </label>
      {/* The list is rendered once opened: hidden until then, it stays out of the page's first load. */}
      <details onToggle={(event) => setListOpen(event.currentTarget.open)}>
        <summary>Show the built-in list</summary>
        {listOpen ? <p className="learner-value flask-wordlist">{COMMON_FLASK_SECRETS.map((word) => JSON.stringify(word)).join(', ')}</p> : null}
      </details>
      <LimitedTextArea
        label="Your own guesses (one per line)"
        box="guesses"
        rows={4}
        value={ownList}
        onText={setOwnList}
        limit={GUESS_LIST_MAX_CHARS}
        limitHint="Put a longer list in a word list file: it is read as it is guessed."
      />
      <div className="field">
        <label htmlFor={`${listId}-file`}>Or a word list file (text, one guess per line)</label>
        <input id={`${listId}-file`} type="file" accept=".txt,.lst,.dic,text/plain" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        {file ? (
          <p className="muted flask-hint">
            <span className="learner-value">{file.name}</span>, {sizeText(file.size)}: read line by line as it is guessed (never loaded whole), after
            the guesses above. A line ends at a line break (LF, CRLF or CR) or a NUL byte; repeated lines are tried again.
          </p>
        ) : null}
      </div>
      <div className="demo-row">
        <button type="button" className="button-primary" disabled={cookie === null || running || !webCrypto} onClick={() => cookie && start(cookie, words(), file)}>
          Guess the secret key
        </button>
        <button type="button" disabled={!running} onClick={stop}>
          Stop
        </button>
      </div>
      {cookie === null ? <p className="muted">Paste a session cookie above first.</p> : null}
      {customSigner !== null ? (
        <p className="flask-warning">
          This guesser tries keys with Flask’s defaults (salt <code>cookie-session</code>, SHA-1, HMAC key derivation), not your app’s {customSigner}.
          For those, run it on the command line: <code>npx flask-session guess COOKIE --salt …</code> (also <code>--digest</code>,{' '}
          <code>--key-derivation</code>; see the README).
        </p>
      ) : null}
      {!webCrypto ? <p className="muted">Needs WebCrypto (to confirm a match), which this page does not have: see above.</p> : null}
      {starting ? <p className="muted">Starting the workers…</p> : null}
      {failure ? (
        <p role="alert" className="panel-alert">
          {failure}
        </p>
      ) : null}
      {usesWorkers === false ? <p className="muted">No Web Workers here: guessing runs on the page in short slices instead (slower).</p> : null}
      {snapshot ? <GuessProgress snapshot={snapshot} onUseSecret={onUseSecret} /> : null}
    </section>
  );
}

/**
 * The guesser as the Flask tool shows it, loaded when it nears the viewport: it attacks the
 * cookie in the box above (published by decode-result.tsx) and warns when the app's settings
 * are not Flask's (a signed Flask-Session id has its own salt, which the guesser knows by its shape).
 */
export function ToolSecretGuesser() {
  const { guess, signer, fill } = useFlaskToolShare();
  const webCrypto = useWebCryptoAvailable();
  const custom = [
    signer.salt !== 'cookie-session' ? `salt ${JSON.stringify(signer.salt)}` : '',
    signer.digest !== 'sha1' ? signer.digest : '',
    signer.keyDerivation !== 'hmac' ? `${signer.keyDerivation} key derivation` : '',
  ].filter(Boolean);
  return (
    <ErrorBoundary label="The weak-secret guesser">
      <SecretGuesser
        cookie={guess?.cookie ?? null}
        customSigner={custom.length > 0 && !guess?.signedId ? custom.join(', ') : null}
        webCrypto={webCrypto === true}
        onUseSecret={(secret) => fill({ secret })}
      />
    </ErrorBoundary>
  );
}
