// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { CookieJar, MemoryCookieStore } from 'tough-cookie';
import {
  COOKIE_ATTRIBUTE_LIMIT_BYTES,
  COOKIE_NAME_VALUE_LIMIT_BYTES,
  checkCookieSize,
  dropOversizedAttributes,
  readCookieAttributes,
} from '../../../src/stores/pretend-http/cookie-limits.ts';
import { createPretendCookieJar } from '../../../src/stores/pretend-http/pretend-cookie-jar.ts';

const SITE = 'https://www.rithmschool.com/';

async function plainToughCookieAccepts(header: string): Promise<boolean> {
  const jar = new CookieJar(new MemoryCookieStore(), { looseMode: false, prefixSecurity: 'strict' });
  const stored = await jar.setCookie(header, SITE);
  return stored !== undefined && (await jar.getCookies(SITE)).length === 1;
}

describe('checkCookieSize (name + value, UTF-8)', () => {
  const cases: readonly [string, string, number, boolean][] = [
    ['a', 'x'.repeat(4094), 4095, true],
    ['a', 'x'.repeat(4095), 4096, true],
    ['a', 'x'.repeat(4096), 4097, false],
    ['n'.repeat(4096), '', 4096, true],
    ['a', 'é'.repeat(2048), 4097, false],
    ['a', '😀'.repeat(1023), 4093, true],
  ];
  const rows = cases.map(([name, value, bytes, ok]) => ({ name, value, bytes, ok }));
  test.each(rows)('a cookie of $bytes bytes is ok: $ok', ({ name, value, bytes, ok }) => {
    const check = checkCookieSize(name, value);
    expect(check.bytes).toBe(bytes);
    expect(check.ok).toBe(ok);
  });

  test('the reason names the size and the limit', () => {
    const check = checkCookieSize('a', 'x'.repeat(4096));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toBe('the browser ignores this cookie: its name and value together are 4097 bytes, over the 4096-byte limit.');
  });
});

describe('the 4096-byte limit, which tough-cookie does not enforce', () => {
  const atLimit = `a=${'x'.repeat(COOKIE_NAME_VALUE_LIMIT_BYTES - 1)}`;
  const overLimit = `a=${'x'.repeat(COOKIE_NAME_VALUE_LIMIT_BYTES)}`;

  test('plain tough-cookie stores a 4097-byte cookie; the pretend browser rejects it', async () => {
    expect(await plainToughCookieAccepts(overLimit)).toBe(true);
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie(overLimit, SITE, 'strict');
    expect(verdict).toMatchObject({ name: 'a', outcome: 'rejected', accepted: false });
    expect(verdict.reason).toContain('4097 bytes');
    expect(await jar.refresh()).toEqual([]);
  });

  test('exactly 4096 bytes is kept by both', async () => {
    expect(await plainToughCookieAccepts(atLimit)).toBe(true);
    const jar = createPretendCookieJar();
    expect((await jar.receiveSetCookie(atLimit, SITE, 'strict')).accepted).toBe(true);
    expect((await jar.refresh())[0]?.size).toBe(4096);
  });

  test('a rejected oversized cookie leaves an earlier cookie of the same name alone', async () => {
    const jar = createPretendCookieJar();
    await jar.receiveSetCookie('a=small', SITE, 'strict');
    await jar.receiveSetCookie(overLimit, SITE, 'strict');
    expect((await jar.refresh()).map((row) => row.value)).toEqual(['small']);
  });
});

describe('attributes over 1024 bytes are ignored, the cookie kept', () => {
  const longPath = `/${'p'.repeat(COOKIE_ATTRIBUTE_LIMIT_BYTES)}`;

  test('dropOversizedAttributes leaves out only the long attribute', () => {
    expect(dropOversizedAttributes(`a=1; Path=${longPath}; Secure`)).toEqual({ header: 'a=1; Secure', dropped: ['Path'] });
    const exact = `a=1; Path=${longPath.slice(0, COOKIE_ATTRIBUTE_LIMIT_BYTES)}`;
    expect(dropOversizedAttributes(exact)).toEqual({ header: exact, dropped: [] });
  });

  test('plain tough-cookie keeps a 1025-byte Path; the pretend browser ignores it and uses the default path', async () => {
    const plain = new CookieJar();
    const stored = await plain.setCookie(`a=1; Path=${longPath}`, `${SITE}events/list`);
    expect(stored?.path).toBe(longPath);

    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie(`a=1; Path=${longPath}`, `${SITE}events/list`, 'strict');
    expect(verdict.accepted).toBe(true);
    expect(verdict.warnings).toEqual(["The Path attribute's value is over 1024 bytes: the browser ignores that attribute but keeps the cookie."]);
    expect((await jar.refresh())[0]?.path).toBe('/events');
  });

  test('an earlier short Path still applies when a later duplicate is too long', async () => {
    const jar = createPretendCookieJar();
    await jar.receiveSetCookie(`a=1; Path=/docs; Path=${longPath}`, SITE, 'strict');
    expect((await jar.refresh())[0]?.path).toBe('/docs');
  });
});

describe('readCookieAttributes', () => {
  test('splits on ";" and lower-cases names, keeping what was written', () => {
    expect(readCookieAttributes('a=1;  Path=/x ; Secure;;HttpOnly; SameSite = Lax')).toEqual([
      { name: 'path', written: 'Path', value: '/x' },
      { name: 'secure', written: 'Secure', value: null },
      { name: 'httponly', written: 'HttpOnly', value: null },
      { name: 'samesite', written: 'SameSite', value: 'Lax' },
    ]);
  });
});

describe('names the strict parser refuses, and attributes it does not know', () => {
  const cases: readonly [string, string][] = [
    ['justavalue', 'has no "=", so there is no name=value pair'],
    ['=value', 'it has no name before the "="'],
    ['a=b\u0001c', 'contains a control character'],
  ];
  test.each(cases)('"%s" is rejected: %s', async (header, reason) => {
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie(header, SITE, 'strict');
    expect(verdict).toMatchObject({ name: null, outcome: 'rejected' });
    expect(verdict.reason).toContain(reason);
  });

  test('unknown and unmodelled attributes are reported but the cookie is kept', async () => {
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie('a=1; Colour=blue; Partitioned; Secure', SITE, 'strict');
    expect(verdict.accepted).toBe(true);
    expect(verdict.warnings).toEqual([
      'Colour is not a cookie attribute: the browser ignores it.',
      'Partitioned is a real attribute (Chrome), but this pretend browser does not model it.',
    ]);
  });

  test('a Path that does not start with "/" falls back to the default path', async () => {
    const jar = createPretendCookieJar();
    const verdict = await jar.receiveSetCookie('a=1; Path=docs', `${SITE}events/list`, 'strict');
    expect(verdict.warnings[0]).toContain('Path=docs does not start with "/"');
    expect((await jar.refresh())[0]?.path).toBe('/events');
  });
});
