// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { formatCookieHeader, hasCookieNamed, parseCookieHeader, splitCookiePairs } from '../../../src/lib/cookies/cookie-header.ts';
import { filterSetCookieAttributes, serializeDeleteCookie, serializeSetCookieRaw, splitSetCookieHeader } from '../../../src/lib/cookies/set-cookie-header.ts';
import { cookieDomainLabel, cookieExpiresLabel, cookieSameSiteLabel } from '../../../src/lib/cookies/cookie-columns.ts';

describe('the cookie toolkit', () => {
  test('splitCookiePairs keeps every pair in order, duplicates and "=" in values included', () => {
    expect(splitCookiePairs('a=1; b=x=y; a=2; lonely')).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: 'x=y' },
      { name: 'a', value: '2' },
      { name: '', value: 'lonely' },
    ]);
    expect(splitCookiePairs(null)).toEqual([]);
    expect(hasCookieNamed('stl_a=1; stl_b=2', 'stl_b')).toBe(true);
    expect(hasCookieNamed('stl_ab=1', 'stl_a')).toBe(false);
  });

  test('parseCookieHeader keeps the first of two names and __proto__ as data', () => {
    const cookies = parseCookieHeader('__proto__=x; a=1; a=2');
    expect([...cookies]).toEqual([
      ['__proto__', 'x'],
      ['a', '1'],
    ]);
  });

  test('formatCookieHeader joins pairs and refuses a value a header cannot carry', () => {
    expect(formatCookieHeader([{ name: 'session', value: 'abc' }, { name: 'fav_color', value: 'teal' }])).toBe('session=abc; fav_color=teal');
    expect(() => formatCookieHeader([{ name: 'a', value: 'x; Domain=evil.example' }])).toThrow(TypeError);
  });

  test('a Set-Cookie header splits into its pair and each attribute as written', () => {
    const parts = splitSetCookieHeader('id=1;  Path=/x ; Secure;;HttpOnly');
    expect(parts.pair).toBe('id=1');
    expect(parts.attributes.map((attribute) => [attribute.name, attribute.value])).toEqual([
      ['path', '/x'],
      ['secure', null],
      ['httponly', null],
    ]);
    expect(filterSetCookieAttributes('id=1; Path=/x; Secure', (attribute) => attribute.name !== 'path')).toBe('id=1; Secure');
  });

  test('raw values are checked, and deleting sends Max-Age=0 with the same path', () => {
    expect(serializeSetCookieRaw('session', 'eyJ.abc-_', { path: '/', httpOnly: true })).toBe('session=eyJ.abc-_; Path=/; HttpOnly');
    expect(() => serializeSetCookieRaw('session', 'a;b')).toThrow(TypeError);
    expect(serializeDeleteCookie('session', { path: '/repo' })).toBe('session=; Max-Age=0; Path=/repo; Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  });

  test('one set of column formats for the Cookies panel and the pretend jar, as DevTools shows them', () => {
    expect(cookieDomainLabel(null, 'localhost')).toBe('localhost');
    expect(cookieDomainLabel('rithmschool.com', 'www.rithmschool.com')).toBe('.rithmschool.com');
    expect(cookieDomainLabel('.rithmschool.com', 'www.rithmschool.com')).toBe('.rithmschool.com');
    expect(cookieExpiresLabel(null)).toBe('Session');
    expect(cookieExpiresLabel(Date.UTC(2026, 10, 25, 21, 52, 25, 123))).toBe('2026-11-25T21:52:25Z');
    expect(['strict', 'lax', 'none', undefined].map(cookieSameSiteLabel)).toEqual(['Strict', 'Lax', 'None', '']);
  });
});
