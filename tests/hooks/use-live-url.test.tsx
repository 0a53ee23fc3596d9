import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useNavigate } from 'react-router-dom';
import { expect, test } from 'vitest';
import { useLivePath, useLiveQuery, useLiveQueryParam } from '../../src/hooks/use-live-url.ts';

function at(url: string) {
  return ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
}

test('the query params come in order with duplicates kept, and follow navigation', () => {
  const { result } = renderHook(() => ({ query: useLiveQuery(), navigate: useNavigate() }), { wrapper: at('/lessons/query-params/step-one?fav-color=blue&x=1&x=2') });
  expect(result.current.query?.parts.map(({ name, value }) => [name, value])).toEqual([
    ['fav-color', 'blue'],
    ['x', '1'],
    ['x', '2'],
  ]);
  expect(result.current.query?.raw).toBe('?fav-color=blue&x=1&x=2');
  act(() => result.current.navigate('/lessons/query-params/step-two?fav-color=rebecca%20purple'));
  expect(result.current.query?.parts.map(({ name, value }) => [name, value])).toEqual([['fav-color', 'rebecca purple']]);
  // Ids are unique per position, so two params of one name are two rows.
  act(() => result.current.navigate('?a=1&a=1'));
  const ids = result.current.query?.parts.map((part) => part.id) ?? [];
  expect(new Set(ids).size).toBe(2);
});

test('one query param: its value, null when absent, and updates when the URL changes', () => {
  const { result } = renderHook(() => ({ color: useLiveQueryParam('fav-color'), navigate: useNavigate() }), { wrapper: at('/lessons/query-params') });
  expect(result.current.color).toBeNull();
  act(() => result.current.navigate('/lessons/query-params/step-one?fav-color=teal'));
  expect(result.current.color).toBe('teal');
  act(() => result.current.navigate('/lessons/query-params/step-one?fav-color='));
  expect(result.current.color).toBe('');
});

test('path segments are decoded and numbered; a malformed escape is shown as typed, not thrown', () => {
  const { result } = renderHook(() => ({ path: useLivePath(), navigate: useNavigate() }), { wrapper: at('/lessons/url-path/fav-color/cr%C3%A8me/step-one') });
  expect(result.current.path.parts.map(({ name, value }) => [name, value])).toEqual([
    ['1', 'lessons'],
    ['2', 'url-path'],
    ['3', 'fav-color'],
    ['4', 'crème'],
    ['5', 'step-one'],
  ]);
  act(() => result.current.navigate('/lessons/url-path/fav-color/100%/step-two'));
  expect(result.current.path.parts[3]?.value).toBe('100%');
  expect(result.current.path.parts[4]?.value).toBe('step-two');
});
