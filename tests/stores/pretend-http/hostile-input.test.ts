// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import { createPretendBrowser } from '../../../src/stores/pretend-http/pretend-browser.ts';
import { SITE_ORIGINS } from '../../../src/stores/pretend-http/pretend-sites.ts';
import { parseCookieHeader } from '../../../src/lib/cookies/cookie-header.ts';

const FLASK = SITE_ORIGINS.flaskDemo;
const PROTO_NAMES = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'prototype'] as const;

function setUrl(origin: string, headers: readonly string[]): string {
  const query = new URLSearchParams(headers.map((header) => ['header', header]));
  return `${origin}/set?${query.toString()}`;
}

afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('prototype-named cookies are just data', () => {
  test.each(PROTO_NAMES)('a cookie named %s is stored, listed, sent and read back', async (name) => {
    const browser = createPretendBrowser();
    const set = await browser.fetch(setUrl(FLASK, [`${name}=polluted; Path=/`, 'fav_color=blue; Path=/']));
    expect(set.setCookies.map((verdict) => [verdict.name, verdict.outcome])).toEqual([
      [name, 'stored'],
      ['fav_color', 'stored'],
    ]);
    expect(browser.cookies.getSnapshot().map((row) => [row.name, row.value])).toEqual([
      [name, 'polluted'],
      ['fav_color', 'blue'],
    ]);

    const later = await browser.fetch(`${FLASK}/later-cookie`);
    expect(later.requestCookies).toEqual([
      { name, value: 'polluted' },
      { name: 'fav_color', value: 'blue' },
    ]);
    expect(later.responseBody).toContain('Your favorite color is blue.');
    expect(await browser.documentCookie(`${FLASK}/`)).toBe(`${name}=polluted; fav_color=blue`);
  });

  test('the server reads a __proto__ cookie as a plain entry', () => {
    const cookies = parseCookieHeader('__proto__=polluted; constructor=x; hasOwnProperty=y');
    expect([...cookies]).toEqual([
      ['__proto__', 'polluted'],
      ['constructor', 'x'],
      ['hasOwnProperty', 'y'],
    ]);
  });

  test('a __proto__ cookie does not count as fav_color', async () => {
    const browser = createPretendBrowser();
    await browser.fetch(setUrl(FLASK, ['__proto__=x', 'constructor=y']));
    expect((await browser.fetch(`${FLASK}/later-cookie`)).responseBody).toContain('<unset>');
  });

  test.each(['/__proto__', '/constructor', '/hasOwnProperty', '/toString'])('the route %s is a 404, not a crash', async (path) => {
    const browser = createPretendBrowser();
    const exchange = await browser.fetch(`${FLASK}${path}`);
    expect(exchange.status).toBe(404);
  });

  test.each(['http://__proto__/', 'http://constructor/'])('the host %s is no such pretend site', async (url) => {
    const browser = createPretendBrowser();
    const exchange = await browser.fetch(url);
    expect(exchange.status).toBe(502);
    expect(exchange.notes.join(' ')).toContain('a real browser would show a connection error');
  });
});

describe('attribute injection through the color form', () => {
  const injected = 'a=b; Domain=evil.com';

  test('the value is percent-encoded in the Set-Cookie header, so no attribute is added', async () => {
    const browser = createPretendBrowser();
    const url = `${FLASK}/handle-form-cookie?${new URLSearchParams({ fav_color: injected }).toString()}`;
    const saved = await browser.fetch(url);

    expect(saved.responseHeaders).toContainEqual(['Set-Cookie', 'fav_color=a%3Db%3B%20Domain%3Devil.com; Path=/']);
    expect(saved.responseText.split('\n')).toContain('Set-Cookie: fav_color=a%3Db%3B%20Domain%3Devil.com; Path=/');
    expect(saved.setCookies[0]).toMatchObject({ outcome: 'stored', warnings: [] });
    expect(browser.cookies.getSnapshot()).toEqual([
      expect.objectContaining({ name: 'fav_color', value: 'a%3Db%3B%20Domain%3Devil.com', domain: 'localhost', hostOnly: true, path: '/' }),
    ]);

    const later = await browser.fetch(`${FLASK}/later-cookie`);
    expect(later.requestText).toContain('Cookie: fav_color=a%3Db%3B%20Domain%3Devil.com');
    expect(later.responseBody).toContain(`Your favorite color is ${injected}.`);
  });

  test('a header-splitting attempt stays inside the value', async () => {
    const browser = createPretendBrowser();
    const sneaky = 'blue\r\nSet-Cookie: admin=true';
    const saved = await browser.fetch(`${FLASK}/handle-form-cookie?${new URLSearchParams({ fav_color: sneaky }).toString()}`);
    expect(saved.setCookies).toHaveLength(1);
    expect(browser.cookies.getSnapshot().map((row) => row.name)).toEqual(['fav_color']);
  });

  test('the raw /set route, by contrast, sends exactly what the learner typed', async () => {
    const browser = createPretendBrowser();
    const exchange = await browser.fetch(setUrl(`${SITE_ORIGINS.rithmWww}`, [injected]));
    expect(exchange.responseHeaders).toContainEqual(['Set-Cookie', injected]);
    expect(exchange.setCookies[0]?.reason).toContain('Domain=evil.com does not domain-match www.rithmschool.com');
  });

  test('text that cannot be a header value is a 400, not a crash', async () => {
    const browser = createPretendBrowser();
    const exchange = await browser.fetch(setUrl(FLASK, ['emoji=😀']));
    expect(exchange.status).toBe(400);
    expect(exchange.setCookies).toEqual([]);
  });

  test('a malformed URL or another scheme is refused before anything is sent', async () => {
    const browser = createPretendBrowser();
    await expect(browser.fetch('not a url')).rejects.toThrow(TypeError);
    await expect(browser.fetch('javascript:alert(1)')).rejects.toThrow('only speaks http: and https:');
    expect(browser.log.getSnapshot()).toEqual([]);
  });
});

describe('HttpOnly', () => {
  test('HttpOnly cookies are in the jar and sent to the server, but missing from document.cookie', async () => {
    const browser = createPretendBrowser();
    await browser.fetch(setUrl(FLASK, ['sid=abc123; HttpOnly; Path=/', 'theme=dark; Path=/']));
    expect(browser.cookies.getSnapshot().map((row) => [row.name, row.httpOnly])).toEqual([
      ['sid', true],
      ['theme', false],
    ]);
    expect(await browser.documentCookie(`${FLASK}/later-cookie`)).toBe('theme=dark');
    expect((await browser.fetch(`${FLASK}/later-cookie`)).requestText).toContain('Cookie: sid=abc123; theme=dark');
  });

  test('page JavaScript cannot set or overwrite an HttpOnly cookie', async () => {
    const browser = createPretendBrowser();
    const created = await browser.setDocumentCookie(`${FLASK}/`, 'sid=forged; HttpOnly');
    expect(created.accepted).toBe(false);
    expect(created.reason).toContain('cannot create or overwrite an HttpOnly cookie');

    await browser.fetch(setUrl(FLASK, ['sid=real; HttpOnly; Path=/']));
    const overwrite = await browser.setDocumentCookie(`${FLASK}/`, 'sid=forged; Path=/');
    expect(overwrite.accepted).toBe(false);
    expect(browser.cookies.getSnapshot().map((row) => row.value)).toEqual(['real']);
  });

  test('page JavaScript can set an ordinary cookie that the server then receives', async () => {
    const browser = createPretendBrowser();
    const written = await browser.setDocumentCookie(`${FLASK}/`, 'fav_color=teal; Path=/');
    expect(written.outcome).toBe('stored');
    expect((await browser.fetch(`${FLASK}/later-cookie`)).responseBody).toContain('teal');
  });
});
