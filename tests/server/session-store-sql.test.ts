// @vitest-environment node
import initSqlJs from 'sql.js';
import { describe, expect, test } from 'vitest';
import { createSqlSessionStore } from '../../src/server/session-store-sql.ts';

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
