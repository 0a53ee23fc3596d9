import { describe, expect, test } from 'vitest';
import { createServerSideSessionStore, newSessionId, SESSION_ID_BYTES } from '../../src/stores/server-side-session-store.ts';

const ID_SHAPE = /^[A-Za-z0-9_-]{43}$/;

describe('session ids', () => {
  test('are 32 random bytes (256 bits ≥ 128) as 43 base64url characters', () => {
    expect(SESSION_ID_BYTES * 8).toBeGreaterThanOrEqual(128);
    const ids = Array.from({ length: 500 }, () => newSessionId());
    for (const id of ids) expect(id).toMatch(ID_SHAPE);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('come from the random source, every byte of it', () => {
    let calls = 0;
    const id = newSessionId((bytes) => {
      calls += 1;
      expect(bytes.length).toBe(SESSION_ID_BYTES);
      bytes.fill(0xff);
    });
    expect(calls).toBe(1);
    expect(id).toBe(`${'_'.repeat(42)}8`); // 256 one-bits: 42 × 6, then 4 + 2 zero padding bits
  });

  test('look random: every base64url character turns up, none dominates', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const c of newSessionId().slice(0, 42)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(64);
    const expected = (2000 * 42) / 64;
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.35);
  });
});

describe('the session table', () => {
  test('creates empty anonymous rows and keeps data per id', () => {
    const store = createServerSideSessionStore();
    const a = store.create();
    const b = store.create();
    expect(a.id).not.toBe(b.id);
    expect(a.user).toBeNull();
    store.set(a.id, 'cart', 'taco');
    expect(store.get(a.id)?.data.get('cart')).toBe('taco');
    expect(store.get(b.id)?.data.size).toBe(0);
    expect(store.set('made-up-id', 'cart', 'x')).toBeNull();
    expect(store.get('made-up-id')).toBeNull();
    expect(store.get(null)).toBeNull();
  });

  test('keys are data: __proto__ is stored, not a prototype', () => {
    const store = createServerSideSessionStore();
    const row = store.create();
    store.set(row.id, '__proto__', 'polluted?');
    expect(store.get(row.id)?.data.get('__proto__')).toBe('polluted?');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('login rotates the id: data moves to a fresh id and the old row is gone', () => {
    const store = createServerSideSessionStore();
    const before = store.create();
    store.set(before.id, 'cart', 'taco');
    const { row, retiredId } = store.login(before.id, 'ada');
    expect(row.id).not.toBe(before.id);
    expect(row.id).toMatch(ID_SHAPE);
    expect(retiredId).toBe(before.id);
    expect(row.user).toBe('ada');
    expect(row.data.get('cart')).toBe('taco');
    expect(store.get(before.id)).toBeNull();
    expect(store.getSnapshot().rows).toHaveLength(1);
  });

  test('without rotation (the fixation bug) the planted id becomes logged in', () => {
    const store = createServerSideSessionStore();
    const planted = store.create();
    const { row, retiredId } = store.login(planted.id, 'ada', { rotate: false });
    expect(row.id).toBe(planted.id);
    expect(retiredId).toBeNull();
    expect(store.get(planted.id)?.user).toBe('ada');
  });

  test('login without a session (or with an unknown id) starts a fresh one', () => {
    const store = createServerSideSessionStore();
    const { row, retiredId } = store.login('nobody-knows-this', 'ada');
    expect(row.id).not.toBe('nobody-knows-this');
    expect(retiredId).toBeNull();
    expect(store.get(row.id)?.user).toBe('ada');
  });

  test('logout deletes the row: the id becomes a key to nothing', () => {
    const store = createServerSideSessionStore();
    const { row } = store.login(null, 'ada');
    expect(store.logout(row.id)).toBe(true);
    expect(store.get(row.id)).toBeNull();
    expect(store.logout(row.id)).toBe(false);
    expect(store.getSnapshot().rows).toEqual([]);
  });

  test('the snapshot is stable until something changes, and listeners hear each change', () => {
    const store = createServerSideSessionStore();
    let heard = 0;
    const unsubscribe = store.subscribe(() => {
      heard += 1;
    });
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    const row = store.create();
    const second = store.getSnapshot();
    expect(second).not.toBe(first);
    expect(store.getSnapshot()).toBe(second);
    store.logout('not-there');
    expect(store.getSnapshot()).toBe(second);
    store.set(row.id, 'k', 'v');
    store.clear();
    expect(heard).toBe(3);
    unsubscribe();
    store.create();
    expect(heard).toBe(3);
  });
});
