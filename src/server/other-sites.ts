import { Hono, type Context } from 'hono';
import { parseCookieHeader } from '../lib/cookies/cookie-header.ts';
import { serializeSetCookie } from '../lib/cookies/set-cookie-header.ts';
import { exchangeEcho, sendSetCookie } from './exchange-echo.ts';
import { setCookieEchoHandler } from './flask-cookie-routes.ts';
import type { CourseEnv } from './server-env.ts';
import { NOT_FOUND_TEXT } from './app.ts';
import { plainText } from './text-response.ts';

/**
 * The sites only the pretend server plays (in both modes, labelled simulated): Rithm School's
 * www and shop, a third-party ad network, and a copy of this course's site for the compare page.
 * Their lessons are about Domain, SameSite and other sites, which one learner's machine cannot be.
 */

function describeRequestCookies(c: Context): string {
  const cookies = parseCookieHeader(c.req.header('Cookie'));
  if (cookies.size === 0) return 'This request carried no cookies.';
  const lines = [...cookies].map(([name, value]) => `  ${name} = ${value}`);
  return ['Cookies this request carried:', ...lines].join('\n');
}

function site(): Hono<CourseEnv> {
  const app = new Hono<CourseEnv>();
  app.use(exchangeEcho());
  app.notFound((c) => plainText(c, NOT_FOUND_TEXT, 404));
  app.onError((error, c) => plainText(c, `Internal Server Error\n${error.message}`, 500));
  return app;
}

const page = (title: string) => (c: Context) => plainText(c, `${title}\n\n${describeRequestCookies(c)}`);

export function rithmWwwSite(): Hono<CourseEnv> {
  const app = site();
  app.get('/', page('Rithm School'));
  // Sets `favorite_food=taco` with no attributes: host-only, default path, session cookie.
  app.get('/upcoming-events', (c) => {
    sendSetCookie(c, serializeSetCookie('favorite_food', 'taco'));
    return plainText(c, 'Upcoming events: Intro to HTTP (Tuesday), Cookies and sessions (Thursday).');
  });
  app.get('/event-detail', page('Event detail: Cookies and sessions, Thursday 6pm.'));
  // An image request: a subresource, not a navigation (matters for SameSite).
  app.get('/calendar.jpg', (c) => {
    c.header('Content-Type', 'image/jpeg');
    return c.body(`[pretend JPEG: a calendar]\n\n${describeRequestCookies(c)}`);
  });
  app.get('/set', setCookieEchoHandler);
  // Path demos: `Path=/docs` matches /docs and /docs/web, not /docsets; a cookie set by
  // /docs/set without a Path gets the default path /docs.
  app.get('/docs', page('Docs'));
  app.get('/docs/web', page('Docs: the web'));
  app.get('/docsets', page('Docsets (not under /docs)'));
  app.get('/docs/set', setCookieEchoHandler);
  return app;
}

export function rithmShopSite(): Hono<CourseEnv> {
  const app = site();
  app.get('/', page('Rithm School shop'));
  app.get('/cart', page('Your cart'));
  app.get('/set', setCookieEchoHandler);
  return app;
}

/** A third-party tracking pixel: the classic cross-site cookie (`SameSite=None; Secure`). */
export function adNetworkSite(): Hono<CourseEnv> {
  const app = site();
  app.get('/', page('ads.example: a third-party ad network'));
  app.get('/pixel.gif', (c) => {
    sendSetCookie(c, serializeSetCookie('ad_id', 'visitor-42', { path: '/', maxAge: 60 * 60 * 24 * 30, sameSite: 'none', secure: true }));
    c.header('Content-Type', 'image/gif');
    return c.body(`[pretend 1x1 GIF]\n\n${describeRequestCookies(c)}`);
  });
  app.get('/set', setCookieEchoHandler);
  return app;
}

/**
 * A pretend copy of this course's server for the compare page's experiments: every GET answers
 * with what arrived; the sign-in URL also sets an HttpOnly session cookie, as a real login would.
 */
export const COMPARE_HTTP_ONLY_COOKIE = 'stl_session_id';
export const COMPARE_READABLE_COOKIE = 'stl_theme';

export function compareSite(basePath: string): Hono<CourseEnv> {
  const app = site();
  const cookiePath = basePath === '' ? '/' : basePath;
  app.get(`${basePath.replace(/\/+$/, '')}/compare/sign-in`, (c) => {
    const id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
    const options = { path: cookiePath, secure: true, sameSite: 'lax' } as const;
    sendSetCookie(c, serializeSetCookie(COMPARE_HTTP_ONLY_COOKIE, id, { ...options, httpOnly: true }));
    sendSetCookie(c, serializeSetCookie(COMPARE_READABLE_COOKIE, 'dark', options));
    return plainText(c, 'Signed in. The session id is in an HttpOnly cookie: sent back on every request, invisible to page JavaScript.');
  });
  app.get('*', (c) => {
    const url = new URL(c.req.url);
    const cookies = [...parseCookieHeader(c.req.header('Cookie'))];
    const lines = [
      `Path: ${url.pathname}`,
      `Query: ${url.search === '' ? '(none)' : url.search}`,
      cookies.length === 0 ? 'Cookies: (none)' : `Cookies: ${cookies.map(([name, value]) => `${name}=${value}`).join(', ')}`,
      'Nothing from localStorage or sessionStorage: a request has no place for them.',
    ];
    return plainText(c, `The server received:\n${lines.join('\n')}`);
  });
  return app;
}
