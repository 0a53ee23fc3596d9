import { splitCookiePairs } from '../../lib/cookies/cookie-header.ts';
import { splitSetCookieHeader } from '../../lib/cookies/set-cookie-header.ts';
import { echoedSetCookies, readExchangeEcho, type HeaderList } from '../../server/exchange-echo.ts';
import type { Exchange, SetCookieVerdict } from '../pretend-http/http-types.ts';
import type { HttpLogStore } from '../pretend-http/http-log-store.ts';
import { canonicalHeaderName, formatRequestText, formatResponseText } from '../pretend-http/http-message-text.ts';
import { reasonPhrase } from '../pretend-http/http-status.ts';
import { apiBase } from './real-server-status.ts';

/**
 * One request from this very browser to the course's real server: `fetch` with the page's own
 * cookies (credentials), the browser stores what comes back. Page JavaScript cannot read
 * Set-Cookie or HttpOnly cookies, so the HTTP log shows the exchange as the server saw it: the
 * request headers it received and the response headers it sent (its X-Exchange-Echo header).
 * https://developer.mozilla.org/en-US/docs/Web/API/RequestInit#credentials
 */
export interface RealFetchOptions {
  readonly method?: string;
  readonly body?: URLSearchParams;
  /** False: do not add this exchange to the HTTP log. */
  readonly record?: boolean;
}

const canonical = (headers: HeaderList): (readonly [string, string])[] => headers.map(([name, value]) => [canonicalHeaderName(name), value] as const);

/** What this browser did with a Set-Cookie it received, as far as page JavaScript can tell. */
function realVerdict(header: string, documentCookie: string): SetCookieVerdict {
  const { pair, attributes } = splitSetCookieHeader(header);
  const name = pair.slice(0, Math.max(0, pair.indexOf('='))).trim() || null;
  const has = (attribute: string): boolean => attributes.some((candidate) => candidate.name === attribute);
  const maxAge = attributes.find((candidate) => candidate.name === 'max-age')?.value;
  if (maxAge !== undefined && Number(maxAge) <= 0) {
    return { header, name, outcome: 'deleted', accepted: true, reason: 'Max-Age=0: your browser deleted its cookie of that name and path.', warnings: [] };
  }
  if (has('httponly')) {
    return {
      header,
      name,
      outcome: 'stored',
      accepted: true,
      reason:
        'HttpOnly: your browser keeps it where page JavaScript cannot see it, so the Cookies panel cannot show it. DevTools → Application → Cookies lists it, and the Network tab shows this Set-Cookie.',
      warnings: [],
    };
  }
  const visible = name !== null && splitCookiePairs(documentCookie).some((candidate) => candidate.name === name);
  return visible
    ? { header, name, outcome: 'stored', accepted: true, reason: 'Your browser stored it: the Cookies panel beside the lesson shows it.', warnings: [] }
    : {
        header,
        name,
        outcome: 'rejected',
        accepted: false,
        reason: 'Your browser did not keep it where this page can see it (another path, or refused): DevTools → Application → Cookies and the Network tab say why.',
        warnings: [],
      };
}

export async function realFetch(path: string, log: HttpLogStore, options: RealFetchOptions = {}): Promise<Exchange> {
  const method = (options.method ?? 'GET').toUpperCase();
  const url = new URL(`${apiBase()}${path}`, window.location.href);
  const time = Date.now();
  const response = await fetch(url, { method, credentials: 'same-origin', cache: 'no-store', ...(options.body ? { body: options.body } : {}) });
  const body = await response.text();
  const echo = readExchangeEcho(response.headers);
  const requestHeaders = echo === null ? [['Host', url.host] as const] : canonical(echo.received);
  const cookieHeader = requestHeaders.find(([name]) => name === 'Cookie')?.[1] ?? null;
  const responseHeaders = echo === null ? canonical([...response.headers]) : canonical(echo.sent);
  const statusText = response.statusText === '' ? reasonPhrase(response.status) : response.statusText;
  const documentCookie = typeof document === 'undefined' ? '' : document.cookie;
  const exchange: Exchange = {
    id: log.nextId(),
    transport: 'real',
    time,
    method,
    url: url.href,
    from: window.location.origin,
    navigation: false,
    sameSiteContext: 'strict',
    requestCookies: splitCookiePairs(cookieHeader),
    requestHeaders,
    status: response.status,
    statusText,
    responseHeaders,
    responseBody: body,
    setCookies: echoedSetCookies(echo).map((header) => realVerdict(header, documentCookie)),
    notes: [
      echo === null
        ? 'The server sent no echo of this exchange, so only what page JavaScript can see is shown.'
        : 'A real exchange: your browser sent its own cookies and stored what came back. Shown as the server saw it (HttpOnly cookies and Set-Cookie included); the Network tab shows the same.',
    ],
    requestText: formatRequestText(method, url.href, requestHeaders),
    responseText: formatResponseText(response.status, statusText, responseHeaders, body),
  };
  if (options.record !== false) log.append(exchange);
  return exchange;
}
