import type { SqlJsStatic } from 'sql.js';
import { createCourseApp } from '../app.ts';
import type { CourseServerConfig } from '../server-env.ts';
import { createSqlSessionStore } from '../session-store-sql.ts';
import type { SessionStore } from '../session-store.ts';

/**
 * The course's app for a Functions platform (Netlify, Cloudflare Pages): the same handlers,
 * configured from the platform's environment. Functions keep no files, so server-side sessions
 * live in an in-memory SQLite database per function instance (a cold start forgets them).
 */
export interface AdapterOptions {
  /** The deploy base the site was built with (`/` or `/repo/`). */
  readonly base?: string;
  /** How to load sql.js on this platform (default: `initSqlJs()`, which finds its wasm file under Node). */
  readonly loadSql?: () => Promise<SqlJsStatic>;
}

const defaultLoadSql = async (): Promise<SqlJsStatic> => (await import('sql.js')).default();

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function adapterCourseApp(env: Readonly<Record<string, unknown>>, options: AdapterOptions = {}) {
  const base = (options.base ?? '/').replace(/\/+$/, '');
  const fromEnv = typeof env.SECRET_KEY === 'string' && env.SECRET_KEY !== '' ? env.SECRET_KEY : null;
  const generated = fromEnv === null ? randomHex(24) : null;
  const loadSql = options.loadSql ?? defaultLoadSql;
  let sessions: Promise<SessionStore> | null = null;
  const config: CourseServerConfig = {
    mode: 'real',
    cookiePath: base === '' ? '/' : base,
    secretKey: fromEnv ?? generated ?? '',
    generatedSecretKey: generated,
    sessions: () => (sessions ??= loadSql().then((sql) => createSqlSessionStore({ sql }))),
  };
  return createCourseApp({ config, prefix: `${base}/api`, sessionStorage: 'memory (one per function instance)' });
}
