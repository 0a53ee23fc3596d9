// @vitest-environment node
import { expect, test } from 'vitest';
import { probeDeletionHeader } from '../../../src/stores/cookie-limit-probe.ts';
import { cleanUpInterruptedRuns, leftoverRecords, runGuarded, type ExperimentPlaces } from '../../../src/stores/experiments/experiment-guard.ts';
import { experimentKeys } from '../../../src/config/experiment-keys.ts';
import { FillingStorage } from './fake-storage.ts';

/** One lock name at a time, granted in request order, like the Web Locks API. */
function fakeLocks() {
  let tail: Promise<unknown> = Promise.resolve();
  let requests = 0;
  const locks = {
    request(_name: string, callback: () => Promise<unknown>) {
      requests += 1;
      const run = tail.then(() => callback());
      tail = run.catch(() => undefined);
      return run;
    },
  } as unknown as LockManager;
  return { locks, requests: () => requests };
}

/** A document.cookie for one path: `name=value` pairs; Max-Age=0 deletes. */
function fakeCookies(initial: Record<string, string>) {
  const jar = new Map(Object.entries(initial));
  return {
    jar,
    read: () => [...jar].map(([n, v]) => `${n}=${v}`).join('; '),
    write(header: string) {
      expect(header).toContain('Path=/course');
      const [pair = ''] = header.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      if (/Max-Age=0/.test(header)) jar.delete(name);
      else jar.set(name, pair.slice(pair.indexOf('=') + 1));
    },
  };
}

function places(overrides: Partial<ExperimentPlaces> = {}) {
  const local = new FillingStorage(10_000_000);
  const session = new FillingStorage(10_000_000);
  const cookies = fakeCookies({ theme: 'dark', stl_fav_color: 'blue' });
  const base: ExperimentPlaces = {
    localStorage: () => local,
    sessionStorage: () => session,
    cookies,
    cookiePath: '/course',
    now: () => 1_700_000_000_000,
    ...overrides,
  };
  return { local, session, cookies, base };
}

test('learner’s next page load removes what an interrupted run left, only that, and records when', async () => {
  const { local, session, cookies, base } = places();
  local.setItem('stl:progress', '{"visited":[]}');
  local.setItem('other-app:token', 'keep');
  local.setItem('stl:quota-probe-0', 'x'.repeat(1000));
  local.setItem('stl:quota-probe-1', 'x'.repeat(500));
  local.setItem(experimentKeys.running, JSON.stringify({ experiment: 'quota-localStorage', startedAt: 1_699_999_999_000 }));
  session.setItem('stl:quota-probe-0', 'x'.repeat(10));
  session.setItem('stl:draft', 'my draft');
  cookies.jar.set('stl_probe_n003', '1');
  cookies.jar.set('stl_probe_size', 'xxx');
  const { locks } = fakeLocks();

  const record = await cleanUpInterruptedRuns({ ...base, locks });

  expect(record).toEqual({
    experiment: 'quota-localStorage',
    startedAt: 1_699_999_999_000,
    removedAt: 1_700_000_000_000,
    when: 'load',
    localKeys: 2,
    sessionKeys: 1,
    cookies: 2,
    chars: 'stl:quota-probe-0'.length * 2 + 'stl:quota-probe-1'.length + 1510,
  });
  expect([...local.map.keys()].sort()).toEqual(['other-app:token', experimentKeys.leftovers, 'stl:progress']);
  expect([...session.map.keys()]).toEqual(['stl:draft']);
  expect([...cookies.jar.keys()]).toEqual(['theme', 'stl_fav_color']);
  expect(leftoverRecords.getSnapshot()).toEqual(record);
  expect(local.clearCalls + session.clearCalls).toBe(0);
});

test('a page load with nothing left over writes nothing and asks for no lock', async () => {
  const { local, session, base } = places();
  local.setItem('stl:progress', '{}');
  const { locks, requests } = fakeLocks();
  expect(await cleanUpInterruptedRuns({ ...base, locks })).toBeNull();
  expect(requests()).toBe(0);
  expect(local.writes + session.writes).toBe(1);
});

test('a page load while another tab is measuring waits for it instead of deleting its test data', async () => {
  const { local, base } = places();
  const { locks } = fakeLocks();
  let finishRun: () => void = () => undefined;
  const running = runGuarded({ ...base, locks }, undefined, {
    experiment: 'quota-localStorage',
    run: async () => {
      local.setItem('stl:quota-probe-0', 'x'.repeat(100));
      await new Promise<void>((resolve) => {
        finishRun = resolve;
      });
      // The run cleans up after itself.
      local.removeItem('stl:quota-probe-0');
      return 'done';
    },
  });
  await Promise.resolve();
  await Promise.resolve();
  expect(local.getItem(experimentKeys.running)).not.toBeNull();

  const cleanup = cleanUpInterruptedRuns({ ...base, locks });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(local.getItem('stl:quota-probe-0')).toHaveLength(100);
  finishRun();
  expect(await running).toBe('done');
  expect(await cleanup).toBeNull();
  expect(local.getItem(experimentKeys.running)).toBeNull();
});

test('closing the tab mid-run (pagehide) removes the test data at once, stops the run and records it', async () => {
  const { local, cookies, base } = places();
  local.setItem('mine', 'x');
  const page = new EventTarget();
  let sawAbort = false;
  const running = runGuarded(base, page, {
    experiment: 'cookie-limits',
    deletionHeader: probeDeletionHeader,
    run: async (signal) => {
      cookies.jar.set('stl_probe_n001', '1');
      local.setItem('stl:quota-probe-0', 'x'.repeat(50));
      await Promise.resolve();
      page.dispatchEvent(new Event('pagehide'));
      sawAbort = signal.aborted;
      return 'stopped';
    },
  });
  expect(await running).toBe('stopped');
  expect(sawAbort).toBe(true);
  expect([...cookies.jar.keys()]).toEqual(['theme', 'stl_fav_color']);
  expect([...local.map.keys()].sort()).toEqual(['mine', experimentKeys.leftovers]);
  expect(leftoverRecords.getSnapshot()).toMatchObject({ experiment: 'cookie-limits', when: 'pagehide', cookies: 1, localKeys: 1 });
});

test('a new run forgets the old note; blocked storage never throws', async () => {
  const { local, base } = places();
  local.setItem(experimentKeys.leftovers, JSON.stringify({ when: 'load', removedAt: 1, localKeys: 1, sessionKeys: 0, cookies: 0, chars: 5 }));
  await runGuarded(base, undefined, { experiment: 'quota-sessionStorage', run: async () => null });
  expect(local.getItem(experimentKeys.leftovers)).toBeNull();
  const blocked = (): Storage => {
    throw new DOMException('denied', 'SecurityError');
  };
  expect(await cleanUpInterruptedRuns({ ...base, localStorage: blocked, sessionStorage: blocked })).toBeNull();
});

test('a probe cookie this page cannot delete (set on another Path) is not reported as removed', async () => {
  const { base } = places();
  const jar = new Map([['stl_probe_n001', '1']]);
  const stuck = {
    read: () => [...jar].map(([n, v]) => `${n}=${v}`).join('; '),
    // This jar holds the cookie under Path=/old-base: a deletion with Path=/course misses it.
    write: () => undefined,
  };
  expect(await cleanUpInterruptedRuns({ ...base, cookies: stuck })).toBeNull();
  expect(jar.has('stl_probe_n001')).toBe(true);
});
