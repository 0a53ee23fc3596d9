import fc from 'fast-check';
import { expect, test } from 'vitest';
import { carriedSearch } from '../../src/hooks/use-carried-query.ts';

test('a link carries only the query params its lesson declares, as the URL has them', () => {
  expect(carriedSearch('?fav-color=blue&utm_source=chat', ['fav-color'])).toBe('?fav-color=blue');
  expect(carriedSearch('?utm_source=chat', ['fav-color'])).toBe('');
  expect(carriedSearch('?fav-color=sea%20green&fav-color=red', ['fav-color'])).toBe('?fav-color=sea+green&fav-color=red');
  expect(carriedSearch('?fav-color=blue', [])).toBe('');
});

test('whatever colour a shared link holds, the carried query reads back as the same colour', () => {
  fc.assert(
    fc.property(fc.string(), (color) => {
      const shared = `?${new URLSearchParams({ 'fav-color': color, other: 'x' }).toString()}`;
      expect(new URLSearchParams(carriedSearch(shared, ['fav-color'])).getAll('fav-color')).toEqual([color]);
    }),
  );
});
