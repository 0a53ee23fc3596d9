// @vitest-environment node
import { describe, expect, test, vi } from 'vitest';
import { createHttpLogStore } from '../../../src/stores/pretend-http/http-log-store.ts';
import { createPretendBrowser } from '../../../src/stores/pretend-http/pretend-browser.ts';
import { SITE_ORIGINS } from '../../../src/stores/pretend-http/pretend-sites.ts';
import { canonicalHeaderName, formatRequestText, formatResponseText } from '../../../src/stores/pretend-http/http-message-text.ts';

const FLASK = SITE_ORIGINS.flaskDemo;

describe('the HTTP log store', () => {
  test('the snapshot is the same array until an exchange is added, then a new one', async () => {
    const browser = createPretendBrowser();
    const listener = vi.fn();
    const unsubscribe = browser.log.subscribe(listener);
    const empty = browser.log.getSnapshot();
    expect(browser.log.getSnapshot()).toBe(empty);

    await browser.fetch(`${FLASK}/`);
    const one = browser.log.getSnapshot();
    expect(one).not.toBe(empty);
    expect(one).toHaveLength(1);
    expect(browser.log.getSnapshot()).toBe(one);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(Object.isFrozen(one)).toBe(true);

    unsubscribe();
    await browser.fetch(`${FLASK}/`);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('clear empties the log and notifies once; clearing an empty log does nothing', async () => {
    const browser = createPretendBrowser();
    await browser.fetch(`${FLASK}/`);
    const listener = vi.fn();
    browser.log.subscribe(listener);
    browser.log.clear();
    expect(browser.log.getSnapshot()).toEqual([]);
    browser.log.clear();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('a log created up front can be handed to the browser later', async () => {
    const log = createHttpLogStore();
    const browser = createPretendBrowser({ log });
    await browser.fetch(`${FLASK}/greet?name=Ada`);
    expect(log.getSnapshot()[0]?.url).toBe(`${FLASK}/greet?name=Ada`);
  });

  test('exchanges are numbered and stamped with the browser clock', async () => {
    const browser = createPretendBrowser({ now: () => new Date(1_000) });
    await browser.fetch(`${FLASK}/`);
    await browser.fetch(`${FLASK}/`);
    expect(browser.log.getSnapshot().map((exchange) => [exchange.id, exchange.time])).toEqual([
      [1, 1_000],
      [2, 1_000],
    ]);
  });
});

describe('the jar rows store', () => {
  test('rows keep their identity while nothing changes', async () => {
    const browser = createPretendBrowser();
    await browser.fetch(`${FLASK}/handle-form-cookie?fav_color=blue`);
    const rows = browser.cookies.getSnapshot();
    const listener = vi.fn();
    browser.cookies.subscribe(listener);

    await browser.fetch(`${FLASK}/later-cookie`);
    await browser.listCookies();
    expect(browser.cookies.getSnapshot()).toBe(rows);
    expect(listener).not.toHaveBeenCalled();

    await browser.fetch(`${FLASK}/handle-form-cookie?fav_color=red`);
    expect(browser.cookies.getSnapshot()).not.toBe(rows);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('a row carries what DevTools shows', async () => {
    const browser = createPretendBrowser({ now: () => new Date(Date.UTC(2026, 0, 1)) });
    const header = encodeURIComponent('sid=abc; Max-Age=60; Path=/; HttpOnly; Secure; SameSite=Lax');
    await browser.fetch(`${SITE_ORIGINS.rithmWww}/set?header=${header}`);
    expect(browser.cookies.getSnapshot()).toEqual([
      {
        id: JSON.stringify(['www.rithmschool.com', '/', 'sid']),
        name: 'sid',
        value: 'abc',
        domain: 'www.rithmschool.com',
        path: '/',
        hostOnly: true,
        expires: 'Thu, 01 Jan 2026 00:01:00 GMT',
        expiresAt: Date.UTC(2026, 0, 1, 0, 1),
        maxAge: 60,
        persistent: true,
        size: 6,
        httpOnly: true,
        secure: true,
        sameSite: 'Lax',
        created: Date.UTC(2026, 0, 1),
      },
    ]);
  });

  test('a stored verdict says where the cookie goes and for how long', async () => {
    const browser = createPretendBrowser();
    const exchange = await browser.fetch(`${FLASK}/handle-form-cookie?fav_color=blue`);
    expect(exchange.setCookies[0]?.reason).toBe(
      'Stored fav_color: it will be sent to localhost only (no Domain attribute), on every path, until the browser is closed (a session cookie).',
    );
  });
});

describe('raw HTTP text', () => {
  test.each([
    ['content-type', 'Content-Type'],
    ['set-cookie', 'Set-Cookie'],
    ['HOST', 'Host'],
  ])('%s is written %s', (name, expected) => {
    expect(canonicalHeaderName(name)).toBe(expected);
  });

  test('a request is its request line and headers', () => {
    expect(formatRequestText('GET', 'http://localhost:5000/later-cookie?x=1', [['Host', 'localhost:5000'], ['Cookie', 'fav_color=blue']])).toBe(
      'GET /later-cookie?x=1 HTTP/1.1\nHost: localhost:5000\nCookie: fav_color=blue',
    );
  });

  test('a response with two cookies has two Set-Cookie lines', () => {
    expect(
      formatResponseText(200, 'OK', [['Content-Type', 'text/plain; charset=utf-8'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']], 'hi'),
    ).toBe('HTTP/1.1 200 OK\nContent-Type: text/plain; charset=utf-8\nSet-Cookie: a=1\nSet-Cookie: b=2\n\nhi');
  });
});
