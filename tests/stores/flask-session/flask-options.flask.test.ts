// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeSessionCookie, signSession, verifySessionCookie } from '../../../src/stores/flask-session/codec.ts';
import { classifyCookie, signFlaskSessionId, verifyFlaskSessionId } from '../../../src/stores/flask-session/cookie-kind.ts';
import { makeSecretGuesser } from '../../../src/stores/flask-session/guess-secret.ts';
import type { SessionResult } from '../../../src/stores/flask-session/session-result.ts';
import type { SignerOptions } from '../../../src/stores/flask-session/session-signing-key.ts';
import { runProcess } from './node-io.ts';

/**
 * Real apps are less tidy than Flask's defaults: key rotation (Flask 3.1's SECRET_KEY_FALLBACKS),
 * session interfaces with their own salt, digest or key derivation, cookies from itsdangerous
 * before 1.0, Flask-Session ids, non-ASCII keys. Each case runs in real Flask through
 * flask_options_oracle.py: our codec reads Flask's cookies, and Flask accepts ours.
 * Needs python3 with Flask (FLASK_PYTHON; 3.1, or an older one such as Debian's 2.2, where the oracle backports 3.1's fallback lines) and, for the Flask-Session case, Debian's
 * python3-flask-session (FLASK_SESSION_PYTHON, default /usr/bin/python3; .ci/run installs it).
 * Without them these tests FAIL, they do not skip.
 */

const PYTHON = process.env.FLASK_PYTHON ?? 'python3';
const FLASK_SESSION_PYTHON = process.env.FLASK_SESSION_PYTHON ?? '/usr/bin/python3';
const ORACLE = decodeURIComponent(new URL('./flask_options_oracle.py', import.meta.url).pathname);
const SIGNED_AT = 1_795_639_130; // 2026-11-25
const AT = new Date((SIGNED_AT + 30) * 1000);

type Result = Record<string, unknown>;

async function oracle(ops: readonly Record<string, unknown>[], python = PYTHON): Promise<Result[]> {
  const run = await runProcess(python, [ORACLE], { input: JSON.stringify({ ops }), env: { PYTHONDONTWRITEBYTECODE: '1' } });
  if (run.status !== 0) throw new Error(`flask_options_oracle.py (${python}) failed (${run.status ?? run.error?.message}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as Result[];
}

const str = (result: Result | undefined, key: string): string => {
  const value = result?.[key];
  if (typeof value !== 'string') throw new Error(`no string ${key} in ${JSON.stringify(result)}`);
  return value;
};

function ok(result: SessionResult) {
  if (!result.ok) throw new Error(`${result.kind}: ${result.reason}`);
  return result;
}

const SESSION = '{" t":[1,"cl\\u00e9"],"user_id":7}'; // Flask's own form: non-ASCII escaped

describe('key rotation: SECRET_KEY_FALLBACKS (Flask 3.1)', () => {
  const OLD = 'ancienne clé ✓';
  const NEW = '新しい鍵 🔑';
  const rotated = { secret: NEW, fallbacks: [OLD] };

  it('a cookie signed before the rotation verifies with the fallback, and we say which line', async () => {
    const [old] = await oracle([{ op: 'dumps', app: { secret: OLD }, tagged_json: SESSION, timestamp: SIGNED_AT }]);
    const cookie = str(old, 'cookie');
    const [seen] = await oracle([{ op: 'request', app: rotated, cookie }]);
    expect(seen).toEqual({ tagged_json: SESSION, empty: false }); // Flask reads it with the fallback
    const ours = ok(await verifySessionCookie(cookie, [NEW, OLD], { now: AT }));
    expect([ours.keyIndex, ours.payloadJson]).toEqual([1, SESSION]);
    expect((await verifySessionCookie(cookie, NEW, { now: AT })).ok).toBe(false);
  });

  it('signing uses the first line: byte for byte the cookie Flask 3.1 sets after the rotation', async () => {
    const ours = await signSession(SESSION, NEW, { timestamp: BigInt(SIGNED_AT) });
    const [theirs, read] = await oracle([
      { op: 'dumps', app: rotated, tagged_json: SESSION, timestamp: SIGNED_AT },
      { op: 'loads', app: rotated, cookie: ours, max_age: null },
    ]);
    expect(ours).toBe(str(theirs, 'cookie'));
    expect(read).toEqual({ ok: true, tagged_json: SESSION });
  });
});

describe('session interfaces that override salt, digest_method or key_derivation', () => {
  const cases: (SignerOptions & { digest: 'sha1' | 'sha256' | 'sha512' })[] = [
    { salt: 'my-app-cookies' },
    { salt: 'sel salé ✓', digest: 'sha256' },
    { digest: 'sha512', keyDerivation: 'concat' },
    { salt: 'x', digest: 'sha256', keyDerivation: 'django-concat' },
    { digest: 'sha1', keyDerivation: 'none' },
  ].map((c) => ({ digest: 'sha1', ...c }) as SignerOptions & { digest: 'sha1' | 'sha256' | 'sha512' });

  it('each side reads the other, byte for byte, and the guesser finds the key', async () => {
    const secret = 'clé ✓';
    const apps = cases.map((c) => ({ secret, salt: c.salt ?? 'cookie-session', digest: c.digest, key_derivation: c.keyDerivation ?? 'hmac' }));
    const theirs = await oracle(apps.map((app) => ({ op: 'dumps', app, tagged_json: SESSION, timestamp: SIGNED_AT })));
    const ours = await Promise.all(cases.map((c) => signSession(SESSION, secret, { ...c, timestamp: BigInt(SIGNED_AT) })));
    const read = await oracle(apps.map((app, i) => ({ op: 'request', app, cookie: ours[i] })));
    for (const [i, options] of cases.entries()) {
      const flaskCookie = str(theirs[i], 'cookie');
      expect({ options, cookie: ours[i] }).toEqual({ options, cookie: flaskCookie });
      expect({ options, seen: read[i] }).toEqual({ options, seen: { tagged_json: SESSION, empty: false } });
      expect(ok(await verifySessionCookie(flaskCookie, secret, { ...options, now: AT })).payloadJson).toBe(SESSION);
      expect((await verifySessionCookie(flaskCookie, secret, { now: AT })).ok).toBe(false); // Flask's defaults do not fit
      expect(makeSecretGuesser(flaskCookie, options)(secret)).toBe(true);
    }
  });
});

describe('legacy timestamps (itsdangerous before 1.0)', () => {
  it('we read an old cookie with its real date; modern Flask refuses it, the old signer accepts ours', async () => {
    const secret = 'legacy key';
    const [legacy] = await oracle([{ op: 'legacy_dumps', secret, tagged_json: SESSION, timestamp: SIGNED_AT }]);
    const cookie = str(legacy, 'cookie');
    const decoded = ok(await decodeSessionCookie(cookie, { now: AT }));
    expect(decoded.timestamp).toMatchObject({ seconds: BigInt(SIGNED_AT), epoch: 'legacy', signedNumber: BigInt(SIGNED_AT - 1_293_840_000) });
    expect(decoded.notes.join(' ')).toMatch(/itsdangerous before 1\.0 counted seconds from 2011-01-01/);
    expect(ok(await verifySessionCookie(cookie, secret, { now: AT, epoch: 'legacy' })).payloadJson).toBe(SESSION);

    const ours = await signSession(SESSION, secret, { timestamp: BigInt(SIGNED_AT), epoch: 'legacy' });
    const [modern, old] = await oracle([
      { op: 'loads', app: { secret }, cookie, max_age: 2_678_400 },
      { op: 'legacy_loads', secret, cookie: ours, now: SIGNED_AT + 30, max_age: 2_678_400 },
    ]);
    expect(ours).toBe(cookie);
    expect(modern).toMatchObject({ ok: false, exception: 'SignatureExpired' });
    expect((await verifySessionCookie(cookie, secret, { now: AT })).ok).toBe(false); // so do we, by default
    expect(old).toEqual({ ok: true, tagged_json: SESSION });
  });
});

describe('Flask-Session ids (SESSION_USE_SIGNER)', () => {
  it("matches itsdangerous' Signer(salt='flask-session', key_derivation='hmac') on non-ASCII keys", async () => {
    const id = 'Pn3nJ7o0bD0l5nqfWq3o7v0kFJxGJ4_6KfJ2p1qP9aE';
    const secrets = ['dev', 'clé ✓', '鍵🔑', ''];
    const theirs = await oracle(secrets.map((secret) => ({ op: 'signer_sign', secret, salt: 'flask-session', value: id })));
    for (const [i, secret] of secrets.entries()) {
      const signed = str(theirs[i], 'signed');
      expect(await signFlaskSessionId(id, secret)).toBe(signed);
      expect(await verifyFlaskSessionId(signed, ['other', secret])).toMatchObject({ ok: true, keyIndex: 1, id });
      expect(makeSecretGuesser(signed, { format: 'signed-value', salt: 'flask-session' })(secret)).toBe(true);
    }
  });

  it('a real Flask-Session app: we recognise and verify its cookie, and it accepts the id we sign', async () => {
    const secret = 'flask-session ✓';
    const [made] = await oracle([{ op: 'flask_session', secret }], FLASK_SESSION_PYTHON);
    const cookie = str(made, 'cookie');
    expect(made?.read_back).toEqual({ fav_number: 42 });
    const kind = classifyCookie(cookie);
    expect(kind).toMatchObject({ kind: 'flask-session-signed-id' });
    const verified = await verifyFlaskSessionId(cookie, secret);
    if (!verified.ok) throw new Error(verified.reason);
    const resigned = await signFlaskSessionId(verified.id, secret);
    expect(resigned).toBe(cookie);
    const [again, forged] = await oracle(
      [
        { op: 'flask_session_read', secret, cookie: resigned, sid_dir: made?.sid_dir },
        { op: 'flask_session_read', secret, cookie: await signFlaskSessionId(verified.id, 'wrong key'), sid_dir: made?.sid_dir },
      ],
      FLASK_SESSION_PYTHON,
    );
    expect(again).toEqual({ fav_number: 42 });
    expect(forged).toEqual({ fav_number: null }); // a wrong signature: Flask-Session starts a new, empty session
  });
});

describe('empty keys', () => {
  it('itsdangerous signs with an empty key exactly as we do; Flask refuses to', async () => {
    const ours = await signSession('{}', '', { timestamp: BigInt(SIGNED_AT) });
    const [signed] = await oracle([{ op: 'signer_sign', secret: '', salt: 'cookie-session', value: ours.slice(0, ours.lastIndexOf('.')) }]);
    expect(ours).toBe(str(signed, 'signed'));
    const [flask] = await oracle([{ op: 'loads', app: { secret: '' }, cookie: ours, max_age: null }]);
    expect(flask).toMatchObject({ ok: false, message: 'no SECRET_KEY' });
    expect(ok(await verifySessionCookie(ours, '', { now: AT })).notes.join(' ')).toMatch(/Flask itself refuses/);
  });
});
