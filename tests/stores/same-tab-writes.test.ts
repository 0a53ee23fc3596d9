import { expect, test } from 'vitest';
import { onScriptCookieWrite, onScriptStorageWrite } from '../../src/stores/same-tab-writes.ts';

test('a script’s setItem, removeItem and clear in this tab are signalled with the storage and key', () => {
  const seen: [Storage, string | null][] = [];
  const stop = onScriptStorageWrite((storage, key) => seen.push([storage, key]));
  localStorage.setItem('stl:a', '1');
  sessionStorage.removeItem('stl:b');
  sessionStorage.clear();
  stop();
  localStorage.setItem('stl:after', '1'); // no longer heard
  expect(seen).toEqual([
    [localStorage, 'stl:a'],
    [sessionStorage, 'stl:b'],
    [sessionStorage, null],
  ]);
  expect(localStorage.getItem('stl:a')).toBe('1');
  localStorage.clear();
});

test('a script’s document.cookie write is signalled and still reaches the browser', () => {
  let told = 0;
  const stop = onScriptCookieWrite(document, () => (told += 1));
  document.cookie = 'stl_signal=1; Path=/';
  expect(told).toBe(1);
  expect(document.cookie).toContain('stl_signal=1');
  stop();
  document.cookie = 'stl_signal=; Max-Age=0; Path=/';
  expect(told).toBe(1);
  expect(document.cookie).not.toContain('stl_signal');
});
