import fc from 'fast-check';
import { expect, test } from 'vitest';
import { COMPARE_VALUE_MAX, parseComparePath } from '../../../src/stores/experiments/compare-keys.ts';
import { checkCompareEntry } from '../../../src/components/compare/check-compare-entry.ts';
import { compareEntryPath, type CompareEntry } from '../../../src/config/paths.ts';

const NAME_START = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const name = fc
  .tuple(fc.constantFrom(...NAME_START), fc.string({ unit: fc.constantFrom(...`${NAME_START}_-`), maxLength: 29 }))
  .map(([first, rest]) => first + rest);
/** Any text a learner can type (whole characters), including the URL's own delimiters. */
const value = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'/?#%&=+ .;:@\\\'"<>'), minLength: 1, maxLength: 20 }),
).filter((v) => v.length <= COMPARE_VALUE_MAX);
/** A pair the compare page accepts (checkCompareEntry says nothing against it). */
const entry: fc.Arbitrary<CompareEntry> = fc.record({ name, value }).filter((pair) => checkCompareEntry(pair.name, pair.value) === null);

test('every pair the compare page accepts makes a URL that reads back as the same pair', () => {
  fc.assert(
    fc.property(entry, (pair) => {
      const path = compareEntryPath(pair);
      // As the browser sees it: resolved against the site, then split into path and query.
      const url = new URL(path, 'https://learner.example/');
      expect(url.pathname.startsWith('/compare/')).toBe(true);
      expect(parseComparePath(url.pathname)).toEqual(pair);
      // The query carries the same pair, for the Query string panel.
      expect([...url.searchParams]).toEqual([[pair.name, pair.value]]);
      expect(url.hash).toBe('');
    }),
  );
});

test('a trailing slash or a deploy base in front changes nothing', () => {
  fc.assert(
    fc.property(entry, fc.constantFrom('', '/repo', '/a/b'), (pair, base) => {
      const { pathname } = new URL(`${base}${compareEntryPath(pair)}`, 'https://learner.example/');
      expect(parseComparePath(pathname)).toEqual(pair);
      expect(parseComparePath(`${pathname}/`)).toEqual(pair);
    }),
  );
});

test('any path reads as no pair or as a pair the page would accept, never throwing', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.tuple(fc.string({ maxLength: 40 }), fc.string({ unit: fc.constantFrom(...'a%E2%80/%zz'), maxLength: 30 })).map(([n, v]) => `/compare/${n}/${v}`),
      ),
      (pathname) => {
        const read = parseComparePath(pathname);
        if (read !== null) expect(checkCompareEntry(read.name, read.value)).toBeNull();
      },
    ),
  );
});

test('a name the page would refuse never comes out of a URL', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 40 }), value, (badName, v) => {
      fc.pre(checkCompareEntry(badName, v) !== null);
      expect(parseComparePath(`/compare/${encodeURIComponent(badName)}/${encodeURIComponent(v)}`)).toBeNull();
    }),
  );
});

test('a value of only "." or ".." is refused, saying why: a URL path cannot carry it', () => {
  for (const dots of ['.', '..']) {
    expect(checkCompareEntry('color', dots)).toMatch(/cannot travel in a URL path/);
    // Without the check, the browser would drop the segment and the pair with it.
    expect(new URL(`/compare/color/${encodeURIComponent(dots)}`, 'https://learner.example/').pathname).not.toContain(`/color/${dots}`);
  }
  expect(parseComparePath(new URL(compareEntryPath({ name: 'color', value: '...' }), 'https://learner.example/').pathname)).toEqual({ name: 'color', value: '...' });
});
