import { useMemo } from 'react';
import type { FlaskCodec } from '../../stores/flask-codec-loader.ts';
import type { FlaskVerdict } from '../../hooks/use-flask-verdict.ts';
import { CookiePartsView } from './cookie-parts-view.tsx';
import { DECODED_PLACEHOLDER, DecodedSessionFrame } from './decoded-session-frame.tsx';
import { reprHelpersFrom, type ReprHelpers } from './python-repr.ts';
import { formatDuration, formatUtc } from './time-text.ts';
import type { SessionAge } from '../../stores/flask-session/index.ts';
import { StoredJsonView } from './stored-json-view.tsx';
import { TypedSessionView } from './typed-session-view.tsx';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import type { VerdictTone } from './verdict-text.ts';

interface DecodedSessionProps {
  readonly verdict: FlaskVerdict | null;
  readonly tone: VerdictTone | null;
  readonly codec: FlaskCodec | null;
}

const TRUST: Record<VerdictTone, string> = {
  valid: 'signature valid: the server wrote this',
  refused: 'signature valid, but Flask would refuse the cookie (see above)',
  invalid: 'signature invalid: forged, changed, or another key',
  unchecked: 'untrusted: signature not checked',
  malformed: 'not a session cookie',
};

/** The session as Flask stored it (tagged JSON) beside what a Flask view gets (typed Python values). */
export function DecodedSession(props: DecodedSessionProps) {
  return (
    <DecodedSessionFrame>
      <ErrorBoundary label="The decoded session" resetKey={props.verdict?.cookie}>
        <DecodedSessionBody {...props} />
      </ErrorBoundary>
    </DecodedSessionFrame>
  );
}

function DecodedSessionBody({ verdict, tone, codec }: DecodedSessionProps) {
  const decoded = verdict?.decoded.ok ? verdict.decoded : null;
  const helpers = useMemo<ReprHelpers | null>(() => (codec ? reprHelpersFrom(codec) : null), [codec]);
  const split = verdict && codec ? codec.splitSessionCookie(verdict.cookie) : null;
  const notes = [...new Set([...(verdict?.verified?.ok ? verdict.verified.notes : []), ...(decoded?.notes ?? [])])];
  return (
    <>
      {decoded && helpers ? (
        <>
          <p className={`badge flask-trust flask-trust-${tone ?? 'unchecked'}`}>{TRUST[tone ?? 'unchecked']}</p>
          <div className="flask-decoded-grid">
            <ErrorBoundary label="The stored JSON" resetKey={verdict?.cookie}>
              <StoredJsonView key={verdict?.cookie} payloadJson={decoded.payloadJson} compressed={decoded.compressed} />
            </ErrorBoundary>
            <ErrorBoundary label="The typed values" resetKey={verdict?.cookie}>
              <TypedSessionView key={verdict?.cookie} value={decoded.value} helpers={helpers} />
            </ErrorBoundary>
          </div>
          <p>
            <strong>Signed at:</strong>{' '}
            {decoded.timestamp.date ? formatUtc(decoded.timestamp.date) : 'beyond the range of a date'} (Unix time {decoded.timestamp.seconds.toString()}
            {decoded.timestamp.epoch === 'legacy' ? `; the cookie holds ${decoded.timestamp.signedNumber}, seconds since 2011-01-01 as itsdangerous before 1.0 counted` : ''})
            {decoded.lifetime ? <>{' '}{lifetimeText(decoded.lifetime)}</> : null}
          </p>
          {notes.length > 0 ? (
            <ul className="flask-notes" aria-label="What Flask tolerated">
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p className="muted">{verdict ? 'Nothing could be decoded: see what is wrong above.' : DECODED_PLACEHOLDER}</p>
      )}
      {split?.ok ? <CookiePartsView parts={split.parts} compressed={split.parts.payload.startsWith('.')} /> : null}
    </>
  );
}

/** How old the cookie is and until when Flask accepts it, against the Max age box. */
function lifetimeText(lifetime: SessionAge): string {
  const until = lifetime.acceptedUntil ? formatUtc(lifetime.acceptedUntil) : 'beyond the range of a date';
  if (lifetime.ageSeconds < 0n) return `— signed ${formatDuration(lifetime.ageSeconds)} in the future, which Flask refuses.`;
  const age = `— ${formatDuration(lifetime.ageSeconds)} old`;
  return lifetime.remainingSeconds >= 0n
    ? `${age}; Flask accepts it until ${until} (max age ${lifetime.maxAgeSeconds} s).`
    : `${age}; Flask stopped accepting it at ${until} (max age ${lifetime.maxAgeSeconds} s).`;
}
