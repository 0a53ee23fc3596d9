import fc from 'fast-check';
import { afterEach, expect, test } from 'vitest';
import { splitDocumentCookie } from '../../src/stores/document-cookie.ts';
import { clearTestCookies } from '../test-utils.tsx';

afterEach(() => clearTestCookies());

// RFC 6265 §4.1.1: a cookie name is a token, a value is cookie-octets (no CTLs, whitespace, DQUOTE,
// comma, semicolon or backslash). https://www.rfc-editor.org/rfc/rfc6265#section-4.1.1
const TOKEN = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const COOKIE_OCTETS = `${TOKEN}()/:<=>?@[]{}`;
const cookieName = fc.string({ unit: fc.constantFrom(...TOKEN), minLength: 1, maxLength: 12 });
const cookieValue = fc.string({ unit: fc.constantFrom(...COOKIE_OCTETS), maxLength: 24 });
const pair = fc.record({ name: cookieName, value: cookieValue });

test('pairs joined the way document.cookie joins them ("; ") split back into the same pairs, in order, duplicates kept', () => {
  fc.assert(
    fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
      const text = pairs.map(({ name, value }) => `${name}=${value}`).join('; ');
      expect(splitDocumentCookie(text)).toEqual(pairs);
    }),
  );
});

test('any string splits without throwing into pairs with no ";" inside, no "=" in a name, nothing invented', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'ab=; \t%"'), maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (shaped, anything) => {
      for (const text of [shaped, anything]) {
        for (const { name, value } of splitDocumentCookie(text)) {
          if ((name + value).includes(';') || name.includes('=')) return false;
          // Each pair was trimmed as a whole (browsers join pairs with "; ").
          if (name.trimStart() !== name || value.trimEnd() !== value) return false;
          // Nothing invented: the pair is in the input, as name=value, or as a value alone for a nameless cookie.
          if (!text.includes(`${name}=${value}`) && !(name === '' && text.includes(value))) return false;
        }
      }
      return true;
    }),
  );
});

test('what a script writes into the real document.cookie reads back: the last value written for each name', () => {
  fc.assert(
    fc.property(fc.array(pair, { minLength: 1, maxLength: 8 }), (writes) => {
      clearTestCookies();
      const expected = new Map<string, string>();
      for (const { name, value } of writes) {
        const stlName = `stl_${name}`;
        document.cookie = `${stlName}=${value}; Path=/`;
        expected.set(stlName, value);
      }
      const read = splitDocumentCookie(document.cookie).filter(({ name }) => name.startsWith('stl_'));
      expect(new Map(read.map(({ name, value }) => [name, value]))).toEqual(expected);
      expect(read).toHaveLength(expected.size);
    }),
    { numRuns: 50 },
  );
});
