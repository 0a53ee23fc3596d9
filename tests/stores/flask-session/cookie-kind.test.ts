// @vitest-environment node
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { confirmSessionSecret } from '../../../src/stores/flask-session/codec.ts';
import { classifyCookie, explainCookieKind, verifyFlaskSessionId } from '../../../src/stores/flask-session/cookie-kind.ts';
import { makeSecretGuesser } from '../../../src/stores/flask-session/guess-secret.ts';

const FLASK = 'eyJmYXZfbnVtYmVyIjo0Mn0.aSWc2g.9Mp2zEVxnMxA3E6gFqaOLl1EYiI';
/** Flask-Session's signer, computed by OpenSSL: Signer(secret, salt="flask-session", key_derivation="hmac"). */
const signId = (id: string, secret: string): string =>
  `${id}.${createHmac('sha1', createHmac('sha1', secret).update('flask-session').digest()).update(id).digest('base64url')}`;

describe('cookies that are not Flask signed sessions', () => {
  it('recognises Flask-Session ids, new (token_urlsafe) and old (UUID)', () => {
    expect(classifyCookie('Pn3nJ7o0bD0l5nqfWq3o7v0kFJxGJ4_6KfJ2p1qP9aE')).toMatchObject({ kind: 'flask-session-id', idFormat: 'token' });
    expect(classifyCookie('3f2504e0-4f89-11d3-9a0c-0305e82c3301')).toMatchObject({ kind: 'flask-session-id', idFormat: 'uuid' });
    expect(explainCookieKind(classifyCookie('3f2504e0-4f89-11d3-9a0c-0305e82c3301'))).toMatch(/lives on the server/);
  });

  it('recognises a signed Flask-Session id and verifies it with the right key (which line)', async () => {
    const signed = signId('3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'new key');
    expect(classifyCookie(signed)).toMatchObject({ kind: 'flask-session-signed-id', idFormat: 'uuid' });
    expect(await verifyFlaskSessionId(signed, ['old key', 'new key'])).toMatchObject({ ok: true, keyIndex: 1, id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' });
    const wrong = await verifyFlaskSessionId(signed, 'other');
    expect(!wrong.ok && wrong.reason).toMatch(/does not match/);
  });

  it('the guesser and its WebCrypto re-check read a signed id by its shape, with no options', async () => {
    const signed = signId('Pn3nJ7o0bD0l5nqfWq3o7v0kFJxGJ4_6KfJ2p1qP9aE', 'dev');
    expect(makeSecretGuesser(signed)('dev')).toBe(true);
    expect(makeSecretGuesser(signed)('dev2')).toBe(false);
    expect(await confirmSessionSecret(signed, 'dev')).toBe(true);
    expect(await confirmSessionSecret(signed, 'dev2')).toBe(false);
    expect(await confirmSessionSecret(FLASK, 'dev')).toBe(false);
  });

  it('names a JWT pasted by mistake', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    expect(classifyCookie(jwt).kind).toBe('jwt');
    expect(explainCookieKind(classifyCookie(jwt))).toMatch(/JSON Web Token/);
  });

  it('leaves real Flask cookies, compressed or not, as Flask cookies', () => {
    expect(classifyCookie(FLASK).kind).toBe('flask-session');
    expect(classifyCookie('.eJyrVkrLz1eyUkpKLFLSUSpJLS5RsjI0MtFRSs7PS8tMBwDK_Aos.aSWc2g.x').kind).toBe('flask-session');
  });
});
