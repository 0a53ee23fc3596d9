import { Cookie, CookieJar, MemoryCookieStore, getPublicSuffix } from 'tough-cookie';
import { cookiesToEvict, evictionWarning } from './cookie-eviction.ts';
import type {
  CookiePair,
  ExternalStore,
  JarCookieRow,
  SameSiteContext,
  SetCookieVerdict,
} from './http-types.ts';
import {
  COOKIE_MAX_LIFETIME_DAYS,
  COOKIE_MAX_LIFETIME_MS,
  checkCookieSize,
  dropOversizedAttributes,
  readCookieAttributes,
} from './cookie-limits.ts';
import {
  SAME_SITE_NONE_NEEDS_SECURE,
  cookieNameWarnings,
  explainJarError,
  explainParseFailure,
  ignoredAttributeWarnings,
  oversizedAttributeWarning,
} from './set-cookie-explanations.ts';
import { describeStoredCookie, withheldForSameSite } from './jar-explanations.ts';
import { cookieId, expiresAtOf, sameRows, toJarCookieRow } from './jar-cookie-rows.ts';
import { createStableStore } from '../stable-store.ts';

/**
 * The pretend browser's cookie jar: tough-cookie's RFC 6265 `CookieJar` (strict parsing,
 * public suffix list, domain/path matching, Secure, SameSite, __Host-/__Secure- prefixes),
 * plus what tough-cookie leaves out: the 4096/1024-byte limits, SameSite=None needing Secure,
 * the 400-day cap, an injectable clock, and a reason for every verdict.
 *
 * Clock: tough-cookie checks expiry against the real `Date.now()` and measures Max-Age from a
 * cookie's last access. So the jar converts Max-Age to an absolute `expires` on our clock when
 * the cookie is set (RFC 6265 §5.2.2), reads with `expire: false`, and purges expired cookies
 * itself. `http://localhost` counts as secure (tough-cookie's `allowSecureOnLocal`, as in
 * Chrome and Firefox): Secure cookies are set and sent there over plain http.
 */
export interface PretendCookieJar {
  /** The jar's contents for the DevTools-like table; stable until something changes. */
  readonly rows: ExternalStore<readonly JarCookieRow[]>;
  /** A server's `Set-Cookie` header arriving in the response to a request for `url`. */
  receiveSetCookie(header: string, url: string, context: SameSiteContext): Promise<SetCookieVerdict>;
  /** `document.cookie = text` run by a page at `pageUrl` (cannot set HttpOnly). */
  writeDocumentCookie(text: string, pageUrl: string): Promise<SetCookieVerdict>;
  cookiesForRequest(url: string, context: SameSiteContext): Promise<RequestCookies>;
  /** What `document.cookie` returns on a page at `pageUrl`: no HttpOnly cookies. */
  documentCookie(pageUrl: string): Promise<string>;
  /** Drops expired cookies (by the jar's clock) and republishes the rows. */
  refresh(): Promise<readonly JarCookieRow[]>;
  /** A browser restart: session cookies go, persistent ones stay. */
  restart(): Promise<void>;
  clear(): Promise<void>;
}

export interface RequestCookies {
  readonly cookies: readonly CookiePair[];
  /** The `Cookie` header value, or null when no cookie goes. */
  readonly header: string | null;
  /** Cookies the jar holds for this host but held back, and why. */
  readonly notes: readonly string[];
}

export interface PretendCookieJarOptions {
  readonly now?: (() => Date) | undefined;
}

/** Earliest date JavaScript can represent: what Max-Age=0 means (RFC 6265 §5.2.2). */
const EARLIEST = -8.64e15;
const NO_ROWS: readonly JarCookieRow[] = Object.freeze([]);

function rejected(header: string, name: string | null, reason: string, warnings: readonly string[]): SetCookieVerdict {
  return { header, name, outcome: 'rejected', accepted: false, reason, warnings };
}

/** Max-Age wins over Expires and becomes an absolute date; nothing lives past 400 days. */
function fixExpiry(cookie: Cookie, nowMs: number): string[] {
  // tough-cookie turns a Max-Age too big for a double into the string 'Infinity'.
  const maxAge = cookie.maxAge === 'Infinity' ? Infinity : cookie.maxAge === '-Infinity' ? -Infinity : cookie.maxAge;
  if (maxAge !== null) {
    cookie.expires = new Date(maxAge <= 0 ? EARLIEST : nowMs + Math.min(maxAge * 1000, COOKIE_MAX_LIFETIME_MS + 1));
  }
  const expiresAt = expiresAtOf(cookie);
  if (expiresAt === null || expiresAt <= nowMs + COOKIE_MAX_LIFETIME_MS) return [];
  cookie.expires = new Date(nowMs + COOKIE_MAX_LIFETIME_MS);
  return [
    `Browsers cap a cookie's lifetime at ${COOKIE_MAX_LIFETIME_DAYS} days: this one expires ${cookie.expires.toUTCString()}.`,
  ];
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createPretendCookieJar(options: PretendCookieJarOptions = {}): PretendCookieJar {
  const now = options.now ?? (() => new Date());
  const store = new MemoryCookieStore();
  const jar = new CookieJar(store, {
    looseMode: false,
    rejectPublicSuffixes: true,
    prefixSecurity: 'strict',
    allowSpecialUseDomain: true,
    allowSecureOnLocal: true,
    enforceSecureOriginOnStorage: true,
  });
  const rows = createStableStore<readonly JarCookieRow[]>(NO_ROWS, sameRows);

  async function purgeExpired(): Promise<void> {
    const nowMs = now().getTime();
    for (const cookie of await store.getAllCookies()) {
      const expiresAt = expiresAtOf(cookie);
      if (expiresAt !== null && expiresAt <= nowMs) {
        await store.removeCookie(cookie.domain ?? '', cookie.path ?? '', cookie.key);
      }
    }
  }

  async function refresh(): Promise<readonly JarCookieRow[]> {
    await purgeExpired();
    const all = await store.getAllCookies();
    rows.set(Object.freeze(all.map(toJarCookieRow)));
    return rows.getSnapshot();
  }

  /** Past 180 cookies for one site the browser deletes the least recently used (cookie-eviction.ts). */
  async function evictPastSiteLimit(): Promise<string[]> {
    const all = await store.getAllCookies();
    const siteOf = (cookie: Cookie): string => {
      const domain = cookie.domain ?? '';
      return getPublicSuffix(domain, { allowSpecialUseDomain: true, ignoreError: true }) ?? domain;
    };
    const doomed = new Set(
      cookiesToEvict(
        all.map((cookie, order) => ({
          id: cookieId(cookie),
          site: siteOf(cookie),
          lastUsedMs: (cookie.lastAccessed instanceof Date ? cookie.lastAccessed : cookie.creation instanceof Date ? cookie.creation : new Date(0)).getTime(),
          order: cookie.creationIndex ?? order,
        })),
      ),
    );
    if (doomed.size === 0) return [];
    const evicted = all.filter((cookie) => doomed.has(cookieId(cookie)));
    for (const cookie of evicted) await store.removeCookie(cookie.domain ?? '', cookie.path ?? '', cookie.key);
    const site = evicted[0] ? siteOf(evicted[0]) : '';
    return [evictionWarning(site, all.filter((cookie) => siteOf(cookie) === site).length, evicted.map((cookie) => `${cookie.key} (${cookie.path ?? '/'})`))];
  }

  async function judge(header: string, url: string, context: SameSiteContext, http: boolean): Promise<SetCookieVerdict> {
    const { header: kept, dropped } = dropOversizedAttributes(header);
    const warnings = dropped.map(oversizedAttributeWarning);
    const cookie = Cookie.parse(kept, { loose: false });
    if (cookie === undefined) return rejected(header, null, explainParseFailure(kept), warnings);
    const name = cookie.key;
    warnings.push(...cookieNameWarnings(name));
    const size = checkCookieSize(name, cookie.value);
    if (!size.ok) return rejected(header, name, size.reason, warnings);
    warnings.push(
      ...ignoredAttributeWarnings(readCookieAttributes(kept), {
        expires: cookie.expires instanceof Date,
        maxAge: cookie.maxAge !== null,
        path: cookie.path,
        sameSite: cookie.sameSite,
      }),
    );
    if (cookie.sameSite === 'none' && !cookie.secure) {
      return rejected(header, name, SAME_SITE_NONE_NEEDS_SECURE, warnings);
    }
    const nowMs = now().getTime();
    const errorContext = { host: new URL(url).hostname, domain: cookie.domain, sameSite: cookie.sameSite };
    warnings.push(...fixExpiry(cookie, nowMs));
    await purgeExpired();
    const existing = new Set((await store.getAllCookies()).map(cookieId));
    let stored: Cookie | undefined;
    try {
      stored = await jar.setCookie(cookie, url, {
        http,
        sameSiteContext: context,
        now: new Date(nowMs),
        ignoreError: false,
        loose: false,
      });
    } catch (error) {
      return rejected(header, name, explainJarError(errorMessage(error), errorContext), warnings);
    }
    if (stored === undefined) return rejected(header, name, 'the browser ignores this cookie.', warnings);
    const existed = existing.has(cookieId(stored));
    const expiresAt = expiresAtOf(stored);
    if (expiresAt !== null && expiresAt <= nowMs) {
      await store.removeCookie(stored.domain ?? '', stored.path ?? '', stored.key);
      const reason = existed
        ? `Its expiry is already in the past, so the browser deleted its ${name} cookie for ${stored.domain ?? ''}${stored.path ?? ''}.`
        : `Its expiry is already in the past, and there was no ${name} cookie for ${stored.domain ?? ''}${stored.path ?? ''} to delete, so nothing changed.`;
      return { header, name, outcome: 'deleted', accepted: true, reason, warnings };
    }
    if (!existed) warnings.push(...(await evictPastSiteLimit()));
    return {
      header,
      name,
      outcome: existed ? 'replaced' : 'stored',
      accepted: true,
      reason: describeStoredCookie(toJarCookieRow(stored), existed),
      warnings,
    };
  }

  async function receive(header: string, url: string, context: SameSiteContext, http: boolean): Promise<SetCookieVerdict> {
    try {
      return await judge(header, url, context, http);
    } finally {
      await refresh();
    }
  }

  async function cookiesForRequest(url: string, context: SameSiteContext): Promise<RequestCookies> {
    await refresh();
    const read = { http: true, expire: false, sort: true } as const;
    const sent = await jar.getCookies(url, { ...read, sameSiteContext: context });
    const sentIds = new Set(sent.map(cookieId));
    const notes: string[] = [];
    for (const cookie of await jar.getCookies(url, read)) {
      if (!sentIds.has(cookieId(cookie))) notes.push(withheldForSameSite(cookie.key, cookie.sameSite, context));
    }
    const target = new URL(url);
    if (target.protocol === 'http:') {
      target.protocol = 'https:';
      for (const cookie of await jar.getCookies(target.href, { ...read, sameSiteContext: context })) {
        if (cookie.secure && !sentIds.has(cookieId(cookie))) {
          notes.push(`${cookie.key} was not sent: it is Secure, and this request goes over plain http.`);
        }
      }
    }
    if (context === 'none') {
      for (const cookie of sent) {
        if (cookie.sameSite === undefined) {
          notes.push(
            `${cookie.key} has no SameSite attribute, so this jar sends it with a cross-site request. Chrome would hold it back: it treats a cookie without SameSite as Lax (Firefox and Safari send it).`,
          );
        }
      }
    }
    const cookies = sent.map((cookie) => ({ name: cookie.key, value: cookie.value }));
    const header = sent.length === 0 ? null : sent.map((cookie) => cookie.cookieString()).join('; ');
    return { cookies, header, notes };
  }

  async function documentCookie(pageUrl: string): Promise<string> {
    await refresh();
    const visible = await jar.getCookies(pageUrl, { http: false, expire: false, sort: true, sameSiteContext: 'strict' });
    return visible.map((cookie) => cookie.cookieString()).join('; ');
  }

  async function restart(): Promise<void> {
    await purgeExpired();
    for (const cookie of await store.getAllCookies()) {
      if (expiresAtOf(cookie) === null) await store.removeCookie(cookie.domain ?? '', cookie.path ?? '', cookie.key);
    }
    await refresh();
  }

  async function clear(): Promise<void> {
    await store.removeAllCookies();
    await refresh();
  }

  return {
    rows: { subscribe: rows.subscribe, getSnapshot: rows.getSnapshot },
    receiveSetCookie: (header, url, context) => receive(header, url, context, true),
    writeDocumentCookie: (text, pageUrl) => receive(text, pageUrl, 'strict', false),
    cookiesForRequest,
    documentCookie,
    refresh,
    restart,
    clear,
  };
}
