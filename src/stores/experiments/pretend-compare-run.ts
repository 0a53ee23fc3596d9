import { pageHttpLog } from '../pretend-http/page-pretend-browser.ts';
import { createPretendBrowser, type PretendBrowser } from '../pretend-http/pretend-browser.ts';
import { compareKeys } from './compare-keys.ts';
import { compareEntryPath, type CompareEntry } from '../../config/paths.ts';
import { COMPARE_SITE_ORIGIN, HTTP_ONLY_COOKIE, createCompareServer, signInPath } from './compare-pretend-site.ts';
import { whatTravelled, type Travelled } from './request-travel.ts';
import { hasCookieNamed } from '../../lib/cookies/cookie-header.ts';
import { serializeSetCookie, type SetCookieOptions } from '../../lib/cookies/set-cookie-header.ts';

/**
 * The compare page's simulated experiments, run in a pretend browser (tough-cookie) in front of
 * a pretend copy of this site's server. This module pulls in tough-cookie: import() it on first use.
 * Exchanges go to the page's HTTP log.
 */
export interface PretendRunContext {
  /** The app's base path ("" at the root). */
  readonly basePath: string;
  readonly entry: CompareEntry;
  /** Whether this real tab has the `stl_` cookie right now; the pretend jar gets a copy only if so. */
  readonly tabHasCookie: boolean;
}

export interface RequestOutcome {
  readonly requestText: string;
  readonly travelled: Travelled;
}

export interface HttpOnlyOutcome {
  /** Cookies in the pretend jar, with their HttpOnly flag. */
  readonly jar: readonly { readonly name: string; readonly httpOnly: boolean }[];
  /** What pretend `document.cookie` returns on the page. */
  readonly documentCookie: string;
  /** The HttpOnly cookie is in the jar and missing from document.cookie. */
  readonly hiddenFromJs: boolean;
}

export interface RestartOutcome {
  readonly sessionCookie: string;
  readonly persistentCookie: string;
  readonly before: string;
  readonly after: string;
  readonly sessionCookieKept: boolean;
  readonly persistentCookieKept: boolean;
}

let browser: PretendBrowser | null = null;
let browserBase: string | null = null;

function compareBrowser(basePath: string): PretendBrowser {
  if (browser === null || browserBase !== basePath) {
    browser = createPretendBrowser({ server: createCompareServer(basePath), log: pageHttpLog });
    browserBase = basePath;
  }
  return browser;
}

const cookiePathOf = (basePath: string): string => (basePath === '' ? '/' : basePath);
const pageUrlOf = (context: PretendRunContext): string => `${COMPARE_SITE_ORIGIN}${context.basePath}${compareEntryPath(context.entry)}`;

async function copyTabCookie(jar: PretendBrowser, context: PretendRunContext, extra: SetCookieOptions = {}): Promise<void> {
  const { cookie } = compareKeys(context.entry.name);
  await jar.setDocumentCookie(pageUrlOf(context), serializeSetCookie(cookie, context.entry.value, { path: cookiePathOf(context.basePath), ...extra }));
}

/** GET the compare URL, carrying what this tab would carry, and read off what travelled. */
export async function sendCompareRequest(context: PretendRunContext): Promise<RequestOutcome> {
  const jar = compareBrowser(context.basePath);
  await jar.clearCookies();
  if (context.tabHasCookie) await copyTabCookie(jar, context);
  const exchange = await jar.fetch(pageUrlOf(context));
  return { requestText: exchange.requestText, travelled: whatTravelled(exchange, context.entry) };
}

/** The server sets an HttpOnly cookie; page JavaScript (pretend document.cookie) cannot see it. */
export async function readHttpOnlyCookie(context: PretendRunContext): Promise<HttpOnlyOutcome> {
  const jar = compareBrowser(context.basePath);
  await jar.clearCookies();
  await jar.fetch(`${COMPARE_SITE_ORIGIN}${signInPath(context.basePath)}`);
  const rows = await jar.listCookies();
  const documentCookie = await jar.documentCookie(pageUrlOf(context));
  const inJar = rows.some((row) => row.name === HTTP_ONLY_COOKIE && row.httpOnly);
  return {
    jar: rows.map((row) => ({ name: row.name, httpOnly: row.httpOnly })),
    documentCookie,
    hiddenFromJs: inJar && !hasCookieNamed(documentCookie, HTTP_ONLY_COOKIE),
  };
}

/** A browser restart in the pretend jar: a session cookie and a persistent one, before and after. */
export async function simulateRestart(context: PretendRunContext): Promise<RestartOutcome> {
  const jar = compareBrowser(context.basePath);
  await jar.clearCookies();
  const { cookie } = compareKeys(context.entry.name);
  const persistent = `${cookie}_kept`;
  await copyTabCookie(jar, context);
  await jar.setDocumentCookie(pageUrlOf(context), serializeSetCookie(persistent, context.entry.value, { path: cookiePathOf(context.basePath), maxAge: 86400 }));
  const before = await jar.documentCookie(pageUrlOf(context));
  await jar.restart();
  const after = await jar.documentCookie(pageUrlOf(context));
  return {
    sessionCookie: cookie,
    persistentCookie: persistent,
    before,
    after,
    sessionCookieKept: hasCookieNamed(after, cookie),
    persistentCookieKept: hasCookieNamed(after, persistent),
  };
}
