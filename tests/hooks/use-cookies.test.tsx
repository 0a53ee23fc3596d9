import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useCookies } from '../../src/hooks/use-cookies.ts';
import { POLL_MS } from '../../src/stores/browser-stores.ts';
import { resetBrowserState } from '../test-utils.tsx';

// The poll's timer is faked: an update seen here came from the write itself unless a test advances it.
beforeEach(() => {
  resetBrowserState();
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
  resetBrowserState();
});

const pairs = (snapshot: ReturnType<typeof useCookies>['snapshot']) =>
  snapshot.status === 'ok' ? snapshot.entries.map(({ name, value }) => [name, value]) : snapshot.status;

test('a script’s document.cookie write shows in the hook at once, as document.cookie reads it', async () => {
  const { result } = renderHook(() => useCookies());
  await waitFor(() => expect(pairs(result.current.snapshot)).toEqual([]));
  act(() => {
    document.cookie = 'stl_flavour=mint; Path=/';
  });
  await waitFor(() => expect(pairs(result.current.snapshot)).toEqual([['stl_flavour', 'mint']]));
  // jsdom has no CookieStore: the hook says where its data comes from.
  expect(result.current.snapshot.status === 'ok' && result.current.snapshot.source).toBe('document.cookie');
  act(() => {
    document.cookie = 'stl_flavour=; Max-Age=0; Path=/';
  });
  await waitFor(() => expect(pairs(result.current.snapshot)).toEqual([]));
});

test('a cookie saved through the hook’s store is a real cookie; an invalid one is refused and nothing is lost', async () => {
  document.cookie = 'stl_keep=1; Path=/';
  const { result } = renderHook(() => useCookies());
  act(() => {
    expect(result.current.store.set({ name: 'stl_new', value: 'two words' , encodeValue: true }).status).toBe('ok');
  });
  expect(document.cookie.split('; ')).toContain('stl_new=two%20words');
  await waitFor(() => expect(pairs(result.current.snapshot)).toEqual([['stl_keep', '1'], ['stl_new', 'two%20words']]));

  let refused: ReturnType<typeof result.current.store.set> | undefined;
  act(() => {
    refused = result.current.store.set({ name: 'bad name', value: 'x' });
  });
  expect(refused?.status).toBe('failed');
  expect(refused?.status === 'failed' && refused.reason).toMatch(/name/i);
  expect(pairs(result.current.snapshot)).toEqual([['stl_keep', '1'], ['stl_new', 'two%20words']]);
});

test('removing an entry through the store deletes the real cookie and the hook follows', async () => {
  document.cookie = 'stl_gone=soon; Path=/';
  const { result } = renderHook(() => useCookies());
  await waitFor(() => expect(pairs(result.current.snapshot)).toEqual([['stl_gone', 'soon']]));
  const entry = result.current.snapshot.status === 'ok' ? result.current.snapshot.entries[0] : undefined;
  if (!entry) throw new Error('no entry to remove');
  act(() => {
    expect(result.current.store.remove(entry).status).toBe('ok');
  });
  expect(document.cookie).not.toContain('stl_gone');
  await waitFor(() => expect(pairs(result.current.snapshot)).toEqual([]));
});

test('a cookie that changes without a write in this page (another tab, the server) shows after the poll or on focus', async () => {
  const { result } = renderHook(() => useCookies());
  await waitFor(() => expect(pairs(result.current.snapshot)).toEqual([]));
  // Bypass the page's document.cookie setter, as another tab's write or a Set-Cookie response does.
  const setter = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')?.set;
  act(() => setter?.call(document, 'stl_elsewhere=1; Path=/'));
  expect(pairs(result.current.snapshot)).toEqual([]);
  act(() => vi.advanceTimersByTime(POLL_MS));
  await waitFor(() => expect(pairs(result.current.snapshot)).toEqual([['stl_elsewhere', '1']]));
  act(() => setter?.call(document, 'stl_elsewhere=2; Path=/'));
  act(() => {
    window.dispatchEvent(new Event('focus'));
  });
  await waitFor(() => expect(pairs(result.current.snapshot)).toEqual([['stl_elsewhere', '2']]));
});
