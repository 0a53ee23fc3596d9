import { parse } from 'cookie';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkCookieSize, checkCookieWrite, COOKIE_LIMITS, isCookieNameToken, pathMatches } from '../../../src/lib/cookies/cookie-rules.ts';

const secure = { pageIsSecure: true };

describe('cookie names', () => {
  test.each(['bad;name', 'has space', 'a=b', 'quote"d', 'tab\tname', 'slash/name', 'é', ''])('rejects %j', (name) => {
    expect(isCookieNameToken(name)).toBe(false);
    const check = checkCookieWrite({ name, value: 'x' }, secure);
    expect(check.status).toBe('failed');
  });

  test.each(['fav_color', 'stl_fav-color', '__Host-ok', "!#$%&'*+-.^_`|~"])('accepts %j', (name) => {
    expect(isCookieNameToken(name)).toBe(true);
  });

  test('the refusal names the offending character and the rule', () => {
    const check = checkCookieWrite({ name: 'bad;name', value: 'x' }, secure);
    expect(check).toMatchObject({ status: 'failed' });
    if (check.status === 'failed') {
      expect(check.reason).toContain('";"');
      expect(check.reason).toContain('RFC 6265 token');
    }
  });
});

describe('cookie values', () => {
  test('a semicolon is refused, explaining attribute injection', () => {
    const check = checkCookieWrite({ name: 'a', value: 'b; Domain=evil.com' }, secure);
    expect(check.status).toBe('failed');
    if (check.status === 'failed') expect(check.reason).toMatch(/ends a cookie value/);
  });

  test('a control character is refused', () => {
    const check = checkCookieWrite({ name: 'a', value: 'line\nbreak' }, secure);
    expect(check.status).toBe('failed');
    if (check.status === 'failed') expect(check.reason).toContain('U+000A');
  });

  test('spaces and non-ASCII need percent-encoding, which then stores them encoded', () => {
    expect(checkCookieWrite({ name: 'a', value: 'crème brûlée' }, secure).status).toBe('failed');
    const encoded = checkCookieWrite({ name: 'a', value: 'crème brûlée', encodeValue: true }, secure);
    expect(encoded).toMatchObject({ status: 'ok', storedValue: 'cr%C3%A8me%20br%C3%BBl%C3%A9e' });
  });

  test('percent-encoding also makes a semicolon safe', () => {
    const check = checkCookieWrite({ name: 'a', value: 'b; Domain=evil.com', encodeValue: true }, secure);
    expect(check).toMatchObject({ status: 'ok', header: 'a=b%3B%20Domain%3Devil.com' });
  });
});

describe('size limit', () => {
  test('4096 bytes of name + value is allowed, 4097 is refused with the limit named', () => {
    expect(checkCookieSize('n', 'x'.repeat(4095))).toBeNull();
    const reason = checkCookieSize('n', 'x'.repeat(4096));
    expect(reason).toContain('4097 bytes');
    expect(reason).toContain(String(COOKIE_LIMITS.nameValueBytes));
  });

  test('bytes are counted in UTF-8, not characters', () => {
    expect(checkCookieSize('n', 'é'.repeat(2048))).not.toBeNull();
    expect(checkCookieSize('n', 'é'.repeat(2047))).toBeNull();
  });
});

describe('options', () => {
  test('SameSite=None without Secure is refused', () => {
    expect(checkCookieWrite({ name: 'a', value: 'b', sameSite: 'none' }, secure).status).toBe('failed');
    expect(checkCookieWrite({ name: 'a', value: 'b', sameSite: 'none', secure: true }, secure).status).toBe('ok');
  });

  test('Secure from a plain http page is refused', () => {
    expect(checkCookieWrite({ name: 'a', value: 'b', secure: true }, { pageIsSecure: false }).status).toBe('failed');
  });

  test('__Host- needs Secure, Path=/ and no Domain', () => {
    expect(checkCookieWrite({ name: '__Host-id', value: '1', secure: true, path: '/x' }, secure).status).toBe('failed');
    expect(checkCookieWrite({ name: '__Host-id', value: '1', secure: true, path: '/' }, secure).status).toBe('ok');
  });

  test('a Path that does not start with / is refused', () => {
    expect(checkCookieWrite({ name: 'a', value: 'b', path: 'docs' }, secure).status).toBe('failed');
  });

  test.each([
    ['/a\tb', 'a tab'],
    ['/a\nb', 'the control character U+000A'],
    ['/\u0000', 'the control character U+0000'],
    ['/x\u007f', 'the control character U+007F'],
  ])('a Path with a control character (%j) is refused, naming the rule', (path, named) => {
    const check = checkCookieWrite({ name: 'a', value: 'b', path }, secure);
    expect(check).toMatchObject({ status: 'failed' });
    if (check.status === 'failed') {
      expect(check.reason).toBe(`Path contains ${named}: a Path may hold no control characters (tab included) and no ";" (RFC 6265 §4.1.1, path-value). Remove it.`);
    }
  });

  test('no Path with a control character is ever accepted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (rest) => {
        const check = checkCookieWrite({ name: 'a', value: 'b', path: `/${rest}` }, secure);
        if (/[\u0000-\u001f\u007f]/.test(rest)) expect(check.status).toBe('failed');
        if (check.status === 'ok') expect(check.header).not.toMatch(/[\u0000-\u001f\u007f]/);
      }),
    );
  });

  test('the header is built with every attribute', () => {
    const check = checkCookieWrite({ name: 'a', value: 'b', path: '/', maxAge: 10, sameSite: 'lax' }, secure);
    expect(check).toMatchObject({ status: 'ok', header: 'a=b; Max-Age=10; Path=/; SameSite=Lax' });
  });

  test('Max-Age past 400 days is accepted with a note about the cap', () => {
    const check = checkCookieWrite({ name: 'a', value: 'b', maxAge: 401 * 86_400 }, secure);
    expect(check.status).toBe('ok');
    if (check.status === 'ok') expect(check.notes.join(' ')).toContain('400 days');
  });
});

describe('path matching (MDN examples)', () => {
  test.each([
    ['/docs', '/docs', true],
    ['/docs', '/docs/', true],
    ['/docs', '/docs/web/', true],
    ['/docs', '/docs/web/http', true],
    ['/docs', '/', false],
    ['/docs', '/docsets', false],
    ['/docs', '/fr/docs', false],
    ['/', '/anything', true],
  ])('Path=%s on %s → %s', (cookiePath, page, expected) => {
    expect(pathMatches(cookiePath, page)).toBe(expected);
  });
});

const tokenChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&\'*+-.^_`|~'.split(''));
const token = fc.array(tokenChar, { minLength: 1, maxLength: 20 }).map((chars) => chars.join(''));

test('any token name and any string value round-trip through the header when percent-encoded', () => {
  fc.assert(
    fc.property(token, fc.string({ maxLength: 200, unit: 'grapheme' }), (name, value) => {
      const check = checkCookieWrite({ name, value, encodeValue: true, path: '/' }, secure);
      expect(check.status).toBe('ok');
      if (check.status !== 'ok') return;
      const parsed = parse(check.header.split('; Path=')[0] ?? '');
      expect(parsed[name]).toBe(value);
    }),
  );
});
