import { expect, test } from 'vitest';
import { QUOTA_PROBE_PREFIX, runQuotaProbe, type QuotaProgress } from '../../../src/stores/experiments/quota-probe.ts';
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
  expect(result.restored).toEqual([]);
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

test('leftovers of an interrupted run are removed; a learner entry that changed is put back', async () => {
  const storage = new FillingStorage(50_000);
  storage.setItem(`${QUOTA_PROBE_PREFIX}7`, 'old leftover');
  storage.setItem('stl:draft', 'my draft');
  let sabotaged = false;
  const result = await runQuotaProbe({
    storage: () => storage,
    firstStep: 256,
    pause: async () => {
      // Something else on the page drops the learner's entry mid-run: the probe restores it.
      if (!sabotaged) {
        sabotaged = true;
        storage.removeItem('stl:draft');
      }
    },
  });
  if (result.status === 'blocked') throw new Error('unexpected');
  expect(result.restored).toEqual(['stl:draft']);
  expect(storage.getItem('stl:draft')).toBe('my draft');
  expect([...storage.map.keys()]).toEqual(['stl:draft']);
  expect(result.deleted).toBeGreaterThanOrEqual(2);
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
