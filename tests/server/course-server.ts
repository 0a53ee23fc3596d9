import initSqlJs from 'sql.js';
import { createCourseApp } from '../../src/server/app.ts';
import { echoedSetCookies, readExchangeEcho } from '../../src/server/exchange-echo.ts';
import type { CourseServerConfig } from '../../src/server/server-env.ts';
import { createSqlSessionStore } from '../../src/server/session-store-sql.ts';
import type { SessionStore } from '../../src/server/session-store.ts';

export const TEST_SECRET = 'test secret key';
export const ORIGIN = 'http://127.0.0.1:3000';

export function testConfig(overrides: Partial<CourseServerConfig> = {}): CourseServerConfig {
  let store: Promise<SessionStore> | null = null;
  return {
    mode: 'real',
    cookiePath: '/',
    secretKey: TEST_SECRET,
    generatedSecretKey: null,
    sessions: () => (store ??= initSqlJs().then((sql) => createSqlSessionStore({ sql }))),
    ...overrides,
  };
}

export function testApp(config: CourseServerConfig = testConfig(), prefix = '/api') {
  return createCourseApp({ config, prefix });
}

export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly setCookies: string[];
  readonly headers: Headers;
}

/** One request to the app, the way a browser would send it; cookies given as the Cookie header. */
export async function send(
  app: ReturnType<typeof testApp>,
  path: string,
  init: { method?: string; cookie?: string; form?: Record<string, string> } = {},
): Promise<Reply> {
  const headers = new Headers();
  if (init.cookie !== undefined) headers.set('Cookie', init.cookie);
  const body = init.form === undefined ? undefined : new URLSearchParams(init.form);
  if (body !== undefined) headers.set('Content-Type', 'application/x-www-form-urlencoded');
  const response = await app.fetch(new Request(`${ORIGIN}${path}`, { method: init.method ?? 'GET', headers, ...(body ? { body } : {}) }));
  return { status: response.status, body: await response.text(), setCookies: response.headers.getSetCookie(), headers: response.headers };
}

/** `name=value` of a Set-Cookie line: what the browser sends back. */
export const pairOf = (setCookie: string): string => setCookie.split(';', 1)[0] ?? '';

export { echoedSetCookies, readExchangeEcho };
