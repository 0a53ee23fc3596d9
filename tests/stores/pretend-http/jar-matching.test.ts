// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createPretendCookieJar } from '../../../src/stores/pretend-http/pretend-cookie-jar.ts';
import type { SameSiteContext } from '../../../src/stores/pretend-http/http-types.ts';

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);

/** Sets `header` as if answering a same-site request to `setBy`, then asks what goes to `requestUrl`. */
async function trySend(setBy: string, header: string, requestUrl: string, context: SameSiteContext = 'strict') {
  const jar = createPretendCookieJar({ now: () => new Date(T0) });
  const verdict = await jar.receiveSetCookie(header, setBy, 'strict');
  const outgoing = await jar.cookiesForRequest(requestUrl, context);
  return { verdict, outgoing, sent: outgoing.header !== null };
}

describe('Path (the MDN list for Path=/docs)', () => {
  const cases: readonly [string, boolean][] = [
    ['/docs', true],
    ['/docs/', true],
    ['/docs/web/', true],
    ['/docs/web/http', true],
    ['/', false],
    ['/docsets', false],
    ['/fr/docs', false],
  ];
  test.each(cases)('a Path=/docs cookie is sent to %s: %s', async (path, expected) => {
    const { sent } = await trySend('https://developer.mozilla.org/docs/', 'id=1; Path=/docs', `https://developer.mozilla.org${path}`);
    expect(sent).toBe(expected);
  });

  test('without Path, the cookie gets the directory of the request path', async () => {
    const jar = createPretendCookieJar({ now: () => new Date(T0) });
    await jar.receiveSetCookie('step=2', 'https://developer.mozilla.org/lessons/cookies/step-two', 'strict');
    const [row] = await jar.refresh();
    expect(row?.path).toBe('/lessons/cookies');
    expect((await jar.cookiesForRequest('https://developer.mozilla.org/compare', 'strict')).header).toBeNull();
    expect((await jar.cookiesForRequest('https://developer.mozilla.org/lessons/cookies/x', 'strict')).header).toBe('step=2');
  });

  test('a longer path is sent first', async () => {
    const jar = createPretendCookieJar({ now: () => new Date(T0) });
    await jar.receiveSetCookie('a=root; Path=/', 'https://developer.mozilla.org/', 'strict');
    await jar.receiveSetCookie('a=docs; Path=/docs', 'https://developer.mozilla.org/', 'strict');
    expect((await jar.cookiesForRequest('https://developer.mozilla.org/docs/web', 'strict')).header).toBe('a=docs; a=root');
  });
});

describe('Domain', () => {
  const WWW = 'https://www.rithmschool.com/';
  const sendCases: readonly [string, string, boolean][] = [
    ['id=1', 'https://www.rithmschool.com/', true],
    ['id=1', 'https://shop.rithmschool.com/', false],
    ['id=1', 'https://rithmschool.com/', false],
    ['id=1', 'https://a.www.rithmschool.com/', false],
    ['id=1; Domain=rithmschool.com', 'https://www.rithmschool.com/', true],
    ['id=1; Domain=rithmschool.com', 'https://shop.rithmschool.com/', true],
    ['id=1; Domain=rithmschool.com', 'https://rithmschool.com/', true],
    ['id=1; Domain=rithmschool.com', 'https://notrithmschool.com/', false],
    ['id=1; Domain=.rithmschool.com', 'https://shop.rithmschool.com/', true],
    ['id=1; Domain=www.rithmschool.com', 'https://a.www.rithmschool.com/', true],
    ['id=1; Domain=RithmSchool.COM', 'https://shop.rithmschool.com/', true],
  ];
  test.each(sendCases)('"%s" set by www.rithmschool.com is sent to %s: %s', async (header, url, expected) => {
    const { verdict, sent } = await trySend(WWW, header, url);
    expect(verdict.accepted).toBe(true);
    expect(sent).toBe(expected);
  });

  test('no Domain attribute means host-only; Domain=rithmschool.com does not', async () => {
    const hostOnly = createPretendCookieJar();
    await hostOnly.receiveSetCookie('a=1', WWW, 'strict');
    const shared = createPretendCookieJar();
    await shared.receiveSetCookie('a=1; Domain=rithmschool.com', WWW, 'strict');
    expect((await hostOnly.refresh())[0]).toMatchObject({ domain: 'www.rithmschool.com', hostOnly: true });
    expect((await shared.refresh())[0]).toMatchObject({ domain: 'rithmschool.com', hostOnly: false });
  });

  const rejectCases: readonly [string, string, string][] = [
    ['id=1; Domain=com', WWW, 'Domain=com is a public suffix'],
    ['id=1; Domain=evil.com', WWW, 'Domain=evil.com does not domain-match www.rithmschool.com'],
    ['id=1; Domain=shop.rithmschool.com', WWW, 'does not domain-match www.rithmschool.com'],
    ['id=1; Domain=ww.rithmschool.com', WWW, 'does not domain-match'],
    ['id=1; Domain=co.uk', 'https://www.example.co.uk/', 'Domain=co.uk is a public suffix'],
    ['id=1; Domain=github.io', 'https://learner.github.io/', 'Domain=github.io is a public suffix'],
    ['id=1; Domain=example', 'https://ads.example/', 'Domain=example is a public suffix'],
  ];
  test.each(rejectCases)('"%s" from %s is rejected: %s', async (header, setBy, reason) => {
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie(header, setBy, 'strict');
    expect(verdict).toMatchObject({ outcome: 'rejected', accepted: false });
    expect(verdict.reason).toContain('the browser ignores this cookie');
    expect(verdict.reason).toContain(reason);
    expect(await jar.refresh()).toEqual([]);
  });
});

describe('IP address hosts', () => {
  const IP = 'http://127.0.0.1:8000/';
  const cases: readonly [string, string, boolean][] = [
    ['id=1', 'http://127.0.0.1:8000/', true],
    ['id=1', 'http://127.0.0.1:9999/', true],
    ['id=1', 'http://localhost:8000/', false],
    ['id=1', 'http://127.0.0.2:8000/', false],
    ['id=1; Domain=127.0.0.1', 'http://127.0.0.1:8000/', true],
  ];
  test.each(cases)('"%s" set by 127.0.0.1 is sent to %s: %s', async (header, url, expected) => {
    const { verdict, sent } = await trySend(IP, header, url);
    expect(verdict.accepted).toBe(true);
    expect(sent).toBe(expected);
  });

  test('an IP host cannot widen its cookie to a "parent" of the address', async () => {
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie('id=1; Domain=0.0.1', IP, 'strict');
    expect(verdict.accepted).toBe(false);
    expect(verdict.reason).toContain('127.0.0.1 is an IP address, so only that exact address matches');
  });
});

describe('Secure', () => {
  test('a Secure cookie is sent over https but not over plain http, and the log says why', async () => {
    const jar = createPretendCookieJar();
    await jar.receiveSetCookie('sid=1; Secure; Path=/', 'https://www.rithmschool.com/', 'strict');
    expect((await jar.cookiesForRequest('https://www.rithmschool.com/', 'strict')).header).toBe('sid=1');
    const overHttp = await jar.cookiesForRequest('http://www.rithmschool.com/', 'strict');
    expect(overHttp.header).toBeNull();
    expect(overHttp.notes).toEqual(['sid was not sent: it is Secure, and this request goes over plain http.']);
  });

  test('a Secure cookie cannot be set from plain http', async () => {
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie('sid=1; Secure', 'http://www.rithmschool.com/', 'strict');
    expect(verdict.accepted).toBe(false);
    expect(verdict.reason).toContain('a Secure cookie can only be set over https (or on localhost)');
  });

  test('http://localhost counts as secure (tough-cookie allowSecureOnLocal, as in Chrome and Firefox)', async () => {
    const { verdict, sent } = await trySend('http://localhost:5000/', 'sid=1; Secure', 'http://localhost:5000/');
    expect(verdict.accepted).toBe(true);
    expect(sent).toBe(true);
  });
});

describe('SameSite', () => {
  const SITE = 'https://www.rithmschool.com/';
  const cases: readonly [string, SameSiteContext, boolean][] = [
    ['id=1; SameSite=Strict', 'strict', true],
    ['id=1; SameSite=Strict', 'lax', false],
    ['id=1; SameSite=Strict', 'none', false],
    ['id=1; SameSite=Lax', 'strict', true],
    ['id=1; SameSite=Lax', 'lax', true],
    ['id=1; SameSite=Lax', 'none', false],
    ['id=1; SameSite=None; Secure', 'strict', true],
    ['id=1; SameSite=None; Secure', 'lax', true],
    ['id=1; SameSite=None; Secure', 'none', true],
    ['id=1', 'none', true],
  ];
  test.each(cases)('"%s" in a %s context is sent: %s', async (header, context, expected) => {
    const { sent, outgoing } = await trySend(SITE, header, SITE, context);
    expect(sent).toBe(expected);
    expect(outgoing.notes.length > 0).toBe(!expected || !header.includes('SameSite'));
  });

  test('the log explains a Strict cookie held back from a cross-site link', async () => {
    const { outgoing } = await trySend(SITE, 'id=1; SameSite=Strict', SITE, 'lax');
    expect(outgoing.notes).toEqual([
      'id was not sent: it is SameSite=Strict, and this request is a link or form GET arriving from another site (Lax cookies go along, Strict ones do not).',
    ]);
  });

  test('a cookie without SameSite goes cross-site here, with a note about Chrome treating it as Lax', async () => {
    const { outgoing } = await trySend(SITE, 'id=1', SITE, 'none');
    expect(outgoing.notes[0]).toContain('Chrome would hold it back');
  });

  test('SameSite=None without Secure is rejected', async () => {
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie('id=1; SameSite=None', SITE, 'strict');
    expect(verdict.accepted).toBe(false);
    expect(verdict.reason).toContain('SameSite=None requires Secure');
  });

  test('a Lax cookie set in answer to a cross-site subresource request is rejected (tough-cookie)', async () => {
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie('id=1; SameSite=Lax', SITE, 'none');
    expect(verdict.accepted).toBe(false);
    expect(verdict.reason).toContain('it is SameSite=Lax, and this response answers a request from another site');
    expect((await jar.receiveSetCookie('id=1; SameSite=Lax', SITE, 'lax')).accepted).toBe(true);
  });

  test('an unknown SameSite value is ignored with a warning', async () => {
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie('id=1; SameSite=Sometimes', SITE, 'strict');
    expect(verdict.accepted).toBe(true);
    expect(verdict.warnings).toEqual([
      'SameSite=Sometimes is not Strict, Lax or None: it is ignored, so the cookie has no SameSite attribute.',
    ]);
  });
});

describe('cookie name prefixes (tough-cookie prefixSecurity: strict)', () => {
  const SETTINGS = 'https://www.rithmschool.com/account/settings';
  const cases: readonly [string, string, string | null][] = [
    ['__Host-sid=1; Secure; Path=/', SETTINGS, null],
    ['__Host-sid=1; Secure', SETTINGS, 'a name starting with __Host- requires Secure, Path=/ and no Domain attribute'],
    ['__Host-sid=1; Secure; Path=/account', SETTINGS, '__Host- requires Secure, Path=/'],
    ['__Host-sid=1; Path=/', SETTINGS, '__Host- requires Secure'],
    ['__Host-sid=1; Secure; Path=/; Domain=rithmschool.com', SETTINGS, '__Host- requires Secure, Path=/ and no Domain'],
    ['__Host-sid=1; Secure; Path=/', 'http://www.rithmschool.com/', 'a Secure cookie can only be set over https'],
    ['__Secure-sid=1; Secure', SETTINGS, null],
    ['__Secure-sid=1; Secure; Domain=rithmschool.com', SETTINGS, null],
    ['__Secure-sid=1', SETTINGS, 'a name starting with __Secure- requires the Secure attribute'],
  ];
  test.each(cases)('"%s" from %s → %s', async (header, setBy, reason) => {
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie(header, setBy, 'strict');
    if (reason === null) {
      expect(verdict).toMatchObject({ accepted: true, outcome: 'stored' });
    } else {
      expect(verdict.accepted).toBe(false);
      expect(verdict.reason).toContain(reason);
    }
  });
});
