import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createWebStorageStore } from '../../src/stores/web-storage-store.ts';

/** A Storage-shaped fake whose setItem can be told to fail, to test what real browsers do at the limit. */
class FakeStorage implements Storage {
  private readonly map = new Map<string, string>();
  quotaChars = Infinity;
  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = 0;
    for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
    if (used + key.length + value.length > this.quotaChars) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
  [name: string]: unknown;
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

test('snapshot is stable while nothing changes', () => {
  const store = createWebStorageStore('localStorage', () => new FakeStorage());
  const stop = store.subscribe(() => {});
  expect(store.getSnapshot()).toBe(store.getSnapshot());
  store.refresh();
  expect(store.getSnapshot()).toBe(store.getSnapshot());
  stop();
});

test('a write through the store notifies once and shows the entry', () => {
  const fake = new FakeStorage();
  const store = createWebStorageStore('localStorage', () => fake);
  const listener = vi.fn();
  const stop = store.subscribe(listener);
  expect(store.setItem('stl:a', '1')).toEqual({ status: 'ok' });
  expect(listener).toHaveBeenCalledTimes(1);
  const snapshot = store.getSnapshot();
  expect(snapshot.status === 'ok' && snapshot.entries).toEqual([{ key: 'stl:a', value: '1' }]);
  stop();
});

test('entries are sorted and unchanged entries keep their identity across writes', () => {
  const fake = new FakeStorage();
  fake.setItem('b', '2');
  fake.setItem('a', '1');
  const store = createWebStorageStore('localStorage', () => fake);
  const stop = store.subscribe(() => {});
  const before = store.getSnapshot();
  store.setItem('c', '3');
  const after = store.getSnapshot();
  if (before.status !== 'ok' || after.status !== 'ok') throw new Error('expected ok snapshots');
  expect(after.entries.map((e) => e.key)).toEqual(['a', 'b', 'c']);
  expect(after.entries[0]).toBe(before.entries[0]);
  expect(after.entries[1]).toBe(before.entries[1]);
  stop();
});

test('another script calling localStorage.setItem is seen without a reload', () => {
  const store = createWebStorageStore('localStorage', () => window.localStorage);
  const listener = vi.fn();
  const stop = store.subscribe(listener);
  localStorage.setItem('from-console', 'hello');
  const snapshot = store.getSnapshot();
  expect(snapshot.status === 'ok' && snapshot.entries.find((e) => e.key === 'from-console')?.value).toBe('hello');
  localStorage.removeItem('from-console');
  const removed = store.getSnapshot();
  expect(removed.status === 'ok' && removed.entries.some((e) => e.key === 'from-console')).toBe(false);
  expect(listener).toHaveBeenCalledTimes(2);
  stop();
});

test('a sessionStorage write does not disturb the localStorage store', () => {
  const store = createWebStorageStore('localStorage', () => window.localStorage);
  const listener = vi.fn();
  const stop = store.subscribe(listener);
  sessionStorage.setItem('only-session', 'x');
  expect(listener).not.toHaveBeenCalled();
  stop();
});

test('a storage event from another tab updates the entries', () => {
  const store = createWebStorageStore('localStorage', () => window.localStorage, { events: () => window });
  const stop = store.subscribe(() => {});
  // The other tab wrote to the shared store; this tab is told through the event.
  window.dispatchEvent(new StorageEvent('storage', { key: 'other-tab', newValue: 'hi', oldValue: null, storageArea: localStorage }));
  const snapshot = store.getSnapshot();
  expect(snapshot.status === 'ok' && snapshot.entries.find((e) => e.key === 'other-tab')?.value).toBe('hi');
  stop();
});

test('property-style writes and DevTools edits are caught by a refresh', () => {
  const fake = new FakeStorage();
  const store = createWebStorageStore('localStorage', () => fake);
  const stop = store.subscribe(() => {});
  FakeStorage.prototype.setItem.call(fake, 'devtools', 'edited');
  store.refresh();
  const snapshot = store.getSnapshot();
  expect(snapshot.status === 'ok' && snapshot.entries.map((e) => e.key)).toEqual(['devtools']);
  stop();
});

test('the poll re-reads while someone is watching', () => {
  vi.useFakeTimers();
  try {
    const fake = new FakeStorage();
    const store = createWebStorageStore('localStorage', () => fake, { pollMs: 500 });
    const stop = store.subscribe(() => {});
    FakeStorage.prototype.setItem.call(fake, 'late', '1');
    vi.advanceTimersByTime(500);
    const snapshot = store.getSnapshot();
    expect(snapshot.status === 'ok' && snapshot.entries.map((e) => e.key)).toEqual(['late']);
    stop();
  } finally {
    vi.useRealTimers();
  }
});

test('the poll rebuilds nothing while storage holds what the panel shows, and skips a hidden page', () => {
  vi.useFakeTimers();
  try {
    const fake = new FakeStorage();
    fake.setItem('a', '1');
    const page = Object.assign(new EventTarget(), { document: { visibilityState: 'visible' } });
    const store = createWebStorageStore('localStorage', () => fake, { pollMs: 500, events: () => page as unknown as EventTarget });
    let told = 0;
    const stop = store.subscribe(() => (told += 1));
    const before = store.getSnapshot();
    const keyReads = vi.spyOn(fake, 'key');
    vi.advanceTimersByTime(500);
    expect(keyReads).toHaveBeenCalled(); // it looked …
    expect(store.getSnapshot()).toBe(before); // … and kept the snapshot
    expect(told).toBe(0);

    page.document.visibilityState = 'hidden';
    FakeStorage.prototype.setItem.call(fake, 'a', '2');
    keyReads.mockClear();
    vi.advanceTimersByTime(1500);
    expect(keyReads).not.toHaveBeenCalled(); // a hidden page is not polled …
    page.dispatchEvent(new Event('visibilitychange')); // … it reads again when it is shown
    const after = store.getSnapshot();
    expect(after.status === 'ok' && after.entries.map((e) => e.value)).toEqual(['2']);
    expect(told).toBe(1);
    stop();
  } finally {
    vi.useRealTimers();
  }
});

describe('refusals', () => {
  test('a full quota is reported with the limit, and nothing stored before is lost', () => {
    const fake = new FakeStorage();
    fake.quotaChars = 100;
    fake.setItem('keep', 'me');
    const store = createWebStorageStore('localStorage', () => fake);
    const stop = store.subscribe(() => {});
    const result = store.setItem('big', 'x'.repeat(200));
    expect(result.status).toBe('failed');
    if (result.status === 'failed') {
      expect(result.reason).toContain('localStorage is full');
      expect(result.reason).toContain('10 MiB');
      expect(result.reason).toContain('Nothing was changed');
    }
    const snapshot = store.getSnapshot();
    expect(snapshot.status === 'ok' && snapshot.entries).toEqual([{ key: 'keep', value: 'me' }]);
    stop();
  });

  test('blocked storage (SecurityError on access) is reported, not thrown', () => {
    const store = createWebStorageStore('localStorage', () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const stop = store.subscribe(() => {});
    const snapshot = store.getSnapshot();
    expect(snapshot.status).toBe('unavailable');
    if (snapshot.status === 'unavailable') expect(snapshot.reason).toContain('SecurityError');
    const write = store.setItem('a', 'b');
    expect(write.status).toBe('failed');
    stop();
  });

  test('the server snapshot never touches storage', () => {
    const resolve = vi.fn(() => window.localStorage);
    const store = createWebStorageStore('localStorage', resolve);
    expect(store.getServerSnapshot()).toEqual({ status: 'pending' });
    expect(resolve).not.toHaveBeenCalled();
  });
});
