import { Hono, type Context } from 'hono';
import { parseCookieHeader } from '../lib/cookies/cookie-header.ts';
import { serializeDeleteCookie, serializeSetCookieRaw } from '../lib/cookies/set-cookie-header.ts';
import { sendSetCookie } from './exchange-echo.ts';
import type { CourseEnv, CourseServerConfig } from './server-env.ts';
import type { SessionRow, SessionStore } from './session-store.ts';
import { badRequest, plainText } from './text-response.ts';

/** Flask-Session keeps Flask's cookie name: https://flask-session.readthedocs.io/en/latest/config.html */
export const SERVER_SIDE_SESSION_COOKIE = 'session';

/** The id cookie's attributes: HttpOnly (page JavaScript never sees the id), SameSite=Lax. */
export const serverSideCookieOptions = (cookiePath: string) => ({ path: cookiePath, httpOnly: true, sameSite: 'lax' }) as const;

const USER_PATTERN = /^[A-Za-z0-9_.-]{1,40}$/;
const MAX_KEY_CHARS = 64;
const MAX_VALUE_CHARS = 1000;

export interface SessionTableRow {
  /** The first 10 characters of the id: enough to tell rows apart, not enough to steal one. */
  readonly idStart: string;
  /** True for the row this request's cookie points at. */
  readonly current: boolean;
  readonly user: string | null;
  readonly data: Readonly<Record<string, string>>;
  readonly createdAt: number;
}

export interface SessionTableBody {
  readonly sql: string;
  readonly rows: readonly SessionTableRow[];
  /** Where the database lives: `memory` (the page) or a file path (npm start). */
  readonly storage: string;
}

const short = (id: string): string => `${id.slice(0, 10)}…`;

/** Prototype-free, so a `__proto__` key shows as data in the JSON. */
function dataObject(data: ReadonlyMap<string, string>): Record<string, string> {
  const object = Object.create(null) as Record<string, string>;
  for (const [key, value] of data) object[key] = value;
  return object;
}

async function formFields(c: Context): Promise<URLSearchParams> {
  const fields = new URLSearchParams(new URL(c.req.url).search);
  const type = c.req.header('Content-Type') ?? '';
  if (c.req.method === 'POST' && type.startsWith('application/x-www-form-urlencoded')) {
    for (const [name, value] of new URLSearchParams(await c.req.text())) fields.set(name, value);
  }
  return fields;
}

/**
 * Server-side sessions, Flask-Session style: the cookie holds only a random id (256 bits); the
 * dictionary lives in the SQL store. Logging in moves the data to a fresh id (no session
 * fixation); logging out deletes the row, so an old id replayed later gets nothing.
 * https://flask-session.readthedocs.io/en/latest/security.html
 */
export interface ServerSideRouteOptions {
  /**
   * `rotate` (the course's server, always): login moves the session to a fresh id.
   * `keep-id`: the session-fixation bug, for the fixation demo's vulnerable app in the page only.
   */
  readonly login?: 'rotate' | 'keep-id';
}

export function serverSideRoutes(config: CourseServerConfig, cookiePath: string, storage: string, options: ServerSideRouteOptions = {}): Hono<CourseEnv> {
  const keepIdAtLogin = options.login === 'keep-id';
  const app = new Hono<CourseEnv>();
  const cookieOptions = serverSideCookieOptions(cookiePath);
  const idOf = (c: Context): string | null => parseCookieHeader(c.req.header('Cookie')).get(SERVER_SIDE_SESSION_COOKIE) ?? null;
  const issue = (c: Context<CourseEnv>, row: SessionRow): void => sendSetCookie(c, serializeSetCookieRaw(SERVER_SIDE_SESSION_COOKIE, row.id, cookieOptions));

  /** The row for this request, made (and its cookie sent) when there is none. */
  const sessionFor = (c: Context<CourseEnv>, store: SessionStore): { row: SessionRow; fresh: boolean } => {
    const existing = store.read(idOf(c));
    if (existing !== null) return { row: existing, fresh: false };
    const row = store.create();
    issue(c, row);
    return { row, fresh: true };
  };

  app.get('/', async (c) => {
    const store = await config.sessions();
    const { row, fresh } = sessionFor(c, store);
    const visits = Number(row.data.get('visits') ?? '0') + 1;
    store.write(row.id, 'visits', String(Number.isFinite(visits) ? visits : 1));
    return plainText(c, `${fresh ? 'New session' : `Found session ${short(row.id)}`}: visits = ${visits}`);
  });

  app.get('/some-route', async (c) => {
    const store = await config.sessions();
    const { row, fresh } = sessionFor(c, store);
    store.write(row.id, 'fav_number', '42');
    return plainText(c, `session['fav_number'] = 42, stored in the server's table under id ${short(row.id)}${fresh ? ' (a new session: its id is in the Set-Cookie)' : ''}.\nThe cookie holds only the id.`);
  });

  app.get('/my-route', async (c) => {
    const store = await config.sessions();
    const id = idOf(c);
    const row = store.read(id);
    if (row === null) {
      const why = id === null ? 'this request carried no session cookie' : 'no row has this id (never issued, or logged out)';
      return plainText(c, `Favorite number is <unset>\nThe server looked the id up in its table: ${why}.`);
    }
    return plainText(c, `Favorite number is ${row.data.get('fav_number') ?? '<unset>'}${row.user === null ? '' : `\nLogged in as ${row.user}.`}`);
  });

  app.post('/set', async (c) => {
    const fields = await formFields(c);
    const key = fields.get('key') ?? '';
    const value = fields.get('value') ?? '';
    if (key.length === 0 || key.length > MAX_KEY_CHARS) return badRequest(c, `A session key is 1 to ${MAX_KEY_CHARS} characters.`);
    if (value.length > MAX_VALUE_CHARS) return badRequest(c, `A session value here is at most ${MAX_VALUE_CHARS} characters; nothing was stored.`);
    const store = await config.sessions();
    const { row } = sessionFor(c, store);
    store.write(row.id, key, value);
    return plainText(c, `session[${JSON.stringify(key)}] = ${JSON.stringify(value)}, stored on the server.`);
  });

  app.post('/login', async (c) => {
    const fields = await formFields(c);
    const user = fields.get('user') ?? 'ada';
    if (!USER_PATTERN.test(user)) return badRequest(c, 'A user name is 1 to 40 letters, digits, ".", "-" or "_".');
    const store = await config.sessions();
    const id = idOf(c);
    if (keepIdAtLogin) {
      const { row } = store.loginKeepingId(id, user);
      if (row.id !== id) issue(c, row);
      return plainText(c, row.id === id
        ? `Logged in as ${user} on the same id ${short(row.id)}: this server does not rotate the id, so anyone who knew it is now logged in as ${user} too.`
        : `Logged in as ${user} on a new session ${short(row.id)} (the browser had none).`);
    }
    const { row, retiredId } = store.login(id, user);
    issue(c, row);
    const moved = retiredId === null ? 'a fresh session' : `row ${short(retiredId)} deleted, its data moved`;
    return plainText(c, `Logged in as ${user} on a new id ${short(row.id)} (${moved}): an id planted before login is now worthless.`);
  });

  app.post('/logout', async (c) => {
    const store = await config.sessions();
    const id = idOf(c);
    const deleted = id !== null && store.logout(id);
    sendSetCookie(c, serializeDeleteCookie(SERVER_SIDE_SESSION_COOKIE, cookieOptions));
    return plainText(c, deleted ? 'Logged out: the row is deleted, so this id is now a key to nothing.' : 'There was no session to delete.');
  });

  app.get('/table', async (c) => {
    const store = await config.sessions();
    const current = idOf(c);
    const table = store.select();
    const body: SessionTableBody = {
      sql: table.sql,
      storage,
      rows: table.rows.map((row) => ({ idStart: short(row.id), current: row.id === current, user: row.user, data: dataObject(row.data), createdAt: row.createdAt })),
    };
    return c.json(body);
  });

  return app;
}
