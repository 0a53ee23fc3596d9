import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { parseCookieHeader } from '../lib/cookies/cookie-header.ts';
import type { CourseEnv } from './server-env.ts';

/** A Flask view's string return value: `text/plain` here, so learner input is never HTML. */
export function plainText(c: Context, body: string, status: ContentfulStatusCode = 200): Response {
  c.header('Content-Type', 'text/plain; charset=utf-8');
  return c.body(body, status);
}

/** A clear 400: what was wrong and what the limit is (never a 500). */
export function badRequest(c: Context, reason: string): Response {
  return plainText(c, `Bad Request\n${reason}`, 400);
}

/** Werkzeug's 404 text, word for word. */
export const NOT_FOUND_TEXT =
  'Not Found\nThe requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.';

/**
 * Every site of the course answers an unknown path with Flask's 404 and a handler that throws
 * (a bug) with a 500, and keeps running.
 */
export function answerErrorsLikeFlask(app: Hono<CourseEnv>): Hono<CourseEnv> {
  app.notFound((c) => plainText(c, NOT_FOUND_TEXT, 404));
  app.onError((error, c) => plainText(c, `Internal Server Error\n${error.message}`, 500));
  return app;
}

/**
 * What a request brought to the server: its path, its query and its cookies, and a reminder that
 * Web Storage never travels. The compare page's experiment reads this answer, in either mode.
 */
export function describeReceived(c: Context): Response {
  const url = new URL(c.req.url);
  const cookies = [...parseCookieHeader(c.req.header('Cookie'))];
  const lines = [
    `Path: ${url.pathname}`,
    `Query: ${url.search === '' ? '(none)' : url.search}`,
    cookies.length === 0 ? 'Cookies: (none)' : `Cookies: ${cookies.map(([name, value]) => `${name}=${value}`).join(', ')}`,
    'Nothing from localStorage or sessionStorage: a request has no place for them.',
  ];
  return plainText(c, `The server received:\n${lines.join('\n')}`);
}
