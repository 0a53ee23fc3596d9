import type { SessionResult, SessionTimestamp } from '../../stores/flask-session/index.ts';
import { explainCookieKind } from '../../stores/flask-session/cookie-kind.ts';
import { signatureValidText } from '../../stores/flask-session/tool-options.ts';
import { EMPTY_SECRET_NOTE, parseSecretKeyLines } from '../../stores/flask-session/session-signing-key.ts';
import type { FlaskVerdict } from '../../hooks/use-flask-verdict.ts';
import { formatDuration, formatUtc } from './time-text.ts';

/** Flask's default PERMANENT_SESSION_LIFETIME, which it checks even for non-permanent sessions. */
export const FLASK_LIFETIME_SECONDS = 31n * 86_400n;

/** `refused`: the signature is good, but Flask refuses the cookie anyway (expired, malformed timestamp or payload). */
export type VerdictTone = 'valid' | 'refused' | 'invalid' | 'unchecked' | 'malformed';

export interface VerdictText {
  readonly tone: VerdictTone;
  readonly headline: string;
  readonly details: readonly string[];
}

/** Errors that verifySessionCookie only reports after the signature matched. */
const AFTER_GOOD_SIGNATURE = new Set(['SignatureExpired', 'BadTimeSignature', 'BadPayload']);

const UNTRUSTED =
  'Decoded without the secret key, so untrusted: anyone can write a cookie that decodes to this. Only the signature, checked with the secret key, shows that the server wrote it.';

function errorLine(result: SessionResult): string {
  if (result.ok) return '';
  const raised = result.itsdangerous ? ` (itsdangerous raises ${result.itsdangerous})` : '';
  return `${result.kind}${raised}: ${result.reason}`;
}

export function describeVerdict(verdict: FlaskVerdict, webCrypto: boolean): VerdictText {
  const { decoded, verified, kind = { kind: 'flask-session' }, signedId = null } = verdict;
  const keys = parseSecretKeyLines(verdict.secret);
  const noKey = keys.length === 0;
  const explained = explainCookieKind(kind);
  // Not a signed session: say what it is instead (cookie-kind.ts).
  if (explained !== null) {
    if (kind.kind === 'jwt') return { tone: 'malformed', headline: 'Not a Flask session cookie', details: [explained] };
    if (kind.kind === 'flask-session-id') return { tone: 'unchecked', headline: 'A Flask-Session id, not a signed session', details: [explained] };
    if (signedId === null) {
      return { tone: 'unchecked', headline: 'Signature not checked', details: [explained, noKey ? 'Enter the secret key to check the id’s signature.' : ''].filter(Boolean) };
    }
    if (signedId.ok) {
      return { tone: 'valid', headline: signatureValidText(signedId.keyIndex, keys), details: [explained, `Session id: ${signedId.id}`, ...signedId.notes] };
    }
    return { tone: 'invalid', headline: 'Signature invalid', details: [signedId.reason, explained] };
  }
  if (!decoded.ok && decoded.kind === 'Malformed') {
    return { tone: 'malformed', headline: 'Not a Flask session cookie', details: [errorLine(decoded)] };
  }
  const unreadable = decoded.ok ? [] : [`The session cannot be read: ${errorLine(decoded)}`];
  if (verified === null) {
    const why =
      noKey
        ? 'Enter the secret key to check the signature.'
        : 'The signature cannot be checked here: crypto.subtle (WebCrypto) is missing, see above.';
    return { tone: 'unchecked', headline: 'Signature not checked', details: [UNTRUSTED, why, ...unreadable] };
  }
  if (verified.ok) {
    return {
      tone: 'valid',
      headline: signatureValidText(verified.keyIndex, keys),
      details: [
        keys.length > 1 && verified.keyIndex !== undefined && verified.keyIndex > 0
          ? `A fallback key (line ${keys[verified.keyIndex]?.line}) made this signature: Flask 3.1 accepts it through SECRET_KEY_FALLBACKS, and signs new cookies with the first line.`
          : 'This secret key made this signature, and the session is within its lifetime: Flask would accept it.',
        ...verified.notes.filter((note) => note === EMPTY_SECRET_NOTE),
      ],
    };
  }
  if (AFTER_GOOD_SIGNATURE.has(verified.kind)) {
    return {
      tone: 'refused',
      headline: signatureValidText(verified.keyIndex, keys),
      details: [`…but Flask would still refuse the cookie and start an empty session: ${errorLine(verified)}`, ...(verified.notes ?? [])],
    };
  }
  if (verified.kind === 'InvalidSecret') {
    return { tone: 'unchecked', headline: 'Signature not checked', details: [errorLine(verified), UNTRUSTED, ...unreadable] };
  }
  return {
    tone: 'invalid',
    headline: 'Signature invalid',
    details: [
      `${errorLine(verified)} Flask would ignore this cookie and start an empty session.`,
      webCrypto ? 'Either the secret key is wrong, or someone changed the cookie after it was signed.' : '',
      ...unreadable,
    ].filter(Boolean),
  };
}

/**
 * The signing time and where it stands against Flask's 31-day limit, at `nowMs`. Until the
 * signature is known to be good (`trusted`), the time is only a claim: it is signed with the rest.
 */
export function describeExpiry(timestamp: SessionTimestamp, nowMs: number, trusted: boolean, maxAgeSeconds: bigint = FLASK_LIFETIME_SECONDS): string {
  const legacy = timestamp.epoch === 'legacy' ? `, legacy timestamp ${timestamp.signedNumber} counted from 2011-01-01` : '';
  const when = timestamp.date ? `${formatUtc(timestamp.date)} (Unix time ${timestamp.seconds}${legacy})` : `Unix time ${timestamp.seconds}, beyond what a date can show`;
  const signed = trusted ? `Signed at ${when}` : `Claims to be signed at ${when}`;
  const age = BigInt(Math.floor(nowMs / 1000)) - timestamp.seconds;
  if (age < 0n) {
    return `${signed}: ${formatDuration(age)} in the future. Flask refuses a cookie signed in the future (SignatureExpired).`;
  }
  const ago = `${signed}, ${formatDuration(age)} ago.`;
  const flaskDefault = maxAgeSeconds === FLASK_LIFETIME_SECONDS;
  if (age > maxAgeSeconds) {
    const limit = flaskDefault ? "after 31 days (Flask's default PERMANENT_SESSION_LIFETIME)" : `after the max age of ${maxAgeSeconds} seconds (${formatDuration(maxAgeSeconds)})`;
    return `${ago} Expired ${limit}: ${formatDuration(age - maxAgeSeconds)} past the limit, so Flask refuses it (SignatureExpired).`;
  }
  const of = flaskDefault ? "Flask's 31-day PERMANENT_SESSION_LIFETIME" : `the max age of ${maxAgeSeconds} seconds (PERMANENT_SESSION_LIFETIME)`;
  const until = new Date(Number(timestamp.seconds + maxAgeSeconds) * 1000);
  const untilText = Number.isNaN(until.getTime()) ? '' : ` Flask accepts it until ${formatUtc(until)}.`;
  return `${ago} Not expired: ${formatDuration(maxAgeSeconds - age)} left of ${of}, which it checks even for non-permanent sessions.${untilText}`;
}

/** The timestamp the cookie carries, from whichever result could read it. */
export function timestampOf(verdict: FlaskVerdict): SessionTimestamp | null {
  for (const result of [verdict.decoded, verdict.verified]) {
    if (result && result.timestamp) return result.timestamp;
  }
  return null;
}
