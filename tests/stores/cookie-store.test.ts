import { beforeEach, expect, test, vi } from 'vitest';
import { createBrowserCookieStore } from '../../src/stores/cookie-store.ts';
import { clearTestCookies } from '../test-utils.tsx';

beforeEach(() => clearTestCookies());

const makeStore = () => createBrowserCookieStore({ document, window });

test('a cookie saved through the store appears with its size', () => {
  const store = makeStore();
  const stop = store.subscribe(() => {});
  expect(store.set({ name: 'fav_color', value: 'blue', path: '/' })).toEqual({ status: 'ok' });
  const snapshot = store.getSnapshot();
  expect(snapshot.status === 'ok' && snapshot.entries.map(({ name, value, size }) => ({ name, value, size }))).toEqual([
    { name: 'fav_color', value: 'blue', size: 13 },
  ]);
  stop();
});

test('a document.cookie write by another script is seen at once', () => {
  const store = makeStore();
  const listener = vi.fn();
  const stop = store.subscribe(listener);
  document.cookie = 'from_console=1; Path=/';
  expect(listener).toHaveBeenCalled();
  const snapshot = store.getSnapshot();
  expect(snapshot.status === 'ok' && snapshot.entries.some((e) => e.name === 'from_console')).toBe(true);
  stop();
});

test('an invalid name is refused with the rule, and existing cookies stay', () => {
  document.cookie = 'keep=me; Path=/';
  const store = makeStore();
  const stop = store.subscribe(() => {});
  const result = store.set({ name: 'bad name', value: 'x', path: '/' });
  expect(result.status).toBe('failed');
  if (result.status === 'failed') expect(result.reason).toContain('RFC 6265 token');
  expect(document.cookie).toBe('keep=me');
  stop();
});

test('an over-limit cookie is refused before it reaches the browser', () => {
  const store = makeStore();
  const result = store.set({ name: 'big', value: 'x'.repeat(4094), path: '/' });
  expect(result.status).toBe('failed');
  if (result.status === 'failed') expect(result.reason).toContain('4096');
  expect(document.cookie).toBe('');
});

test('deleting removes the cookie', () => {
  const store = makeStore();
  const stop = store.subscribe(() => {});
  store.set({ name: 'gone', value: 'soon', path: '/' });
  const snapshot = store.getSnapshot();
  const entry = snapshot.status === 'ok' ? snapshot.entries[0] : undefined;
  if (!entry) throw new Error('cookie was not stored');
  store.remove(entry);
  expect(document.cookie).toBe('');
  stop();
});

test('cookies disabled are reported, not ignored', () => {
  const store = makeStore();
  const spy = vi.spyOn(window.navigator, 'cookieEnabled', 'get').mockReturnValue(false);
  try {
    const result = store.set({ name: 'a', value: 'b', path: '/' });
    expect(result.status).toBe('failed');
    if (result.status === 'failed') expect(result.reason).toContain('disabled');
  } finally {
    spy.mockRestore();
  }
});
