import { expect, test } from 'vitest';
import { QUOTA_PROBE_PREFIX, foreignChangeKind, runQuotaProbe, type ForeignChange, type QuotaProgress } from '../../../src/stores/experiments/quota-probe.ts';
import { FillingStorage } from './fake-storage.ts';

test('the quota probe finds the exact capacity, then deletes only its own keys', async () => {
  const storage = new FillingStorage(300_000);
  storage.setItem('stl:progress', '{"visited":[]}');
  storage.setItem('someone-else', 'keep me');
  const before = new Map(storage.map);
  const progress: QuotaProgress[] = [];
  const result = await runQuotaProbe({ storage: () => storage, onProgress: (p) => progress.push(p), firstStep: 1024, maxValueChars: 64 * 1024 });
  expect(result.status).toBe('measured');
  if (result.status === 'blocked') throw new Error('unexpected');
  expect(result.hitLimit).toBe(true);
  // Within one key's length of the true capacity (a new key costs its name).
  expect(result.totalChars).toBeLessThanOrEqual(300_000);
  expect(result.totalChars).toBeGreaterThan(300_000 - QUOTA_PROBE_PREFIX.length - 4);
  expect(result.existingChars).toBe('stl:progress'.length + 14 + 'someone-else'.length + 7);
  expect(storage.map).toEqual(before);
  expect(storage.clearCalls).toBe(0);
  expect(result.changedMeanwhile).toEqual([]);
  expect(result.otherTab).toEqual([]);
  expect(progress.at(-1)?.phase).toBe('cleaning');
  expect(progress.some((p) => p.phase === 'narrowing')).toBe(true);
});

test('it is exact to the character when the last probe key has room to grow', async () => {
  const storage = new FillingStorage(5000);
  const result = await runQuotaProbe({ storage: () => storage, firstStep: 8 });
  if (result.status === 'blocked') throw new Error('unexpected');
  expect(result.totalChars).toBe(5000);
  expect(result.keysWritten).toBe(1);
  expect(storage.length).toBe(0);
});

test('leftovers of an interrupted run are removed; what another tab removes, changes or adds meanwhile stays as it left it', async () => {
  const storage = new FillingStorage(50_000);
  storage.setItem(`${QUOTA_PROBE_PREFIX}7`, 'old leftover');
  storage.setItem('stl:draft', 'my draft');
  storage.setItem('other-app:theme', 'dark');
  let tell: ((change: ForeignChange) => void) | null = null;
  let pauses = 0;
  const result = await runQuotaProbe({
    storage: () => storage,
    firstStep: 256,
    watch: (onChange) => {
      tell = onChange;
      return () => {
        tell = null;
      };
    },
    pause: async () => {
      pauses += 1;
      // Another tab, mid-run (the shared Storage changes, and a storage event says so).
      if (pauses === 2) {
        storage.removeItem('stl:draft');
        tell?.({ key: 'stl:draft', oldValue: 'my draft', newValue: null });
        storage.setItem('other-app:theme', 'light');
        tell?.({ key: 'other-app:theme', oldValue: 'dark', newValue: 'light' });
        storage.setItem('other-app:new', 'hello');
        tell?.({ key: 'other-app:new', oldValue: null, newValue: 'hello' });
      }
    },
  });
  if (result.status === 'blocked') throw new Error('unexpected');
  expect(storage.getItem('stl:draft')).toBeNull();
  expect(storage.getItem('other-app:theme')).toBe('light');
  expect(storage.getItem('other-app:new')).toBe('hello');
  expect([...storage.map.keys()].sort()).toEqual(['other-app:new', 'other-app:theme']);
  expect(result.deleted).toBeGreaterThanOrEqual(2);
  expect(result.otherTab.map(foreignChangeKind)).toEqual(['removed', 'changed', 'added']);
  expect(result.changedMeanwhile).toEqual([
    { key: 'stl:draft', kind: 'removed', byOtherTab: true },
    { key: 'other-app:theme', kind: 'changed', byOtherTab: true },
    { key: 'other-app:new', kind: 'added', byOtherTab: true },
  ]);
  expect(tell).toBeNull();
});

test('once the storage is full, the narrowing and the cleanup finish without yielding: a short full window', async () => {
  const storage = new FillingStorage(200_000);
  let clock = 0;
  let pausesWhileFull = 0;
  const result = await runQuotaProbe({
    storage: () => storage,
    firstStep: 1024,
    now: () => clock,
    pause: async () => {
      clock += 10;
      if ([...storage.map.keys()].length > 0 && storage.used() > 200_000 - 2048) pausesWhileFull += 1;
    },
  });
  if (result.status === 'blocked') throw new Error('unexpected');
  expect(result.hitLimit).toBe(true);
  expect(pausesWhileFull).toBe(0);
  expect(result.fullWindowMs).toBe(0);
  expect(storage.length).toBe(0);
});

test('a run the page aborts (pagehide) stops at the next pause and removes its keys', async () => {
  const storage = new FillingStorage(1_000_000);
  storage.setItem('mine', 'x');
  const controller = new AbortController();
  let pauses = 0;
  const result = await runQuotaProbe({
    storage: () => storage,
    firstStep: 100,
    signal: controller.signal,
    pause: async () => {
      pauses += 1;
      if (pauses === 3) controller.abort();
    },
  });
  expect(result.status).toBe('interrupted');
  expect([...storage.map.keys()]).toEqual(['mine']);
});

test('blocked storage is reported, not thrown', async () => {
  const result = await runQuotaProbe({
    storage: () => {
      throw new DOMException('Access is denied', 'SecurityError');
    },
  });
  expect(result.status).toBe('blocked');
  if (result.status !== 'blocked') throw new Error('unexpected');
  expect(result.reason).toMatch(/SecurityError/);
});

test('a non-quota failure stops the run and still cleans up', async () => {
  const storage = new FillingStorage(1_000_000);
  storage.setItem('mine', 'x');
  const original = storage.setItem.bind(storage);
  let calls = 0;
  storage.setItem = (key: string, value: string) => {
    calls += 1;
    if (calls === 4) throw new DOMException('disk gone', 'InvalidStateError');
    original(key, value);
  };
  const result = await runQuotaProbe({ storage: () => storage, firstStep: 100 });
  expect(result.status).toBe('failed');
  expect([...storage.map.keys()]).toEqual(['mine']);
});
