import type { Database, SqlJsStatic, Statement } from 'sql.js';
import { newSessionId, SESSION_ID_PATTERN, type RandomFill, type SessionRow, type SessionStore } from './session-store.ts';

/**
 * Server-side sessions in a real SQL database: SQLite compiled to WebAssembly (sql.js), so the
 * same code runs under Node and in the page. In the page the database lives in memory; under
 * `npm start` it is written to a file after every change (see node/session-file.ts).
 * https://sql.js.org/documentation/Database.html
 */
export interface SqlSessionStoreOptions {
  readonly sql: SqlJsStatic;
  /** An existing database file's bytes (`npm start` reads SESSION_DB). */
  readonly bytes?: Uint8Array | null | undefined;
  /** Called with the database's bytes after every change. */
  readonly persist?: ((bytes: Uint8Array) => void) | undefined;
  readonly random?: RandomFill | undefined;
  readonly now?: (() => number) | undefined;
}

export const SESSION_TABLE_SQL = 'SELECT id, user, data, created_at FROM sessions ORDER BY created_at, rowid';

const SCHEMA = `CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  user TEXT,
  data TEXT NOT NULL,
  created_at INTEGER NOT NULL
)`;

/** A JSON object read into a Map of strings; anything else is an empty session (never a crash). */
function dataFromJson(text: unknown): Map<string, string> {
  const data = new Map<string, string>();
  if (typeof text !== 'string') return data;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return data;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return data;
  // JSON.parse makes `__proto__` an own property; Object.entries reads it as data.
  for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') data.set(key, value);
  return data;
}

/** Object.fromEntries defines own properties, so `__proto__` stays a key. */
const dataToJson = (data: ReadonlyMap<string, string>): string => JSON.stringify(Object.fromEntries(data));

/**
 * One connection owns the database (it lives in sql.js's in-memory file system, which nothing
 * else opens), so it keeps its lock between statements: SQLite then skips the hot-journal check
 * and the re-read of the file header that start every read otherwise ("fewer system calls",
 * https://www.sqlite.org/pragma.html#pragma_locking_mode). A session read costs about a quarter
 * less CPU on `npm start`. Same rows, same answers.
 */
const KEEP_LOCK = 'PRAGMA locking_mode = EXCLUSIVE';

function openDatabase(sql: SqlJsStatic, bytes: Uint8Array | null | undefined): Database {
  if (bytes && bytes.length > 0) {
    const db = new sql.Database(bytes);
    db.run(SCHEMA); // throws for a file that is not SQLite: the caller keeps it aside
    db.run(KEEP_LOCK);
    return db;
  }
  const db = new sql.Database();
  db.run(SCHEMA);
  db.run(KEEP_LOCK);
  return db;
}

export function createSqlSessionStore(options: SqlSessionStoreOptions): SessionStore {
  const db = openDatabase(options.sql, options.bytes);
  const now = options.now ?? Date.now;
  let readStatement: Statement | null = null;

  // sql.js frees every prepared statement when the database is exported, so prepare again after.
  const persist = (): void => {
    if (options.persist === undefined) return;
    readStatement = null;
    options.persist(db.export());
  };

  const toRow = (values: readonly unknown[]): SessionRow => ({
    id: String(values[0]),
    user: typeof values[1] === 'string' ? values[1] : null,
    data: dataFromJson(values[2]),
    createdAt: Number(values[3]),
  });

  const read = (id: string | null | undefined): SessionRow | null => {
    if (typeof id !== 'string' || !SESSION_ID_PATTERN.test(id)) return null;
    readStatement ??= db.prepare('SELECT id, user, data, created_at FROM sessions WHERE id = ?');
    try {
      readStatement.bind([id]);
      return readStatement.step() ? toRow(readStatement.get()) : null;
    } finally {
      readStatement.reset();
    }
  };

  const freshId = (): string => {
    let id = newSessionId(options.random);
    while (read(id) !== null) id = newSessionId(options.random); // astronomically unlikely
    return id;
  };

  const insert = (user: string | null, data: ReadonlyMap<string, string>): SessionRow => {
    const row: SessionRow = { id: freshId(), user, data: new Map(data), createdAt: now() };
    db.run('INSERT INTO sessions (id, user, data, created_at) VALUES (?, ?, ?, ?)', [row.id, row.user, dataToJson(row.data), row.createdAt]);
    return row;
  };

  return {
    read,
    create(data = new Map()) {
      const row = insert(null, data);
      persist();
      return row;
    },
    write(id, key, value) {
      const row = read(id);
      if (row === null) return null;
      const data = new Map(row.data);
      data.set(key, value);
      db.run('UPDATE sessions SET data = ? WHERE id = ?', [dataToJson(data), id]);
      persist();
      return { ...row, data };
    },
    login(id, user) {
      const existing = read(id);
      if (existing !== null) db.run('DELETE FROM sessions WHERE id = ?', [existing.id]);
      const row = insert(user, existing?.data ?? new Map());
      persist();
      return { row, retiredId: existing?.id ?? null };
    },
    loginKeepingId(id, user) {
      const existing = read(id);
      if (existing === null) {
        const row = insert(user, new Map());
        persist();
        return { row, retiredId: null };
      }
      db.run('UPDATE sessions SET user = ? WHERE id = ?', [user, existing.id]);
      persist();
      return { row: { ...existing, user }, retiredId: null };
    },
    logout(id) {
      if (read(id) === null) return false;
      db.run('DELETE FROM sessions WHERE id = ?', [id]);
      persist();
      return true;
    },
    select() {
      const [result] = db.exec(SESSION_TABLE_SQL);
      return { sql: SESSION_TABLE_SQL, rows: (result?.values ?? []).map(toRow) };
    },
  };
}
