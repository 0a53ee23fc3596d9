import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useStorageItem, useWebStorage } from '../../src/hooks/use-web-storage.ts';
import { POLL_MS } from '../../src/stores/browser-stores.ts';
import { resetBrowserState } from '../test-utils.tsx';

// The stores also poll (for writes that fire nothing). With the poll's timer faked, an update
// seen here came from the write or the event itself; the poll runs only when a test advances it.
beforeEach(() => {
  resetBrowserState();
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => vi.useRealTimers());

const entries = (snapshot: ReturnType<typeof useWebStorage>['snapshot']) =>
  snapshot.status === 'ok' ? snapshot.entries.map(({ key, value }) => [key, value]) : snapshot.status;

test('a script’s localStorage.setItem shows in the hook at once, without a poll', async () => {
  localStorage.setItem('stl:before', 'one');
  const { result } = renderHook(() => useWebStorage('localStorage'));
  await waitFor(() => expect(entries(result.current.snapshot)).toEqual([['stl:before', 'one']]));
  act(() => localStorage.setItem('stl:after', 'two'));
  await waitFor(() => expect(entries(result.current.snapshot)).toContainEqual(['stl:after', 'two']));
  act(() => localStorage.removeItem('stl:before'));
  await waitFor(() => expect(entries(result.current.snapshot)).toEqual([['stl:after', 'two']]));
});

test('another tab’s write arrives through the storage event', async () => {
  const { result } = renderHook(() => useWebStorage('localStorage'));
  await waitFor(() => expect(entries(result.current.snapshot)).toEqual([]));
  act(() => {
    // The other tab's write: no setItem in this tab, only the event the browser sends.
    Object.defineProperty(localStorage, 'stl:from-other-tab', { value: 'hello', configurable: true, enumerable: true, writable: true });
    window.dispatchEvent(new StorageEvent('storage', { key: 'stl:from-other-tab', newValue: 'hello', storageArea: localStorage }));
  });
  await waitFor(() => expect(entries(result.current.snapshot)).toEqual([['stl:from-other-tab', 'hello']]));
});

test('a property-style write (localStorage.x = …), which fires nothing, is caught by the poll', async () => {
  const { result } = renderHook(() => useWebStorage('sessionStorage'));
  await waitFor(() => expect(entries(result.current.snapshot)).toEqual([]));
  act(() => {
    (sessionStorage as unknown as Record<string, string>)['stl:sneaky'] = 'set as a property';
  });
  expect(entries(result.current.snapshot)).toEqual([]); // nothing told the hook …
  act(() => vi.advanceTimersByTime(POLL_MS)); // … until the poll looks
  await waitFor(() => expect(entries(result.current.snapshot)).toEqual([['stl:sneaky', 'set as a property']]));
});

test('writes through the hook’s store land in the real storage; localStorage and sessionStorage stay apart', async () => {
  const local = renderHook(() => useWebStorage('localStorage'));
  const session = renderHook(() => useWebStorage('sessionStorage'));
  act(() => {
    expect(local.result.current.store.setItem('stl:where', 'local').status).toBe('ok');
  });
  expect(localStorage.getItem('stl:where')).toBe('local');
  expect(sessionStorage.getItem('stl:where')).toBeNull();
  await waitFor(() => expect(entries(local.result.current.snapshot)).toEqual([['stl:where', 'local']]));
  expect(entries(session.result.current.snapshot)).toEqual([]);
});

test('useStorageItem follows one key and does not re-render for other keys', async () => {
  let renders = 0;
  const { result } = renderHook(() => {
    renders += 1;
    return useStorageItem('localStorage', 'stl:watched');
  });
  expect(result.current).toBeNull();
  act(() => localStorage.setItem('stl:watched', 'v1'));
  await waitFor(() => expect(result.current).toBe('v1'));
  const settled = renders;
  act(() => {
    for (let i = 0; i < 5; i += 1) localStorage.setItem(`stl:other-${i}`, String(i));
  });
  expect(renders).toBe(settled);
  act(() => localStorage.setItem('stl:watched', 'v2'));
  await waitFor(() => expect(result.current).toBe('v2'));
  act(() => localStorage.removeItem('stl:watched'));
  await waitFor(() => expect(result.current).toBeNull());
});
