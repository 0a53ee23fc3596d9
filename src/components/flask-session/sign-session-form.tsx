import { useId, useState, type FormEvent } from 'react';
import { loadFlaskCodec, type FlaskCodec } from '../../stores/flask-codec-loader.ts';
import { INPUT_MAX_CHARS } from '../../stores/flask-session/input-limits.ts';
import type { SignerOptions } from '../../stores/flask-session/signer-settings.ts';
import { useFlaskCodec, useWebCryptoAvailable } from '../../hooks/use-flask-codec.ts';
import { useFlaskToolShare } from '../../hooks/use-flask-tool-share.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { LimitedTextArea } from './limited-text-area.tsx';

interface SignSessionFormProps {
  readonly codec: FlaskCodec | null;
  /** The first line of the Secret key box (SECRET_KEY): Flask signs with it, never with a fallback. */
  readonly secret: string;
  /** The Salt box (default cookie-session) and the digest and key derivation choices (Flask: sha1, hmac). */
  readonly signer: SignerOptions;
  /** False only where crypto.subtle is missing (not while hydrating, so a press then is kept). */
  readonly webCrypto: boolean;
  readonly onDecode: (cookie: string) => void;
}

const EXAMPLE = '{"fav_number": 42, "fav_foods": ["taco", "pizza"], "pair": {" t": [1, "a"]}}';
type Outcome = { readonly status: 'signed'; readonly cookie: string } | { readonly status: 'failed'; readonly reason: string } | null;

/** Unix seconds, or null for "now"; a string error for anything else. */
export function parseSignedAt(text: string): bigint | null | string {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,20}$/.test(trimmed)) return 'Signed at must be whole seconds since 1970 (e.g. 1795639130), or empty for now.';
  const seconds = BigInt(trimmed);
  return seconds < 1n << 64n ? seconds : 'Signed at must fit in 8 bytes, as itsdangerous requires.';
}

/** Tagged JSON + the secret key → the cookie Flask would set (signSession). */
export function SignSessionForm({ codec, secret, signer, webCrypto, onDecode }: SignSessionFormProps) {
  const [json, setJson] = useState(EXAMPLE);
  const [signedAt, setSignedAt] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const ids = { at: useId(), out: useId() };

  const sign = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const timestamp = parseSignedAt(signedAt);
    if (typeof timestamp === 'string') {
      setOutcome({ status: 'failed', reason: timestamp });
      return;
    }
    if (secret === '') {
      // itsdangerous would sign with an empty key, but Flask refuses to without a SECRET_KEY.
      setOutcome({ status: 'failed', reason: 'Enter the secret key first (its first line signs): Flask refuses to sign a session without a SECRET_KEY.' });
      return;
    }
    setBusy(true);
    // A press before the codec has arrived (it loads once the tool is used) waits for it, once.
    let ready: FlaskCodec;
    try {
      ready = codec ?? (await loadFlaskCodec());
    } catch (error) {
      setOutcome({ status: 'failed', reason: `The signing code could not load: ${String(error)}` });
      setBusy(false);
      return;
    }
    try {
      const cookie = await ready.signSession(json, secret, timestamp === null ? signer : { ...signer, timestamp });
      setOutcome({ status: 'signed', cookie });
    } catch (error) {
      const reason = error instanceof ready.FlaskSessionError ? `${error.error.kind}: ${error.error.reason}` : String(error);
      setOutcome({ status: 'failed', reason });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="flask-sign" onSubmit={(event) => void sign(event)}>
      <LimitedTextArea
        label="Session JSON"
        rows={4}
        value={json}
        onText={setJson}
        limit={INPUT_MAX_CHARS}
        limitHint="Signed, it would be far over the 4096 bytes a browser keeps per cookie."
      />
      <p className="muted flask-hint">
        Flask’s tagged JSON: <code>{'{" t": [...]}'}</code> a tuple, <code>{'{" b": "base64"}'}</code> bytes, <code>{'{" m": "<b>hi</b>"}'}</code>{' '}
        Markup, <code>{'{" u": "hex"}'}</code> a UUID, <code>{'{" d": "Sat, 01 Jan 2022 00:05:09 GMT"}'}</code> a datetime. Keys are sorted and
        spaces dropped, as Flask writes them. It is signed with the first line of the Secret key box (SECRET_KEY) and your app’s settings above.
      </p>
      <div className="demo-row">
        <div className="field">
          <label htmlFor={ids.at}>Signed at (Unix seconds; empty for now)</label>
          <input id={ids.at} type="text" inputMode="numeric" value={signedAt} onChange={(event) => setSignedAt(event.target.value)} />
        </div>
        <button type="submit" className="button-primary" disabled={!webCrypto || busy}>
          Sign
        </button>
      </div>
      {outcome?.status === 'failed' ? (
        <p role="alert" className="panel-alert">
          {outcome.reason}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={ids.out}>Signed cookie</label>
        <textarea id={ids.out} rows={2} readOnly className="flask-cookie-box" value={outcome?.status === 'signed' ? outcome.cookie : ''} />
      </div>
      {outcome?.status === 'signed' ? (
        <button type="button" onClick={() => onDecode(outcome.cookie)}>
          Decode this cookie above
        </button>
      ) : null}
      <p className="muted flask-hint">
        Real Flask accepts these cookies with the same secret key. Uncompressed ones are byte for byte what Flask writes at that second;
        compressed ones (a leading “.”) may differ in bytes because browsers and Python link different zlib builds, and Flask still accepts them.
      </p>
    </form>
  );
}

/**
 * The form as the Flask tool shows it, loaded when it nears the viewport: it signs with the boxes
 * above (the first Secret key line, the app's settings), read from the tool's share.
 */
export function ToolSignSessionForm() {
  const { signingKey, signer, fill } = useFlaskToolShare();
  const codecState = useFlaskCodec(false);
  const webCrypto = useWebCryptoAvailable();
  return (
    <ErrorBoundary label="The signing form">
      <SignSessionForm codec={codecState.status === 'ready' ? codecState.codec : null} secret={signingKey} signer={signer} webCrypto={webCrypto !== false} onDecode={(cookie) => fill({ cookie })} />
    </ErrorBoundary>
  );
}
