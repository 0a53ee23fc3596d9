import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A Flask view's string return value: `text/plain` here, so learner input is never HTML. */
export function plainText(c: Context, body: string, status: ContentfulStatusCode = 200): Response {
  c.header('Content-Type', 'text/plain; charset=utf-8');
  return c.body(body, status);
}

/** A clear 400: what was wrong and what the limit is (never a 500). */
export function badRequest(c: Context, reason: string): Response {
  return plainText(c, `Bad Request\n${reason}`, 400);
}
