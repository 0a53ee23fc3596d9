import { CookieInputs } from './cookie-inputs.tsx';
import { cookieFromInput } from './cookie-input.ts';
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

/** The whole tool: decode and verify as you type, sign, guess weak secret keys. */
export function FlaskSessionTool() {
  const { inputs, update } = useFlaskToolInputs();
  const codecState = useFlaskCodec();
  const webCrypto = useWebCryptoAvailable();
  const codec = codecState.status === 'ready' ? codecState.codec : null;
  const { cookie, ignored } = cookieFromInput(inputs.cookie);
  const verdictState = useFlaskVerdict(codec, cookie, inputs.secret, webCrypto === true);
  const { verdict } = verdictState;
  const shown = cookie !== '' && verdict !== null ? verdict : null;
  const tone = shown ? describeVerdict(shown, webCrypto === true).tone : null;
  const notACookie = cookie === '' || tone === 'malformed';

  return (
    <>
      <CryptoNotice available={webCrypto} />
      <section aria-labelledby="flask-decode-h" className="flask-decode">
        <h2 id="flask-decode-h">Decode and verify</h2>
        <CookieInputs inputs={inputs} ignored={ignored} onChange={update} />
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
          <SignSessionForm codec={codec} secret={inputs.secret} webCrypto={webCrypto === true} onDecode={(signed) => update({ cookie: signed })} />
        </ErrorBoundary>
      </section>
      <ErrorBoundary label="The weak-secret guesser">
        <SecretGuesser cookie={notACookie ? null : cookie} webCrypto={webCrypto === true} onUseSecret={(secret) => update({ secret })} />
      </ErrorBoundary>
      <ExactnessNotes />
    </>
  );
}
