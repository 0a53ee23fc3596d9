// @vitest-environment node
import initSqlJs from 'sql.js';
import { describe, expect, test } from 'vitest';
import { createSqlSessionStore } from '../../src/server/session-store-sql.ts';
import { newSessionId, SESSION_ID_BYTES, SESSION_ID_PATTERN } from '../../src/server/session-store.ts';

const sqlStore = async () => createSqlSessionStore({ sql: await initSqlJs() });

describe('session ids', () => {
  test('are 32 random bytes (256 bits ≥ 128) as 43 base64url characters', () => {
    expect(SESSION_ID_BYTES * 8).toBeGreaterThanOrEqual(128);
    const ids = Array.from({ length: 500 }, () => newSessionId());
    for (const id of ids) expect(id).toMatch(SESSION_ID_PATTERN);
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
  test('creates empty anonymous rows and keeps data per id', async () => {
    const store = await sqlStore();
    const a = store.create();
    const b = store.create();
    expect(a.id).not.toBe(b.id);
    expect(a.user).toBeNull();
    store.write(a.id, 'cart', 'taco');
    expect(store.read(a.id)?.data.get('cart')).toBe('taco');
    expect(store.read(b.id)?.data.size).toBe(0);
    expect(store.write('made-up-id', 'cart', 'x')).toBeNull();
    expect(store.read('made-up-id')).toBeNull();
    expect(store.read(null)).toBeNull();
  });

  test('keys are data: __proto__ is stored, not a prototype', async () => {
    const store = await sqlStore();
    const row = store.create();
    store.write(row.id, '__proto__', 'polluted?');
    expect(store.read(row.id)?.data.get('__proto__')).toBe('polluted?');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('login rotates the id: data moves to a fresh id and the old row is gone', async () => {
    const store = await sqlStore();
    const before = store.create();
    store.write(before.id, 'cart', 'taco');
    const { row, retiredId } = store.login(before.id, 'ada');
    expect(row.id).not.toBe(before.id);
    expect(row.id).toMatch(SESSION_ID_PATTERN);
    expect(retiredId).toBe(before.id);
    expect(row.user).toBe('ada');
    expect(row.data.get('cart')).toBe('taco');
    expect(store.read(before.id)).toBeNull();
    expect(store.select().rows).toHaveLength(1);
  });

  test('login without rotation (the fixation bug) makes the planted id logged in, data kept', async () => {
    const store = await sqlStore();
    const planted = store.create();
    store.write(planted.id, 'cart', 'taco');
    const { row, retiredId } = store.loginKeepingId(planted.id, 'ada');
    expect(row.id).toBe(planted.id);
    expect(retiredId).toBeNull();
    expect(store.read(planted.id)).toMatchObject({ user: 'ada', data: new Map([['cart', 'taco']]) });
    expect(store.select().rows).toHaveLength(1);
  });

  test.each(['login', 'loginKeepingId'] as const)('%s without a session (or with an unknown id) starts a fresh one', async (method) => {
    const store = await sqlStore();
    const unknown = 'A'.repeat(43);
    const { row, retiredId } = store[method](unknown, 'ada');
    expect(row.id).not.toBe(unknown);
    expect(retiredId).toBeNull();
    expect(store.read(row.id)?.user).toBe('ada');
    expect(store[method](null, 'grace').row.user).toBe('grace');
  });

  test('logout deletes the row: the id becomes a key to nothing', async () => {
    const store = await sqlStore();
    const { row } = store.login(null, 'ada');
    expect(store.logout(row.id)).toBe(true);
    expect(store.read(row.id)).toBeNull();
    expect(store.logout(row.id)).toBe(false);
    expect(store.select().rows).toEqual([]);
  });
});

describe('the SQL session store (SQLite through sql.js)', () => {
  test('a store reopened from its saved bytes has every session: a server restart loses nothing', async () => {
    const sql = await initSqlJs();
    let saved: Uint8Array | null = null;
    const first = createSqlSessionStore({ sql, persist: (bytes) => (saved = bytes) });
    const row = first.create(new Map([['fav_number', '42']]));
    first.write(row.id, 'cart', 'taco');
    const reopened = createSqlSessionStore({ sql, bytes: saved });
    expect(reopened.read(row.id)?.data).toEqual(new Map([['fav_number', '42'], ['cart', 'taco']]));
    expect(reopened.select().rows.map((r) => r.id)).toEqual([row.id]);
  });

  test('reads still work after a save (sql.js frees prepared statements on export)', async () => {
    const sql = await initSqlJs();
    const store = createSqlSessionStore({ sql, persist: () => undefined });
    const a = store.create();
    expect(store.read(a.id)?.id).toBe(a.id);
    const b = store.create();
    expect(store.read(a.id)?.id).toBe(a.id);
    expect(store.read(b.id)?.id).toBe(b.id);
  });

  test('bytes that are not a database are refused when opening (the caller keeps the file aside)', async () => {
    const sql = await initSqlJs();
    expect(() => createSqlSessionStore({ sql, bytes: new TextEncoder().encode('not sqlite at all, just text') })).toThrow();
  });

  test('ids are fresh for every session and login', async () => {
    const store = createSqlSessionStore({ sql: await initSqlJs() });
    const ids = new Set(Array.from({ length: 50 }, () => store.create().id));
    expect(ids.size).toBe(50);
    const { row, retiredId } = store.login([...ids][0] ?? null, 'ada');
    expect(ids.has(row.id)).toBe(false);
    expect(retiredId).toBe([...ids][0]);
  });
});
