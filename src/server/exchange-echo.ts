import type { Context, MiddlewareHandler } from 'hono';
import type { CourseEnv } from './server-env.ts';

/**
 * The server tells the page what it saw. Page JavaScript cannot read `Set-Cookie` from a `fetch`
 * response (a forbidden response header: https://fetch.spec.whatwg.org/#forbidden-response-header-name),
 * nor the HttpOnly cookies its own request carried. So every response of the course's server
 * carries one more header, `X-Exchange-Echo`: the request headers the server received and the
 * response headers it sent, Set-Cookie included, as percent-encoded JSON (header values are
 * Latin-1 text). The HTTP log shows the exchange from it, "as the server saw it".
 */
export const ECHO_HEADER = 'X-Exchange-Echo';

export type HeaderList = readonly (readonly [string, string])[];

export interface ExchangeEcho {
  readonly method: string;
  /** Path and query as the server received them. */
  readonly target: string;
  readonly received: HeaderList;
  readonly status: number;
  readonly sent: HeaderList;
}

/** Sends one `Set-Cookie` and remembers it for the echo (a `Response` built in the page drops it). */
export function sendSetCookie(c: Context<CourseEnv>, header: string): void {
  c.header('Set-Cookie', header, { append: true });
  const sent = c.get('sentCookies');
  if (sent === undefined) c.set('sentCookies', [header]);
  else sent.push(header);
}

const isHttpWhitespace = (code: number): boolean => code === 9 || code === 10 || code === 13 || code === 32;

/** A header value as the Fetch standard normalizes it: leading and trailing HTTP whitespace removed. */
function normalizeValue(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isHttpWhitespace(value.charCodeAt(start))) start += 1;
  while (end > start && isHttpWhitespace(value.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/**
 * The request's headers as `Headers.forEach` lists them (https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine):
 * names lower-cased and sorted, a repeated name combined into one value (`, `, or `; ` for
 * Cookie as undici does), each Set-Cookie on its own. Read straight off Node's raw header list
 * when @hono/node-server passes it (`c.env.incoming`), which spares building a Headers object
 * for every request; from the Request's Headers elsewhere (the page, Functions adapters).
 */
export function headerListFromRaw(raw: readonly string[]): [string, string][] {
  const combined = new Map<string, string>();
  const setCookies: string[] = [];
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const rawName = raw[index] ?? '';
    if (rawName.startsWith(':')) continue; // HTTP/2 pseudo-headers are not headers
    const name = rawName.toLowerCase();
    const value = normalizeValue(raw[index + 1] ?? '');
    if (name === 'set-cookie') {
      setCookies.push(value);
      continue;
    }
    const before = combined.get(name);
    combined.set(name, before === undefined ? value : `${before}${name === 'cookie' ? '; ' : ', '}${value}`);
  }
  const list: [string, string][] = [...combined];
  for (const value of setCookies) list.push(['set-cookie', value]);
  return list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function receivedHeaders(c: Context<CourseEnv>): [string, string][] {
  const env: unknown = c.env;
  const incoming = typeof env === 'object' && env !== null ? (env as { incoming?: { rawHeaders?: unknown } }).incoming : undefined;
  if (Array.isArray(incoming?.rawHeaders)) return headerListFromRaw(incoming.rawHeaders as string[]);
  const received: [string, string][] = [];
  c.req.raw.headers.forEach((value, name) => received.push([name, value]));
  return received;
}

export function exchangeEcho(): MiddlewareHandler<CourseEnv> {
  return async (c, next) => {
    await next();
    const url = new URL(c.req.url);
    const received = receivedHeaders(c);
    const sent: [string, string][] = [];
    c.res.headers.forEach((value, name) => {
      if (name !== 'set-cookie') sent.push([name, value]);
    });
    for (const header of c.get('sentCookies') ?? []) sent.push(['set-cookie', header]);
    const echo: ExchangeEcho = { method: c.req.method, target: `${url.pathname}${url.search}`, received, status: c.res.status, sent };
    c.res.headers.set(ECHO_HEADER, encodeURIComponent(JSON.stringify(echo)));
  };
}

function isHeaderList(value: unknown): value is HeaderList {
  return Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string');
}

/** Reads the echo of a response from the course's server; null when absent or not ours. */
export function readExchangeEcho(headers: Headers): ExchangeEcho | null {
  const text = headers.get(ECHO_HEADER);
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(text));
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object') return null;
  const echo = parsed as Record<string, unknown>;
  if (typeof echo.method !== 'string' || typeof echo.target !== 'string' || typeof echo.status !== 'number') return null;
  if (!isHeaderList(echo.received) || !isHeaderList(echo.sent)) return null;
  return { method: echo.method, target: echo.target, received: echo.received, status: echo.status, sent: echo.sent };
}

/** The `Set-Cookie` values a response sent, from its echo (the only place page JavaScript can read them). */
export function echoedSetCookies(echo: ExchangeEcho | null): string[] {
  return echo === null ? [] : echo.sent.filter(([name]) => name === 'set-cookie').map(([, value]) => value);
}
