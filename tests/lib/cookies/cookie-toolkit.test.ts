// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Cookie } from 'tough-cookie';
import { parseCookieHeader } from '../../../src/lib/cookies/cookie-header.ts';
import { serializeSetCookie as formatSetCookie } from '../../../src/lib/cookies/set-cookie-header.ts';
import { createPretendCookieJar } from '../../../src/stores/pretend-http/pretend-cookie-jar.ts';

/** RFC 7230 token characters: what a cookie name may always be. */
const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".split('');
const tokenName = fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 1, maxLength: 20 });
/** Any well-formed Unicode text: ASCII, controls, emoji, `;`, `=`, `%`, quotes, spaces. */
const anyValue = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }));

describe('the Set-Cookie / Cookie header codec', () => {
  test('serialize then parse gives back the same name and value', () => {
    fc.assert(
      fc.property(tokenName, anyValue, (name, value) => {
        const header = formatSetCookie(name, value);
        expect(parseCookieHeader(header).get(name)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  test('with Path=/ the value never becomes an attribute, as tough-cookie parses it', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const header = formatSetCookie('fav_color', value, { path: '/' });
        const cookie = Cookie.parse(header, { loose: false });
        expect(cookie?.key).toBe('fav_color');
        expect(cookie?.path).toBe('/');
        expect(cookie?.domain).toBeNull();
        expect(cookie?.extensions).toBeNull();
        expect(cookie?.secure).toBe(false);
        expect(cookie?.httpOnly).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  test('a value survives the whole trip: server → jar → Cookie header → server', async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, async (value) => {
        const jar = createPretendCookieJar();
        const url = 'http://localhost:5000/handle-form-cookie';
        const verdict = await jar.receiveSetCookie(formatSetCookie('fav_color', value, { path: '/' }), url, 'strict');
        if (!verdict.accepted) {
          // Only a value whose encoding is over the 4096-byte limit may be refused.
          expect(verdict.reason).toContain('4096-byte limit');
          return;
        }
        const { header } = await jar.cookiesForRequest('http://localhost:5000/later-cookie', 'strict');
        expect(parseCookieHeader(header).get('fav_color')).toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  test('a plain value looks exactly like what Flask sends', () => {
    expect(formatSetCookie('fav_color', 'blue', { path: '/' })).toBe('fav_color=blue; Path=/');
  });

  test('an empty Cookie header, or none, reads as no cookies', () => {
    expect(parseCookieHeader(null).size).toBe(0);
    expect(parseCookieHeader('').size).toBe(0);
  });

  test('the first of two same-named cookies wins, as in werkzeug', () => {
    expect(parseCookieHeader('a=docs; a=root').get('a')).toBe('docs');
  });
});
