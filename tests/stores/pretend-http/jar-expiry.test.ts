// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createPretendCookieJar } from '../../../src/stores/pretend-http/pretend-cookie-jar.ts';
import { createPretendBrowser } from '../../../src/stores/pretend-http/pretend-browser.ts';
import { SITE_ORIGINS } from '../../../src/stores/pretend-http/pretend-sites.ts';

const SITE = 'https://www.rithmschool.com/';
const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);

function fakeClock(start = T0) {
  let time = start;
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

async function sentNames(jar: ReturnType<typeof createPretendCookieJar>): Promise<string[]> {
  return (await jar.cookiesForRequest(SITE, 'strict')).cookies.map((cookie) => cookie.name);
}

describe('expiry on a fake clock', () => {
  test('Max-Age=10 is sent for 10 seconds, then gone', async () => {
    const clock = fakeClock();
    const jar = createPretendCookieJar({ now: clock.now });
    await jar.receiveSetCookie('short=1; Max-Age=10', SITE, 'strict');
    const [row] = await jar.refresh();
    expect(row).toMatchObject({ maxAge: 10, expiresAt: T0 + 10_000, persistent: true, created: T0 });
    expect(row?.expires).toBe(new Date(T0 + 10_000).toUTCString());

    clock.advance(9_999);
    expect(await sentNames(jar)).toEqual(['short']);
    clock.advance(1);
    expect(await sentNames(jar)).toEqual([]);
    expect(await jar.refresh()).toEqual([]);
  });

  test('Max-Age counts from when the cookie was set, not from when it was last sent', async () => {
    const clock = fakeClock();
    const jar = createPretendCookieJar({ now: clock.now });
    await jar.receiveSetCookie('short=1; Max-Age=10', SITE, 'strict');
    for (let second = 0; second < 9; second++) {
      clock.advance(1_000);
      expect(await sentNames(jar)).toEqual(['short']);
    }
    clock.advance(1_000);
    expect(await sentNames(jar)).toEqual([]);
  });

  test('Max-Age wins over Expires', async () => {
    const clock = fakeClock();
    const jar = createPretendCookieJar({ now: clock.now });
    const farFuture = new Date(T0 + 86_400_000).toUTCString();
    const past = new Date(T0 - 86_400_000).toUTCString();
    const first = await jar.receiveSetCookie(`a=1; Max-Age=10; Expires=${farFuture}`, SITE, 'strict');
    await jar.receiveSetCookie(`b=1; Expires=${past}; Max-Age=60`, SITE, 'strict');
    expect(first.warnings).toContain('The cookie has both Max-Age and Expires: Max-Age wins.');
    clock.advance(10_000);
    expect(await sentNames(jar)).toEqual(['b']);
  });

  test('Max-Age=0 deletes an existing cookie', async () => {
    const jar = createPretendCookieJar({ now: fakeClock().now });
    await jar.receiveSetCookie('fav_color=blue; Path=/', SITE, 'strict');
    const verdict = await jar.receiveSetCookie('fav_color=; Path=/; Max-Age=0', SITE, 'strict');
    expect(verdict).toMatchObject({ outcome: 'deleted', accepted: true });
    expect(verdict.reason).toContain('deleted its fav_color cookie');
    expect(await jar.refresh()).toEqual([]);
  });

  test('Max-Age=0 for a cookie with another path deletes nothing', async () => {
    const jar = createPretendCookieJar({ now: fakeClock().now });
    await jar.receiveSetCookie('fav_color=blue; Path=/', SITE, 'strict');
    const verdict = await jar.receiveSetCookie('fav_color=; Path=/lessons; Max-Age=0', SITE, 'strict');
    expect(verdict.reason).toContain('nothing changed');
    expect((await jar.refresh()).map((row) => row.value)).toEqual(['blue']);
  });

  test('an Expires date in the past deletes, on the jar clock', async () => {
    const jar = createPretendCookieJar({ now: fakeClock().now });
    await jar.receiveSetCookie('a=1', SITE, 'strict');
    const verdict = await jar.receiveSetCookie(`a=1; Expires=${new Date(T0 - 1000).toUTCString()}`, SITE, 'strict');
    expect(verdict.outcome).toBe('deleted');
  });

  test('a malformed Expires is ignored and the cookie stays a session cookie', async () => {
    const jar = createPretendCookieJar({ now: fakeClock().now });
    const verdict = await jar.receiveSetCookie('a=1; Expires=next tuesday', SITE, 'strict');
    expect(verdict).toMatchObject({ outcome: 'stored', accepted: true });
    expect(verdict.warnings).toEqual([
      'Expires=next tuesday is not a date the browser understands: that attribute is ignored, so unless Max-Age says otherwise it stays a session cookie.',
    ]);
    expect((await jar.refresh())[0]).toMatchObject({ expires: 'Session', expiresAt: null, persistent: false });
  });

  test('a non-numeric Max-Age is ignored with a warning', async () => {
    const jar = createPretendCookieJar({ now: fakeClock().now });
    const verdict = await jar.receiveSetCookie('a=1; Max-Age=ten', SITE, 'strict');
    expect(verdict.warnings).toEqual(['Max-Age=ten is not a whole number of seconds: that attribute is ignored.']);
  });

  test('lifetimes are capped at 400 days', async () => {
    const jar = createPretendCookieJar({ now: fakeClock().now });
    const verdict = await jar.receiveSetCookie('a=1; Max-Age=999999999', SITE, 'strict');
    const cap = T0 + 400 * 86_400_000;
    expect(verdict.warnings[0]).toContain('400 days');
    expect((await jar.refresh())[0]?.expiresAt).toBe(cap);
    await jar.receiveSetCookie('b=1; Max-Age=99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999', SITE, 'strict');
    expect((await jar.refresh())[1]?.expiresAt).toBe(cap);
  });

  test('a re-set cookie keeps its creation time but gets a fresh Max-Age', async () => {
    const clock = fakeClock();
    const jar = createPretendCookieJar({ now: clock.now });
    await jar.receiveSetCookie('a=1; Max-Age=10', SITE, 'strict');
    clock.advance(8_000);
    const verdict = await jar.receiveSetCookie('a=2; Max-Age=10', SITE, 'strict');
    expect(verdict.outcome).toBe('replaced');
    clock.advance(8_000);
    expect((await jar.refresh())[0]).toMatchObject({ value: '2', created: T0, expiresAt: T0 + 18_000 });
  });
});

describe('browser restart', () => {
  test('session cookies are dropped, persistent ones stay', async () => {
    const clock = fakeClock();
    const browser = createPretendBrowser({ now: clock.now });
    await browser.fetch(`${SITE_ORIGINS.flaskDemo}/handle-form-cookie?fav_color=blue`);
    const query = ['remember=1; Max-Age=3600; Path=/', 'until=1; Expires=Fri, 01 Jan 2027 00:00:00 GMT; Path=/']
      .map((header) => `header=${encodeURIComponent(header)}`)
      .join('&');
    await browser.fetch(`${SITE_ORIGINS.flaskDemo}/set?${query}`);
    expect((await browser.listCookies()).map((row) => row.name)).toEqual(['fav_color', 'remember', 'until']);

    await browser.restart();
    expect(browser.cookies.getSnapshot().map((row) => row.name)).toEqual(['remember', 'until']);
    const later = await browser.fetch(`${SITE_ORIGINS.flaskDemo}/later-cookie`);
    expect(later.responseBody).toContain('<unset>');
  });

  test('clearCookies empties the jar', async () => {
    const browser = createPretendBrowser();
    await browser.fetch(`${SITE_ORIGINS.flaskDemo}/handle-form-cookie?fav_color=blue`);
    await browser.clearCookies();
    expect(browser.cookies.getSnapshot()).toEqual([]);
  });
});
