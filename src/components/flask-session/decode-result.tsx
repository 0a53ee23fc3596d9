import { useEffect } from 'react';
import type { FlaskCodecState } from '../../stores/flask-codec-loader.ts';
import { publishFlaskToolShare } from '../../hooks/use-flask-tool-share.ts';
import { useFlaskVerdict, type FlaskVerdictState, type VerdictOptions } from '../../hooks/use-flask-verdict.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { DecodedSession } from './decoded-session.tsx';
import { describeVerdict } from './verdict-text.ts';
import { VerdictStatus } from './verdict-status.tsx';

interface DecodeResultProps {
  readonly codecState: FlaskCodecState;
  /** The session cookie picked out of the box ('' when the box holds none, or before the codec is in). */
  readonly cookie: string;
  /** The Secret key box as typed. */
  readonly secret: string;
  readonly options: VerdictOptions;
  readonly webCrypto: boolean;
}

const LOADING: FlaskVerdictState = { verdict: null, stale: true };

/**
 * The verdict and the decoded session for what is in the Session cookie box: loaded (with the
 * codec) once the box holds something, never in the tool's first load. It tells the weak-secret
 * guesser which cookie it may attack.
 */
export function DecodeResult({ codecState, cookie, secret, options, webCrypto }: DecodeResultProps) {
  const codec = codecState.status === 'ready' ? codecState.codec : null;
  const verdictState = useFlaskVerdict(codec, cookie, secret, webCrypto, options);
  const { verdict } = verdictState;
  const shown = cookie !== '' && verdict !== null ? verdict : null;
  const tone = shown ? describeVerdict(shown, webCrypto).tone : null;
  const kind = codec && cookie !== '' ? codec.classifyCookie(cookie).kind : null;
  const notACookie = cookie === '' || tone === 'malformed' || kind === 'flask-session-id' || kind === 'jwt';
  const guessCookie = notACookie ? null : cookie;
  const signedId = kind === 'flask-session-signed-id';

  useEffect(() => {
    publishFlaskToolShare({ guess: guessCookie === null ? null : { cookie: guessCookie, signedId } });
  }, [guessCookie, signedId]);
  useEffect(() => () => publishFlaskToolShare({ guess: null }), []);

  return (
    <>
      <ErrorBoundary label="The verdict" resetKey={cookie}>
        <VerdictStatus
          // Until the codec is in, the box's text counts as a cookie being checked.
          hasCookie={codec === null || cookie !== ''}
          state={codec === null ? LOADING : verdictState}
          webCrypto={webCrypto}
          codecFailure={codecState.status === 'failed' ? codecState.reason : null}
        />
      </ErrorBoundary>
      <DecodedSession verdict={shown} tone={tone} codec={codec} />
    </>
  );
}
