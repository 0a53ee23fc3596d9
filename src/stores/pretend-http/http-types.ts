/**
 * Types shared by the pretend server, the pretend browser and the HTTP log.
 * This file imports nothing, so the UI may import it statically.
 *
 * The pretend server is the course's real handlers (src/server/, Hono): Fetch-API `Request` →
 * `Response`. In a real browser, a `Request` built by page script silently drops a `Cookie`
 * header and a `Response` built by page script silently drops `Set-Cookie` (both are "forbidden"
 * header names: https://fetch.spec.whatwg.org/#forbidden-request-header; verified in Chromium).
 * So the pretend browser hands the handlers a request whose headers are a stand-alone `Headers`
 * (which keeps `Cookie`; see pretend-request.ts), and reads what the server sent, `Set-Cookie`
 * included, from the server's own echo (src/server/exchange-echo.ts), as the real-server mode does.
 */

/** Anything that answers a Fetch request: a Hono app (`app.fetch`). */
export interface FetchHandler {
  fetch(request: Request): Response | Promise<Response>;
}

export interface PretendServer {
  /** Origins this server answers for, in the order they were declared. */
  readonly origins: readonly string[];
  handle(request: Request): Promise<Response>;
}

/** The "site for cookies" context of a request (RFC 6265bis): which SameSite cookies go. */
export type SameSiteContext = 'strict' | 'lax' | 'none';

export interface CookiePair {
  readonly name: string;
  readonly value: string;
}

export type SetCookieOutcome = 'stored' | 'replaced' | 'deleted' | 'rejected';

/** What the browser did with one `Set-Cookie` header, in words a learner understands. */
export interface SetCookieVerdict {
  /** The header text exactly as the server sent it. */
  readonly header: string;
  /** The cookie's name, when the header could be parsed at all. */
  readonly name: string | null;
  readonly outcome: SetCookieOutcome;
  readonly accepted: boolean;
  /** One sentence: why it was stored, replaced, deleted or ignored. */
  readonly reason: string;
  /** Attributes the browser ignored or adjusted while still keeping the cookie. */
  readonly warnings: readonly string[];
}

/** One request/response round trip, as the HTTP log shows it. */
export interface Exchange {
  readonly id: number;
  /** `simulated`: the pretend browser and server in this page; `real`: this browser and a real HTTP server, as the server saw it. */
  readonly transport: 'simulated' | 'real';
  /** Time on the browser's clock (ms since the epoch) when the request was sent. */
  readonly time: number;
  readonly method: string;
  readonly url: string;
  /** Origin of the page that made the request; null when typed into the address bar. */
  readonly from: string | null;
  readonly navigation: boolean;
  readonly sameSiteContext: SameSiteContext;
  readonly requestCookies: readonly CookiePair[];
  readonly requestHeaders: readonly (readonly [string, string])[];
  readonly status: number;
  readonly statusText: string;
  readonly responseHeaders: readonly (readonly [string, string])[];
  readonly responseBody: string;
  readonly setCookies: readonly SetCookieVerdict[];
  /** Plain-language remarks: cookies held back and why, simulated parts, and so on. */
  readonly notes: readonly string[];
  /** Raw HTTP/1.1 text of the request: request line, headers, blank line. */
  readonly requestText: string;
  /** Raw HTTP/1.1 text of the response: status line, headers, blank line, body. */
  readonly responseText: string;
}

export type SameSiteAttribute = 'Strict' | 'Lax' | 'None' | null;

/** One row of the jar view, shaped like Chrome DevTools' Application > Cookies table. */
export interface JarCookieRow {
  /** Unique per cookie (name, domain, path); safe as a React key. */
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly domain: string;
  readonly path: string;
  /** True when the cookie had no Domain attribute: sent to this exact host only. */
  readonly hostOnly: boolean;
  /** `"Session"` for a cookie without Expires/Max-Age, else the expiry as an HTTP date. */
  readonly expires: string;
  /** Expiry in ms since the epoch; null for a session cookie. */
  readonly expiresAt: number | null;
  /** Max-Age in seconds as the server sent it, or null. */
  readonly maxAge: number | null;
  readonly persistent: boolean;
  /** Name + value in UTF-8 bytes, as DevTools' Size column counts it. */
  readonly size: number;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: SameSiteAttribute;
  /** Creation time in ms since the epoch. */
  readonly created: number;
}

export type { ExternalStore } from '../stable-store.ts';
