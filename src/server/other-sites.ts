import { Hono, type Context, type Handler } from 'hono';
import { parseCookieHeader } from '../lib/cookies/cookie-header.ts';
import { serializeSetCookie } from '../lib/cookies/set-cookie-header.ts';
import { exchangeEcho, sendSetCookie } from './exchange-echo.ts';
import { setCookieEchoHandler } from './flask-cookie-routes.ts';
import type { CourseEnv } from './server-env.ts';
import { answerErrorsLikeFlask, describeReceived, plainText } from './text-response.ts';

/**
 * The sites only the pretend server plays (in both modes, labelled simulated): Rithm School's
 * www and shop, a third-party ad network, and a copy of this course's site for the compare page.
 * Their lessons are about Domain, SameSite and other sites, which one learner's machine cannot be.
 * Each site is a table: plain pages (a title, then the cookies the request carried), paths that
 * send back any Set-Cookie the lesson asks for, and the few routes that do something of their own.
 */

function describeRequestCookies(c: Context): string {
  const cookies = parseCookieHeader(c.req.header('Cookie'));
  if (cookies.size === 0) return 'This request carried no cookies.';
  const lines = [...cookies].map(([name, value]) => `  ${name} = ${value}`);
  return ['Cookies this request carried:', ...lines].join('\n');
}

/** A subresource's body: a stand-in for the bytes, then the cookies it carried (matters for SameSite). */
const subresource = (contentType: string, stand: string, c: Context): Response => {
  c.header('Content-Type', contentType);
  return c.body(`${stand}\n\n${describeRequestCookies(c)}`);
};

interface SiteTable {
  /** Path → the page's title. */
  readonly pages: Readonly<Record<string, string>>;
  /** Paths that send `?header=…` back as Set-Cookie (the lessons' experiments). */
  readonly setCookieEcho: readonly string[];
  readonly routes?: Readonly<Record<string, Handler<CourseEnv>>>;
}

function site(table: SiteTable): Hono<CourseEnv> {
  const app = new Hono<CourseEnv>();
  app.use(exchangeEcho());
  for (const [path, title] of Object.entries(table.pages)) app.get(path, (c) => plainText(c, `${title}\n\n${describeRequestCookies(c)}`));
  for (const path of table.setCookieEcho) app.get(path, setCookieEchoHandler);
  for (const [path, handler] of Object.entries(table.routes ?? {})) app.get(path, handler);
  return answerErrorsLikeFlask(app);
}

export function rithmWwwSite(): Hono<CourseEnv> {
  return site({
    // Path demos: `Path=/docs` matches /docs and /docs/web, not /docsets; a cookie set by
    // /docs/set without a Path gets the default path /docs.
    pages: {
      '/': 'Rithm School',
      '/event-detail': 'Event detail: Cookies and sessions, Thursday 6pm.',
      '/docs': 'Docs',
      '/docs/web': 'Docs: the web',
      '/docsets': 'Docsets (not under /docs)',
    },
    setCookieEcho: ['/set', '/docs/set'],
    routes: {
      // Sets `favorite_food=taco` with no attributes: host-only, default path, session cookie.
      '/upcoming-events': (c) => {
        sendSetCookie(c, serializeSetCookie('favorite_food', 'taco'));
        return plainText(c, 'Upcoming events: Intro to HTTP (Tuesday), Cookies and sessions (Thursday).');
      },
      // An image request: a subresource, not a navigation (matters for SameSite).
      '/calendar.jpg': (c) => subresource('image/jpeg', '[pretend JPEG: a calendar]', c),
    },
  });
}

export function rithmShopSite(): Hono<CourseEnv> {
  return site({ pages: { '/': 'Rithm School shop', '/cart': 'Your cart' }, setCookieEcho: ['/set'] });
}

/** A third-party tracking pixel: the classic cross-site cookie (`SameSite=None; Secure`). */
export function adNetworkSite(): Hono<CourseEnv> {
  return site({
    pages: { '/': 'ads.example: a third-party ad network' },
    setCookieEcho: ['/set'],
    routes: {
      '/pixel.gif': (c) => {
        sendSetCookie(c, serializeSetCookie('ad_id', 'visitor-42', { path: '/', maxAge: 60 * 60 * 24 * 30, sameSite: 'none', secure: true }));
        return subresource('image/gif', '[pretend 1x1 GIF]', c);
      },
    },
  });
}

/**
 * A pretend copy of this course's server for the compare page's experiments: every GET answers
 * with what arrived; the sign-in URL also sets an HttpOnly session cookie, as a real login would.
 */
export const COMPARE_HTTP_ONLY_COOKIE = 'stl_session_id';
export const COMPARE_READABLE_COOKIE = 'stl_theme';

export function compareSite(basePath: string): Hono<CourseEnv> {
  const cookiePath = basePath === '' ? '/' : basePath;
  return site({
    pages: {},
    setCookieEcho: [],
    routes: {
      [`${basePath.replace(/\/+$/, '')}/compare/sign-in`]: (c) => {
        const id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
        const options = { path: cookiePath, secure: true, sameSite: 'lax' } as const;
        sendSetCookie(c, serializeSetCookie(COMPARE_HTTP_ONLY_COOKIE, id, { ...options, httpOnly: true }));
        sendSetCookie(c, serializeSetCookie(COMPARE_READABLE_COOKIE, 'dark', options));
        return plainText(c, 'Signed in. The session id is in an HttpOnly cookie: sent back on every request, invisible to page JavaScript.');
      },
      '*': describeReceived,
    },
  });
}
