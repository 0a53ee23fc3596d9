import type { Exchange, ExternalStore, JarCookieRow, PretendServer, SetCookieVerdict } from './http-types.ts';
import { createHttpLogStore, type HttpLogStore } from './http-log-store.ts';
import { formatRequestText, formatResponseText, headerLines } from './http-message-text.ts';
import { createPretendCookieJar } from './pretend-cookie-jar.ts';
import { createPretendRequest } from './pretend-request.ts';
import { reasonPhrase } from './http-status.ts';
import { ECHO_HEADER, echoedSetCookies, readExchangeEcho } from '../../server/exchange-echo.ts';
import { createDefaultPretendServer } from './pretend-sites.ts';
import { sameSiteContextOf } from './site-for-cookies.ts';

/**
 * The pretend browser: a tough-cookie jar in front of the pretend server. This module pulls in
 * tough-cookie (~123 KB gzip with its public suffix list), so the UI should load it with
 * `import()` when a learner first talks to the server. Everything it re-exports as types, and
 * the log store, can be imported statically from their own files.
 */
export interface PretendFetchOptions {
  /** Defaults to GET. */
  readonly method?: string | undefined;
  /** Origin of the page making the request; leave out for a URL typed into the address bar. */
  readonly from?: string | undefined;
  /** A top-level navigation (link, form). Defaults to true without `from`, else false. */
  readonly navigation?: boolean | undefined;
  /** A form body (sent as application/x-www-form-urlencoded) for POST. */
  readonly body?: URLSearchParams | undefined;
  /** False: do not add this exchange to the HTTP log (a demo's own bookkeeping request). */
  readonly record?: boolean | undefined;
}

export interface PretendBrowserOptions {
  /** The browser's clock; tests and lessons can move it forward. */
  readonly now?: (() => Date) | undefined;
  readonly server?: PretendServer | undefined;
  /** Pass a log created up front so the UI can show it before this module loads. */
  readonly log?: HttpLogStore | undefined;
}

export interface PretendBrowser {
  readonly log: HttpLogStore;
  /** Jar rows for a DevTools-like table, for `useSyncExternalStore`. */
  readonly cookies: ExternalStore<readonly JarCookieRow[]>;
  /** Sends a request, stores the response's cookies, logs the exchange. Rejects on a malformed or non-http(s) URL. */
  fetch(url: string, options?: PretendFetchOptions): Promise<Exchange>;
  /** Re-checks expiry on the browser's clock and returns the current rows. */
  listCookies(): Promise<readonly JarCookieRow[]>;
  /** What `document.cookie` returns on a page at `pageUrl` (HttpOnly cookies are missing). */
  documentCookie(pageUrl: string): Promise<string>;
  /** `document.cookie = text` on a page at `pageUrl`. */
  setDocumentCookie(pageUrl: string, text: string): Promise<SetCookieVerdict>;
  restart(): Promise<void>;
  clearCookies(): Promise<void>;
  /**
   * A `Set-Cookie` that reaches this jar from outside its own requests, stored as a server's
   * would be (HttpOnly allowed): the session-fixation attacker planting a known id (a sibling
   * subdomain's response, someone at the keyboard of a shared computer).
   */
  plantCookie(url: string, header: string): Promise<SetCookieVerdict>;
}

function parseHttpUrl(url: string): URL {
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new TypeError(`The pretend browser only speaks http: and https:, not ${target.protocol}`);
  }
  return target;
}

export function createPretendBrowser(options: PretendBrowserOptions = {}): PretendBrowser {
  const now = options.now ?? (() => new Date());
  const server = options.server ?? createDefaultPretendServer();
  const log = options.log ?? createHttpLogStore();
  const jar = createPretendCookieJar({ now });

  async function fetch(url: string, fetchOptions: PretendFetchOptions = {}): Promise<Exchange> {
    const target = parseHttpUrl(url);
    const from = fetchOptions.from === undefined ? undefined : new URL(fetchOptions.from).origin;
    const method = (fetchOptions.method ?? 'GET').toUpperCase();
    const navigation = fetchOptions.navigation ?? from === undefined;
    const sameSiteContext = sameSiteContextOf({ url: target, from, navigation, method });
    const time = now().getTime();

    const outgoing = await jar.cookiesForRequest(target.href, sameSiteContext);
    const requestHeaders: (readonly [string, string])[] = [['Host', target.host]];
    if (outgoing.header !== null) requestHeaders.push(['Cookie', outgoing.header]);
    const response = await server.handle(createPretendRequest(method, target.href, requestHeaders, fetchOptions.body));
    const body = await response.text();
    // A Response built in a browser page has lost its Set-Cookie headers: the server's echo has them.
    const echo = readExchangeEcho(response.headers);
    const sentCookies = echo === null ? response.headers.getSetCookie() : echoedSetCookies(echo);

    const setCookies: SetCookieVerdict[] = [];
    for (const header of sentCookies) {
      setCookies.push(await jar.receiveSetCookie(header, target.href, sameSiteContext));
    }
    const notes = [...outgoing.notes];
    if (!server.origins.includes(target.origin)) {
      notes.push(`No pretend site answers at ${target.origin}: a real browser would show a connection error, with no HTTP response at all.`);
    }
    const shown = new Headers();
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie' && name !== ECHO_HEADER.toLowerCase()) shown.append(name, value);
    });
    for (const header of sentCookies) shown.append('Set-Cookie', header);
    const responseHeaders = headerLines(shown);
    const statusText = response.statusText === '' ? reasonPhrase(response.status) : response.statusText;
    const exchange: Exchange = {
      id: log.nextId(),
      transport: 'simulated',
      time,
      method,
      url: target.href,
      from: from ?? null,
      navigation,
      sameSiteContext,
      requestCookies: outgoing.cookies,
      requestHeaders,
      status: response.status,
      statusText,
      responseHeaders,
      responseBody: body,
      setCookies,
      notes,
      requestText: formatRequestText(method, target.href, requestHeaders),
      responseText: formatResponseText(response.status, statusText, responseHeaders, body),
    };
    if (fetchOptions.record !== false) log.append(exchange);
    return exchange;
  }

  return {
    log,
    cookies: jar.rows,
    fetch,
    listCookies: () => jar.refresh(),
    documentCookie: (pageUrl) => jar.documentCookie(parseHttpUrl(pageUrl).href),
    setDocumentCookie: (pageUrl, text) => jar.writeDocumentCookie(text, parseHttpUrl(pageUrl).href),
    restart: () => jar.restart(),
    clearCookies: () => jar.clear(),
    plantCookie: (url, header) => jar.receiveSetCookie(header, parseHttpUrl(url).href, 'strict'),
  };
}
