import { expect, test } from 'vitest';
import { safeStorage } from '../../src/stores/safe-storage.ts';

const blocked = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

test('blocked storage reads as empty and every write says why, without throwing', () => {
  const storage = safeStorage('localStorage', blocked);
  expect(storage.getItem('stl:x')).toBeNull();
  expect(storage.keys()).toEqual([]);
  expect(storage.unavailable()).toContain('localStorage is blocked in this browser');
  const result = storage.setItem('stl:x', '1');
  expect(result.status).toBe('failed');
  expect(result.status === 'failed' && result.reason).toContain('SecurityError');
  expect(storage.removeItem('stl:x').status).toBe('failed');
});

test('a write past the quota fails with the limit named, and what was stored stays', () => {
  localStorage.clear();
  localStorage.setItem('stl:keep', 'me');
  const full = Object.create(localStorage) as Storage;
  full.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const result = safeStorage('localStorage', () => full).setItem('stl:big', 'x'.repeat(10), 2048);
  expect(result.status === 'failed' && result.reason).toMatch(/localStorage is full: .*already uses 2\.0 KiB.*Nothing was changed/);
  expect(localStorage.getItem('stl:keep')).toBe('me');
});

test('a readable storage reads, writes and removes, each write reporting ok', () => {
  sessionStorage.clear();
  const storage = safeStorage('sessionStorage', () => sessionStorage);
  expect(storage.setItem('stl:a', '1')).toEqual({ status: 'ok' });
  expect(storage.getItem('stl:a')).toBe('1');
  expect(storage.keys()).toEqual(['stl:a']);
  expect(storage.removeItem('stl:a')).toEqual({ status: 'ok' });
  expect(storage.getItem('stl:a')).toBeNull();
  expect(storage.unavailable()).toBeNull();
});
