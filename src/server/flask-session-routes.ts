import { Hono } from 'hono';
import { parseCookieHeader } from '../lib/cookies/cookie-header.ts';
import { serializeSetCookieRaw } from '../lib/cookies/set-cookie-header.ts';
import { signSession, verifySessionCookie } from '../stores/flask-session/codec.ts';
import { flaskDict, flaskInt, type FlaskValue } from '../stores/flask-session/flask-value.ts';
import { sendSetCookie } from './exchange-echo.ts';
import type { CourseEnv, CourseServerConfig } from './server-env.ts';
import { plainText } from './text-response.ts';

/** Flask's default SESSION_COOKIE_NAME. https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_NAME */
export const FLASK_SESSION_COOKIE = 'session';

/** Flask's session cookie holds at most this many characters here (browsers drop a cookie over 4096 bytes anyway). */
const MAX_SESSION_COOKIE_CHARS = 4096;

export interface OpenedSession {
  readonly entries: Map<string, FlaskValue>;
  /** Why an arriving cookie was ignored (Flask's rule: a bad cookie is an empty session); null when fine or absent. */
  readonly ignored: string | null;
}

/**
 * Flask's SecureCookieSessionInterface.open_session: no cookie → a new empty session; a cookie
 * whose signature, timestamp or age fails (itsdangerous' BadSignature family) → a new empty
 * session, no error page. https://github.com/pallets/flask/blob/main/src/flask/sessions.py
 * (`except BadSignature: return self.session_class()`). Anything else wrong with the cookie
 * (junk, a zip bomb: the codec stops inflating at 64 KiB) is treated the same way here: never a 500.
 */
export async function openFlaskSession(cookieHeader: string | undefined, config: CourseServerConfig): Promise<OpenedSession> {
  const cookie = parseCookieHeader(cookieHeader).get(FLASK_SESSION_COOKIE);
  if (cookie === undefined || cookie === '') return { entries: new Map(), ignored: null };
  if (cookie.length > MAX_SESSION_COOKIE_CHARS) return { entries: new Map(), ignored: `it is ${cookie.length} characters long` };
  let result;
  try {
    result = await verifySessionCookie(cookie, config.secretKey);
  } catch (error) {
    return { entries: new Map(), ignored: error instanceof Error ? error.message : String(error) };
  }
  if (!result.ok) return { entries: new Map(), ignored: `${result.kind}: ${result.reason}` };
  if (result.value.type !== 'dict') return { entries: new Map(), ignored: 'it does not hold a dictionary' };
  return { entries: new Map(result.value.entries), ignored: null };
}

function describeValue(value: FlaskValue | undefined): string {
  if (value === undefined) return '<unset>';
  switch (value.type) {
    case 'int':
      return value.value.toString();
    case 'string':
      return value.value;
    default:
      return JSON.stringify(value.type);
  }
}

/**
 * The lecture's signed-session routes: `/some-route` does `session['fav_number'] = 42`, `/my-route`
 * answers `f"Favorite number is {session['fav_number']}"`. Where Flask would raise KeyError (a 500)
 * for a session without it, this answers `<unset>` and says why.
 */
export function flaskSessionRoutes(config: CourseServerConfig): Hono<CourseEnv> {
  const app = new Hono<CourseEnv>();

  app.get('/some-route', async (c) => {
    const session = await openFlaskSession(c.req.header('Cookie'), config);
    session.entries.set('fav_number', flaskInt(42));
    const signed = await signSession(flaskDict(session.entries), config.secretKey);
    // Flask's defaults: HttpOnly, Path = APPLICATION_ROOT, no SameSite, no Expires (a browser-session cookie).
    sendSetCookie(c, serializeSetCookieRaw(FLASK_SESSION_COOKIE, signed, { path: config.cookiePath, httpOnly: true }));
    c.header('Vary', 'Cookie');
    const note = session.ignored === null ? '' : `\n(The session cookie that came in was ignored, as Flask ignores it: ${session.ignored})`;
    return plainText(c, `session['fav_number'] = 42\nThe whole session is now in your browser, signed with SECRET_KEY, in an HttpOnly cookie.${note}`);
  });

  app.get('/my-route', async (c) => {
    const session = await openFlaskSession(c.req.header('Cookie'), config);
    c.header('Vary', 'Cookie');
    const number = describeValue(session.entries.get('fav_number'));
    if (session.ignored !== null) {
      return plainText(c, `Favorite number is ${number}\nThe session cookie failed Flask's checks, so the session is empty (${session.ignored}).`);
    }
    return plainText(c, `Favorite number is ${number}`);
  });

  return app;
}
