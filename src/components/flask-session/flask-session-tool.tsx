import { CookieInputs } from './cookie-inputs.tsx';
import { AppOptionInputs } from './app-option-inputs.tsx';
import { CryptoNotice } from './crypto-notice.tsx';
import { DecodedSession } from './decoded-session.tsx';
import { ExactnessNotes } from './exactness-notes.tsx';
import { SecretGuesser } from './secret-guesser.tsx';
import { SignSessionForm } from './sign-session-form.tsx';
import { describeVerdict } from './verdict-text.ts';
import { VerdictStatus } from './verdict-status.tsx';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { useFlaskCodec, useWebCryptoAvailable } from '../../hooks/use-flask-codec.ts';
import { useFlaskToolInputs } from '../../hooks/use-flask-tool-inputs.ts';
import { useFlaskVerdict } from '../../hooks/use-flask-verdict.ts';
import { pickSessionCookie } from '../../stores/flask-session/session-cookie-input.ts';
import { classifyCookie } from '../../stores/flask-session/cookie-kind.ts';
import { parseMaxAge, secretKeysFrom } from '../../stores/flask-session/tool-options.ts';
import './flask-session.css';

/** The whole tool: decode and verify as you type, sign, guess weak secret keys. */
export function FlaskSessionTool() {
  const { inputs, update } = useFlaskToolInputs();
  const codecState = useFlaskCodec();
  const webCrypto = useWebCryptoAvailable();
  const codec = codecState.status === 'ready' ? codecState.codec : null;
  const picked = inputs.cookie.trim() === '' ? null : pickSessionCookie(inputs.cookie, inputs.cookieName);
  const cookie = picked?.ok ? picked.cookie : '';
  const { keys, signingKey } = secretKeysFrom(inputs.secret);
  const maxAge = parseMaxAge(inputs.maxAge);
  const verdictState = useFlaskVerdict(codec, cookie, inputs.secret, webCrypto === true, {
    keys: keys.map((key) => key.secret),
    salt: inputs.salt,
    maxAgeSeconds: maxAge.ok ? maxAge.seconds : 2_678_400,
    digest: inputs.digest,
    keyDerivation: inputs.keyDerivation,
  });
  const { verdict } = verdictState;
  const shown = cookie !== '' && verdict !== null ? verdict : null;
  const tone = shown ? describeVerdict(shown, webCrypto === true).tone : null;
  const kind = cookie === '' ? null : classifyCookie(cookie);
  const notACookie = cookie === '' || tone === 'malformed' || kind?.kind === 'flask-session-id' || kind?.kind === 'jwt';
  const custom = [
    inputs.salt !== 'cookie-session' ? `salt ${JSON.stringify(inputs.salt)}` : '',
    inputs.digest !== 'sha1' ? inputs.digest : '',
    inputs.keyDerivation !== 'hmac' ? `${inputs.keyDerivation} key derivation` : '',
  ].filter(Boolean);
  // A signed Flask-Session id has its own salt, which the guesser knows by the id's shape.
  const customSigner = custom.length > 0 && kind?.kind !== 'flask-session-signed-id' ? custom.join(', ') : null;

  return (
    <>
      <CryptoNotice available={webCrypto} />
      <section aria-labelledby="flask-decode-h" className="flask-decode">
        <h2 id="flask-decode-h">Decode and verify</h2>
        <CookieInputs inputs={inputs} picked={picked} onChange={update} />
        <AppOptionInputs inputs={inputs} onChange={update} />
        <ErrorBoundary label="The verdict" resetKey={cookie}>
          <VerdictStatus
            hasCookie={cookie !== ''}
            state={verdictState}
            webCrypto={webCrypto === true}
            codecFailure={codecState.status === 'failed' ? codecState.reason : null}
          />
        </ErrorBoundary>
        <DecodedSession verdict={shown} tone={tone} codec={codec} />
      </section>
      <section aria-labelledby="flask-sign-h" className="flask-sign-section">
        <h2 id="flask-sign-h">Sign a session</h2>
        <ErrorBoundary label="The signing form">
          <SignSessionForm codec={codec} secret={signingKey ?? ''} signer={{ salt: inputs.salt, digest: inputs.digest, keyDerivation: inputs.keyDerivation }} webCrypto={webCrypto !== false} onDecode={(signed) => update({ cookie: signed })} />
        </ErrorBoundary>
      </section>
      <ErrorBoundary label="The weak-secret guesser">
        <SecretGuesser cookie={notACookie ? null : cookie} customSigner={customSigner} webCrypto={webCrypto === true} onUseSecret={(secret) => update({ secret })} />
      </ErrorBoundary>
      <ExactnessNotes />
    </>
  );
}
