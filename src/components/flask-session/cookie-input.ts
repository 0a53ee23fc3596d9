/**
 * What the learner pasted → the cookie value Flask would receive. Cookie values never hold
 * whitespace, and people often paste `session=…` straight from DevTools or a Cookie header, so
 * both are dropped, and the tool says so.
 */
export interface CookieInput {
  readonly cookie: string;
  readonly ignored: readonly string[];
}

const COOKIE_NAME = 'session=';

export function cookieFromInput(text: string): CookieInput {
  const ignored: string[] = [];
  let cookie = text.replace(/\s+/g, '');
  const spaces = text.length - cookie.length;
  if (cookie.startsWith(COOKIE_NAME)) {
    cookie = cookie.slice(COOKIE_NAME.length);
    ignored.push('the cookie name "session="');
  }
  if (spaces > 0) ignored.push(`${spaces} whitespace character${spaces === 1 ? '' : 's'}`);
  return { cookie, ignored };
}
