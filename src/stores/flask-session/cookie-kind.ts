import { utf8Encode } from './cookie-parts.ts';
import { base64UrlEncode, itsdangerousBase64Decode } from './python-base64.ts';
import type { FlaskSecrets } from './codec.ts';
import { deriveSigningKey, resolveSigner, secretBytes, signBytes, verifyBytes, EMPTY_SECRET_NOTE, type FlaskSecret } from './session-signing-key.ts';

/**
 * Not every `session` cookie is a Flask signed session. What else turns up:
 *
 * - A Flask-Session id: the data lives on the server (redis, memcached, cachelib, mongodb,
 *   sqlalchemy, dynamodb) under `session:<id>`, and the cookie holds only the id —
 *   `secrets.token_urlsafe(32)` (43 characters) in Flask-Session 0.6+
 *   (pallets-eco/flask-session src/flask_session/base.py, `_generate_sid`; CHANGES.rst after
 *   0.5.0: "Use `secrets` module to generate session identifiers"), a `str(uuid4())` in older
 *   versions such as Debian's 0.3 (flask_session/sessions.py, `_generate_sid`). With
 *   `SESSION_USE_SIGNER` the cookie is `id.signature` from
 *   `Signer(app.secret_key, salt="flask-session", key_derivation="hmac")` — no timestamp.
 * - A JWT (RFC 7519: base64url JSON header with "alg", base64url JSON claims, signature),
 *   pasted here by mistake: three dot-separated parts like a Flask cookie.
 */

export const FLASK_SESSION_ID_SALT = 'flask-session';

export type CookieKind =
  | { readonly kind: 'flask-session' }
  | { readonly kind: 'flask-session-id'; readonly idFormat: 'token' | 'uuid'; readonly id: string }
  | { readonly kind: 'flask-session-signed-id'; readonly idFormat: 'token' | 'uuid' | 'other'; readonly id: string; readonly signature: string }
  | { readonly kind: 'jwt'; readonly header: string; readonly claims: string }
  | { readonly kind: 'unknown' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** token_urlsafe(n) is base64url of n random bytes: ⌈4n/3⌉ characters; Flask-Session's SESSION_ID_LENGTH defaults to 32 → 43. */
const URLSAFE_TOKEN = /^[A-Za-z0-9_-]{22,}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{27}$/; // base64url of 20 bytes (HMAC-SHA1), unpadded

function idFormatOf(id: string): 'token' | 'uuid' | null {
  if (UUID.test(id)) return 'uuid';
  if (URLSAFE_TOKEN.test(id)) return 'token';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function base64UrlJson(part: string): Record<string, unknown> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return null;
  const decoded = itsdangerousBase64Decode(utf8Encode(part));
  if (!decoded.ok) return null;
  try {
    const value: unknown = JSON.parse(strictUtf8.decode(decoded.bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** What kind of cookie value this is, by its shape alone (nothing is verified here). */
export function classifyCookie(value: string): CookieKind {
  const parts = value.split('.');
  if (parts.length === 1) {
    const idFormat = idFormatOf(value);
    return idFormat ? { kind: 'flask-session-id', idFormat, id: value } : { kind: 'unknown' };
  }
  if (parts.length === 2) {
    const [id = '', signature = ''] = parts;
    if (SIGNATURE.test(signature) && id !== '') return { kind: 'flask-session-signed-id', idFormat: idFormatOf(id) ?? 'other', id, signature };
    return { kind: 'unknown' };
  }
  if (parts.length === 3 && !value.startsWith('.')) {
    const [header = '', claims = ''] = parts;
    const head = base64UrlJson(header);
    if (head && typeof head.alg === 'string' && base64UrlJson(claims)) return { kind: 'jwt', header, claims };
  }
  return { kind: 'flask-session' };
}

/** Words for the learner about a cookie that is not a signed session. */
export function explainCookieKind(kind: CookieKind): string | null {
  switch (kind.kind) {
    case 'flask-session':
    case 'unknown':
      return null;
    case 'flask-session-id':
      return (
        `This looks like a Flask-Session id (${kind.idFormat === 'uuid' ? 'a UUID, as Flask-Session 0.3 and older make' : 'secrets.token_urlsafe, as Flask-Session 0.6+ makes'}), ` +
        'not a signed session: the session data lives on the server, stored under session:<id>. There is nothing to decode here, and the id is not signed (SESSION_USE_SIGNER is off).'
      );
    case 'flask-session-signed-id':
      return (
        'This looks like a signed Flask-Session id (SESSION_USE_SIGNER): id.signature, signed by itsdangerous with salt "flask-session" and no timestamp. ' +
        'The session data lives on the server under session:<id>; the secret key only proves the id was issued by the app.'
      );
    case 'jwt':
      return 'This is a JSON Web Token (header.claims.signature, its header names an "alg"), not a Flask session cookie: Flask sessions carry a timestamp, not JSON, in the middle part. Read it with a JWT tool.';
  }
}

export type SignedIdResult =
  | { readonly ok: true; readonly id: string; readonly keyIndex: number; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks a signed Flask-Session id (`id.signature`) as Flask-Session does on each request:
 * itsdangerous Signer.unsign with salt "flask-session", HMAC key derivation, SHA-1, with each
 * key in turn (WebCrypto).
 */
export async function verifyFlaskSessionId(value: string, secrets: FlaskSecrets): Promise<SignedIdResult> {
  const dot = value.lastIndexOf('.');
  if (dot < 0) return { ok: false, reason: 'No signature: this id is not signed (SESSION_USE_SIGNER is off), so there is nothing to check.' };
  const id = value.slice(0, dot);
  const signature = itsdangerousBase64Decode(utf8Encode(value.slice(dot + 1)));
  if (!signature.ok) return { ok: false, reason: `The signature is not base64 (${signature.reason}).` };
  const signer = resolveSigner({ salt: FLASK_SESSION_ID_SALT });
  if (!signer.ok) return { ok: false, reason: signer.reason };
  const list: readonly FlaskSecret[] = Array.isArray(secrets) ? secrets : [secrets as FlaskSecret];
  if (signature.bytes.length === 20) {
    for (const [index, secret] of list.entries()) {
      const bytes = secretBytes(secret);
      if (!bytes.ok) return { ok: false, reason: bytes.reason };
      if (await verifyBytes(await deriveSigningKey(bytes.bytes, signer.signer), signature.bytes, utf8Encode(id))) {
        return { ok: true, id, keyIndex: index, notes: bytes.bytes.length === 0 ? [EMPTY_SECRET_NOTE] : [] };
      }
    }
  }
  const tried = list.length > 1 ? ` with any of the ${list.length} keys` : '';
  return { ok: false, reason: `The id's signature does not match${tried} (salt "flask-session"): wrong secret key, or the id was changed.` };
}

/** The cookie Flask-Session sets for this id with SESSION_USE_SIGNER: `id.signature` (Signer.sign, salt "flask-session"). */
export async function signFlaskSessionId(id: string, secret: FlaskSecret): Promise<string> {
  const bytes = secretBytes(secret);
  if (!bytes.ok) throw new Error(bytes.reason);
  const signer = resolveSigner({ salt: FLASK_SESSION_ID_SALT });
  if (!signer.ok) throw new Error(signer.reason);
  const key = await deriveSigningKey(bytes.bytes, signer.signer);
  const signature = await signBytes(key, utf8Encode(id));
  return `${id}.${base64UrlEncode(signature)}`;
}
