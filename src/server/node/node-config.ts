import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import type { CourseServerConfig } from '../server-env.ts';
import { createSqlSessionStore } from '../session-store-sql.ts';
import type { SessionStore } from '../session-store.ts';

/** Where `npm start` keeps server-side sessions unless SESSION_DB says otherwise: the OS temp folder. */
export const DEFAULT_SESSION_DB = join(tmpdir(), 'how-the-web-remembers-sessions.sqlite');

export interface NodeServerOptions {
  /** The deploy base, `/` or `/repo/`. */
  readonly base: string;
  /** The environment to read SECRET_KEY and SESSION_DB from (default: process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Keep sessions in memory only (tests, bench). */
  readonly memoryOnly?: boolean;
  readonly log?: (line: string) => void;
}

export interface NodeServerSetup {
  readonly config: CourseServerConfig;
  /** `/api` or `/repo/api`. */
  readonly prefix: string;
  /** A file path, or `memory`. */
  readonly sessionStorage: string;
}

/** `/repo/` → `/repo`; `/` → `` (routes live under `${prefix}/api`). */
export function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}

/** Writes the database next to itself first, then renames it over: a crash mid-write keeps the old file. */
function saveFile(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/** The file's bytes, or null. A file that is not a database is moved aside (never deleted) and a new one started. */
function openFileStore(path: string, sql: SqlJsStatic, log: (line: string) => void): SessionStore {
  const persist = (bytes: Uint8Array): void => saveFile(path, bytes);
  if (!existsSync(path)) return createSqlSessionStore({ sql, persist });
  try {
    return createSqlSessionStore({ sql, bytes: readFileSync(path), persist });
  } catch (error) {
    const aside = `${path}.unreadable-${Date.now()}`;
    renameSync(path, aside);
    log(`SESSION_DB ${path} is not a session database (${error instanceof Error ? error.message : String(error)}); kept it as ${aside} and started a new one.`);
    return createSqlSessionStore({ sql, persist });
  }
}

/**
 * The real server's configuration from the environment: SECRET_KEY (a random one per start when
 * unset, which the sessions lesson shows, as this is a course), SESSION_DB (a file that survives
 * a restart), cookies under the deploy base.
 */
export function nodeServerSetup(options: NodeServerOptions): NodeServerSetup {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const fromEnv = env.SECRET_KEY;
  const generated = fromEnv === undefined || fromEnv === '' ? randomBytes(24).toString('hex') : null;
  const sessionStorage = options.memoryOnly === true ? 'memory' : env.SESSION_DB || DEFAULT_SESSION_DB;
  let sessions: Promise<SessionStore> | null = null;
  const base = trimBase(options.base);
  const config: CourseServerConfig = {
    mode: 'real',
    cookiePath: base === '' ? '/' : base,
    secretKey: generated ?? fromEnv ?? '',
    generatedSecretKey: generated,
    sessions: () => {
      sessions ??= initSqlJs().then((sql) => (sessionStorage === 'memory' ? createSqlSessionStore({ sql }) : openFileStore(sessionStorage, sql, log)));
      return sessions;
    },
  };
  return { config, prefix: `${base}/api`, sessionStorage };
}
