import { Hono, type Context } from 'hono';
import { parseCookieHeader } from '../lib/cookies/cookie-header.ts';
import { serializeSetCookie } from '../lib/cookies/set-cookie-header.ts';
import { COOKIE_LIMITS } from '../lib/cookies/cookie-rules.ts';
import { utf8Bytes } from '../lib/byte-size.ts';
import { sendSetCookie } from './exchange-echo.ts';
import type { CourseEnv } from './server-env.ts';
import { badRequest, plainText } from './text-response.ts';

/** The value `/later-cookie` shows when the request carried no `fav_color` cookie. */
export const UNSET = '<unset>';
export const FAV_COLOR_COOKIE = 'fav_color';

/**
 * Browsers silently drop a cookie over 4096 bytes of name and value (RFC 6265bis §5.6:
 * https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#section-5.6), so the
 * server says so instead of sending one. serializeSetCookie percent-encodes the value: ASCII.
 */
function oversizeReason(color: string): string | null {
  const bytes = utf8Bytes(FAV_COLOR_COOKIE) + encodeURIComponent(color).length;
  if (bytes <= COOKIE_LIMITS.nameValueBytes) return null;
  return `That color makes a cookie of ${bytes} bytes once percent-encoded; browsers keep at most ${COOKIE_LIMITS.nameValueBytes} bytes of name and value. Nothing was set; your browser keeps the fav_color it had.`;
}

/**
 * The lecture's first Flask app: a goldfish server that remembers nothing (`/`, `/greet`), then
 * the cookie demo (`/handle-form-cookie` sets `fav_color`, `/later-cookie` reads it back), and
 * `/set`, which sends back any Set-Cookie text for the cookie-options lesson.
 */
export function flaskCookieRoutes(cookiePath: string): Hono<CourseEnv> {
  const app = new Hono<CourseEnv>();

  app.get('/', (c) =>
    plainText(c, "Hello! I'm a goldfish server: I remember nothing between requests.\nEvery request is the first time we meet."),
  );

  // Stateless on purpose: the server knows only what this one request carries.
  app.get('/greet', (c) => {
    const name = c.req.query('name')?.trim() ?? '';
    if (name === '') {
      return plainText(
        c,
        "Hello, stranger! This request carried no name, so I don't know who you are.\nHTTP is a goldfish: each request starts from nothing.",
      );
    }
    return plainText(
      c,
      `Hello, ${name}! I only know your name because this request carried it (?name=${name}).\nAsk again without it and I will have forgotten you.`,
    );
  });

  // `resp.set_cookie('fav_color', fav_color)` in the lecture's Flask demo. Flask answers 400 when
  // the form field is missing (`request.args['fav_color']` raises BadRequestKeyError).
  app.get('/handle-form-cookie', (c) => {
    const color = c.req.query('fav_color');
    if (color === undefined) return badRequest(c, 'The form did not send fav_color.');
    let header: string;
    try {
      header = serializeSetCookie(FAV_COLOR_COOKIE, color, { path: cookiePath });
    } catch {
      return badRequest(c, 'That color cannot be encoded into a cookie.');
    }
    const tooBig = oversizeReason(color);
    if (tooBig !== null) return badRequest(c, tooBig);
    sendSetCookie(c, header);
    return plainText(c, `Thanks! I asked your browser to remember that your favorite color is ${color}.\nNow visit /later-cookie: will it remember?`);
  });

  // `request.cookies.get('fav_color', '<unset>')` in the lecture's Flask demo.
  app.get('/later-cookie', (c) => {
    const color = parseCookieHeader(c.req.header('Cookie')).get(FAV_COLOR_COOKIE);
    if (color === undefined) {
      return plainText(c, `Your favorite color is ${UNSET}.\nYour browser sent no fav_color cookie, so I have no idea.`);
    }
    return plainText(c, `Your favorite color is ${color}.\nI read it from the Cookie header your browser sent.`);
  });

  return app;
}

/**
 * `GET /set?header=<raw Set-Cookie text>`: sends back whatever the learner typed as a
 * `Set-Cookie` header (repeat `header=` to send several), so the cookie-options lesson can show
 * what the browser does with any attribute combination. Pretend sites only: on a real server it
 * could set cookies for the learner's other apps on localhost.
 */
export function setCookieEchoHandler(c: Context<CourseEnv>): Response {
  const typed = c.req.queries('header') ?? [];
  if (typed.length === 0) {
    return badRequest(c, 'Add ?header=<Set-Cookie text>, for example ?header=theme%3Ddark%3B%20Path%3D%2F');
  }
  try {
    // Headers throws a TypeError for text that is not a header value (line breaks, non-Latin-1).
    for (const header of typed) new Headers([['Set-Cookie', header]]);
  } catch {
    return badRequest(
      c,
      'That text cannot travel in an HTTP header: header values are bytes (Latin-1), with no line breaks. Servers percent-encode such characters first.',
    );
  }
  for (const header of typed) sendSetCookie(c, header);
  return plainText(c, `Sent ${typed.length} Set-Cookie header${typed.length === 1 ? '' : 's'}. The HTTP log shows what the browser did with each.`);
}
