import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { AppOptionInputs } from './app-option-inputs.tsx';
import { CookieInputs } from './cookie-inputs.tsx';
import { DECODED_PLACEHOLDER, DecodedSessionFrame } from './decoded-session-frame.tsx';
import { NO_COOKIE_VERDICT, VerdictBox, WAITING_VERDICT } from './verdict-box.tsx';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { lazyView } from '../ui/lazy-view.tsx';
import { useFlaskCodec, useWebCryptoAvailable } from '../../hooks/use-flask-codec.ts';
import { publishFlaskToolShare, NO_TOOL_SHARE, type FlaskToolShare } from '../../hooks/use-flask-tool-share.ts';
import { useFlaskToolInputs, type FlaskToolInputs } from '../../hooks/use-flask-tool-inputs.ts';
import { parseMaxAge, secretKeysFrom } from '../../stores/flask-session/tool-options.ts';
import './flask-session.css';

/*
 * The tool's first screen is the boxes; everything else is code of its own, fetched when it is
 * about to be used: the codec and the verdict once the Session cookie box holds something (typed,
 * pasted or from a ?cookie= link), the signing form, the guesser and the notes when they near the
 * viewport. Until then their server HTML stays (lazy-view.tsx), and what is typed or pressed
 * there is kept and done once their code is in (early-actions.ts).
 */

/** Shown only when the page is rendered afresh (client navigation), while a section's code loads. */
const LOADING = <p className="muted">Loading…</p>;
const DecodeResult = lazy(() => import('./decode-result.tsx').then((module) => ({ default: module.DecodeResult })));
const SignForm = lazyView('ToolSignSessionForm', () => import('./sign-session-form.tsx').then((module) => module.ToolSignSessionForm), LOADING, {
  whenNear: true,
});
const Guesser = lazyView('ToolSecretGuesser', () => import('./secret-guesser.tsx').then((module) => module.ToolSecretGuesser), LOADING, {
  whenNear: true,
});
// Shown only where crypto.subtle is missing (never in the server HTML).
const CryptoNotice = lazy(() => import('./crypto-notice.tsx').then((module) => ({ default: module.CryptoNotice })));
const Notes = lazyView('ExactnessNotes', () => import('./exactness-notes.tsx').then((module) => module.ExactnessNotes), LOADING, {
  whenNear: true,
});

/** The result before there is a cookie (and while the code that reads one loads). */
function EmptyResult({ checking }: { readonly checking: boolean }) {
  return (
    <>
      <VerdictBox text={checking ? WAITING_VERDICT : NO_COOKIE_VERDICT} busy={checking} />
      <DecodedSessionFrame>
        <p className="muted">{DECODED_PLACEHOLDER}</p>
      </DecodedSessionFrame>
    </>
  );
}

/** Keeps the lazily loaded sections' view of the boxes (use-flask-tool-share.ts) up to date. */
function useShareInputs(inputs: FlaskToolInputs, signingKey: string, update: (change: Partial<FlaskToolInputs>) => void): void {
  const latest = useRef(update);
  useEffect(() => {
    latest.current = update;
  });
  const fill = useCallback<FlaskToolShare['fill']>((change) => latest.current(change), []);
  const { salt, digest, keyDerivation } = inputs;
  useEffect(() => {
    publishFlaskToolShare({ signingKey, signer: { salt, digest, keyDerivation }, fill });
  }, [signingKey, salt, digest, keyDerivation, fill]);
  useEffect(() => () => publishFlaskToolShare(NO_TOOL_SHARE), []);
}

/** The whole tool: decode and verify as you type, sign, guess weak secret keys. */
export function FlaskSessionTool() {
  const { inputs, update } = useFlaskToolInputs();
  const hasInput = inputs.cookie.trim() !== '';
  const codecState = useFlaskCodec(hasInput);
  const webCrypto = useWebCryptoAvailable();
  const codec = codecState.status === 'ready' ? codecState.codec : null;
  const picked = hasInput && codec ? codec.pickSessionCookie(inputs.cookie, inputs.cookieName) : null;
  const cookie = picked?.ok ? picked.cookie : '';
  const { keys, signingKey } = secretKeysFrom(inputs.secret);
  const maxAge = parseMaxAge(inputs.maxAge);
  useShareInputs(inputs, signingKey ?? '', update);

  return (
    <>
      {webCrypto === false ? (
        <Suspense fallback={null}>
          <CryptoNotice available={false} />
        </Suspense>
      ) : null}
      <section aria-labelledby="flask-decode-h" className="flask-decode">
        <h2 id="flask-decode-h">Decode and verify</h2>
        <CookieInputs inputs={inputs} picked={picked} onChange={update} />
        <AppOptionInputs inputs={inputs} onChange={update} />
        {hasInput ? (
          <ErrorBoundary label="The verdict">
            <Suspense fallback={<EmptyResult checking />}>
              <DecodeResult
                codecState={codecState}
                cookie={cookie}
                secret={inputs.secret}
                webCrypto={webCrypto === true}
                options={{
                  keys: keys.map((key) => key.secret),
                  salt: inputs.salt,
                  maxAgeSeconds: maxAge.ok ? maxAge.seconds : 2_678_400,
                  digest: inputs.digest,
                  keyDerivation: inputs.keyDerivation,
                }}
              />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <EmptyResult checking={false} />
        )}
      </section>
      <section aria-labelledby="flask-sign-h" className="flask-sign-section">
        <h2 id="flask-sign-h">Sign a session</h2>
        <SignForm />
      </section>
      <Guesser />
      <Notes />
    </>
  );
}
