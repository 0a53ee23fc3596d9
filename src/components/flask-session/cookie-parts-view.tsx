import type { SessionCookieParts } from '../../stores/flask-session/index.ts';
import './flask-session.css';

/** payload . timestamp . signature, each named, as jwt.io colours a token. */
export function CookiePartsView({ parts, compressed }: { readonly parts: SessionCookieParts; readonly compressed: boolean }) {
  return (
    <dl className="flask-parts">
      <dt>Payload</dt>
      <dd>
        <code className="learner-value flask-part-payload">{parts.payload}</code>
        <span className="muted">
          {compressed
            ? ' The leading “.” means zlib-compressed, then base64url: encoded, not encrypted.'
            : ' base64url of the JSON: encoded, not encrypted.'}
        </span>
      </dd>
      <dt>Timestamp</dt>
      <dd>
        <code className="learner-value flask-part-timestamp">{parts.timestamp}</code>
        <span className="muted"> The signing time: seconds since 1970 as big-endian bytes, base64url.</span>
      </dd>
      <dt>Signature</dt>
      <dd>
        <code className="learner-value flask-part-signature">{parts.signature}</code>
        <span className="muted"> HMAC-SHA1 of “payload.timestamp” with a key derived from SECRET_KEY: the only part that needs the secret.</span>
      </dd>
    </dl>
  );
}
