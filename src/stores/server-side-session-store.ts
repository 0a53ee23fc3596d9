/**
 * A pretend server's session table, as Flask-Session keeps one in Redis or a database: the
 * browser holds only a random session id; the data stays here. In memory, so a reload of the
 * page is a server restart that forgets every session. No React; a stable-snapshot store for
 * useSyncExternalStore.
 */
import { createStableStore } from './stable-store.ts';

export interface ServerSessionRow {
  readonly id: string;
  /** Who is logged in on this session, if anyone. */
  readonly user: string | null;
  /** The session dictionary (a Map: keys are data, never prototypes). */
  readonly data: ReadonlyMap<string, string>;
  readonly createdAt: number;
}

export interface ServerSessionSnapshot {
  readonly rows: readonly ServerSessionRow[];
}

export interface LoginResult {
  readonly row: ServerSessionRow;
  /** The id the browser came with, now deleted; null when the id was kept (or there was none). */
  readonly retiredId: string | null;
}

export interface ServerSideSessionStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ServerSessionSnapshot;
  /** The row for an id from a cookie, or null (no cookie, made-up id, deleted, forgotten). */
  get(id: string | null | undefined): ServerSessionRow | null;
  /** A new, empty, anonymous session with a fresh id. */
  create(): ServerSessionRow;
  /** session[key] = value; null when the id has no row. */
  set(id: string, key: string, value: string): ServerSessionRow | null;
  /**
   * Logs `user` in. With `rotate` (the default, and the defence against session fixation) the
   * data moves to a fresh id and the old row is deleted; without it the same id becomes
   * logged in — whoever else knows that id is now logged in too.
   */
  login(id: string | null, user: string, options?: { readonly rotate?: boolean }): LoginResult;
  /** Deletes the row: the cookie's id becomes a key to nothing. True if there was a row. */
  logout(id: string): boolean;
  /** Forgets everything, as restarting a server with in-memory sessions does. */
  clear(): void;
}

/** 32 random bytes = 256 bits, like Flask-Session's secrets.token_urlsafe(32); at least 128 are needed. */
export const SESSION_ID_BYTES = 32;

export type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => void;

const defaultRandom: RandomFill = (bytes) => {
  crypto.getRandomValues(bytes);
};

/** A fresh session id: base64url of SESSION_ID_BYTES random bytes (43 characters, no padding). */
export function newSessionId(random: RandomFill = defaultRandom): string {
  const bytes = new Uint8Array(SESSION_ID_BYTES);
  random(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function createServerSideSessionStore(options: { readonly random?: RandomFill; readonly now?: () => number } = {}): ServerSideSessionStore {
  const random = options.random ?? defaultRandom;
  const now = options.now ?? Date.now;
  const rows = new Map<string, ServerSessionRow>();
  const table = createStableStore<ServerSessionSnapshot>({ rows: [] });
  const publish = (): void => table.set({ rows: [...rows.values()] });
  const freshId = (): string => {
    let id = newSessionId(random);
    while (rows.has(id)) id = newSessionId(random); // astronomically unlikely with real randomness
    return id;
  };
  const put = (row: ServerSessionRow): ServerSessionRow => {
    rows.set(row.id, row);
    return row;
  };

  return {
    subscribe: table.subscribe,
    getSnapshot: table.getSnapshot,
    get: (id) => (id ? (rows.get(id) ?? null) : null),
    create() {
      const row = put({ id: freshId(), user: null, data: new Map(), createdAt: now() });
      publish();
      return row;
    },
    set(id, key, value) {
      const row = rows.get(id);
      if (!row) return null;
      const data = new Map(row.data);
      data.set(key, value);
      const next = put({ ...row, data });
      publish();
      return next;
    },
    login(id, user, { rotate = true } = {}) {
      const existing = id ? rows.get(id) : undefined;
      if (existing && !rotate) {
        const row = put({ ...existing, user });
        publish();
        return { row, retiredId: null };
      }
      if (existing) rows.delete(existing.id);
      const row = put({ id: freshId(), user, data: new Map(existing?.data ?? []), createdAt: now() });
      publish();
      return { row, retiredId: existing ? existing.id : null };
    },
    logout(id) {
      const deleted = rows.delete(id);
      if (deleted) publish();
      return deleted;
    },
    clear() {
      if (rows.size === 0) return;
      rows.clear();
      publish();
    },
  };
}

/** The one pretend server of this page (its memory lasts until the page reloads). */
export const pageServerSessions: ServerSideSessionStore = createServerSideSessionStore();
