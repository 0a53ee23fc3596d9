import { expect, test } from 'vitest';
import { createExternalStore, createStableStore } from '../../src/stores/stable-store.ts';

test('the snapshot stays the same object until a read says something changed', () => {
  let source = { n: 1 };
  const store = createExternalStore({ read: () => source, equals: (a, b) => a.n === b.n });
  const first = store.getSnapshot();
  source = { n: 1 };
  expect(store.getSnapshot()).toBe(first);
  source = { n: 2 };
  expect(store.getSnapshot()).toEqual({ n: 2 });
});

test('the watcher runs only while someone listens, and a change it reports reaches every listener', () => {
  let value = 'a';
  let changed: (() => void) | null = null;
  let stops = 0;
  const store = createExternalStore({
    read: () => value,
    watch: (onChange) => {
      changed = onChange;
      return () => {
        stops += 1;
        changed = null;
      };
    },
  });
  const calls: string[] = [];
  const stopOne = store.subscribe(() => calls.push(`one:${store.getSnapshot()}`));
  const stopTwo = store.subscribe(() => calls.push(`two:${store.getSnapshot()}`));
  expect(changed).not.toBeNull();
  value = 'b';
  changed!();
  expect(calls).toEqual(['one:b', 'two:b']);
  changed!(); // nothing new: nobody is told
  expect(calls).toHaveLength(2);
  stopOne();
  stopTwo();
  expect(stops).toBe(1);
  expect(changed).toBeNull();
});

test('a late subscriber catches up with what changed while nobody watched', () => {
  let value = 1;
  const store = createExternalStore({ read: () => value, watch: () => () => {} });
  const notified: number[] = [];
  store.subscribe(() => notified.push(store.getSnapshot()))();
  value = 2;
  store.subscribe(() => notified.push(store.getSnapshot()));
  expect(notified).toEqual([2]);
});

test('a set-only store keeps its snapshot when equals says nothing changed', () => {
  const store = createStableStore({ list: [1] }, (a, b) => a.list.join() === b.list.join());
  const first = store.getSnapshot();
  let told = 0;
  store.subscribe(() => (told += 1));
  store.set({ list: [1] });
  expect(store.getSnapshot()).toBe(first);
  store.set({ list: [1, 2] });
  expect(told).toBe(1);
  expect(store.getSnapshot().list).toEqual([1, 2]);
});
