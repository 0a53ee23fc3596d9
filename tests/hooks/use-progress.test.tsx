import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { useProgress } from '../../src/hooks/use-progress.ts';
import { appKeys } from '../../src/config/app-keys.ts';
import { resetBrowserState } from '../test-utils.tsx';

beforeEach(() => resetBrowserState());

test('a visit recorded through the hook is stored as JSON and shows in the hook', async () => {
  const { result } = renderHook(() => useProgress());
  expect(result.current.progress.visited.size).toBe(0);
  act(() => result.current.recordVisit('cookies/from-javascript', '/lessons/cookies/from-javascript'));
  await waitFor(() => expect([...result.current.progress.visited]).toEqual(['cookies/from-javascript']));
  expect(result.current.progress.last).toBe('/lessons/cookies/from-javascript');
  expect(JSON.parse(localStorage.getItem(appKeys.progress) ?? 'null')).toEqual({ visited: ['cookies/from-javascript'], last: '/lessons/cookies/from-javascript' });
});

test('progress saved in another tab shows up here without a reload', async () => {
  const { result } = renderHook(() => useProgress());
  const json = JSON.stringify({ visited: ['local-storage/introduction'], last: '/lessons/local-storage' });
  act(() => {
    Object.defineProperty(localStorage, appKeys.progress, { value: json, configurable: true, enumerable: true, writable: true });
    window.dispatchEvent(new StorageEvent('storage', { key: appKeys.progress, newValue: json, storageArea: localStorage }));
  });
  await waitFor(() => expect(result.current.progress.last).toBe('/lessons/local-storage'));
  expect([...result.current.progress.visited]).toEqual(['local-storage/introduction']);
});

test('reset clears our key only, and the hook shows no progress', async () => {
  localStorage.setItem('not-ours', 'keep me');
  localStorage.setItem(appKeys.progress, JSON.stringify({ visited: ['query-params/step-one'], last: '/lessons/query-params/step-one' }));
  const { result } = renderHook(() => useProgress());
  expect(result.current.progress.visited.size).toBe(1);
  act(() => result.current.reset());
  await waitFor(() => expect(result.current.progress.visited.size).toBe(0));
  expect(result.current.progress.last).toBeNull();
  expect(localStorage.getItem(appKeys.progress)).toBeNull();
  expect(localStorage.getItem('not-ours')).toBe('keep me');
});

test('junk under the progress key reads as no progress and is not overwritten until the learner moves on', async () => {
  localStorage.setItem(appKeys.progress, '{"visited": "not a list", "last": "https://evil.example/"}');
  const { result } = renderHook(() => useProgress());
  expect(result.current.progress.visited.size).toBe(0);
  expect(result.current.progress.last).toBeNull();
  expect(localStorage.getItem(appKeys.progress)).toBe('{"visited": "not a list", "last": "https://evil.example/"}');
  act(() => result.current.recordVisit('sessions/introduction', '/lessons/sessions'));
  await waitFor(() => expect(result.current.progress.last).toBe('/lessons/sessions'));
});
