import { serialize } from 'cookie';
import { SITE_COOKIE_LIMIT } from './cookie-eviction.ts';
import type { JarCookieRow } from './http-types.ts';
import type { PretendCookieJar } from './pretend-cookie-jar.ts';
import { splitDocumentCookie } from '../document-cookie.ts';

/**
 * Simulated: what the real measurement must never do. A pretend site holds cookies its page
 * cannot see — 20 HttpOnly ones its server set, 20 on another path (`/other-app`) — and then the
 * page writes cookies until the jar passes the per-site limit. The browser deletes the least
 * recently used: exactly the cookies the page could not see, while `document.cookie` still shows
 * every cookie the page wrote. (With these numbers Chromium deletes 31: 181 down to 150.)
 */
export const SCENARIO_SITE = 'https://shop.example';
export const HIDDEN_HTTP_ONLY = 20;
export const HIDDEN_OTHER_PATH = 20;
/** One past the limit in all: 40 hidden + 141 written by the page = 181. */
export const PAGE_WRITES = SITE_COOKIE_LIMIT + 1 - HIDDEN_HTTP_ONLY - HIDDEN_OTHER_PATH;

export interface FullJarOutcome {
  /** Cookies in the jar before the page started writing (all hidden from it). */
  readonly hiddenBefore: number;
  /** What `document.cookie` showed the page before it started. */
  readonly visibleBefore: number;
  readonly pageWrote: number;
  /** Cookies the page can see at the end, and how many of its own are among them. */
  readonly visibleAfter: number;
  /** Deleted by the browser, in the order they were created. */
  readonly evicted: readonly JarCookieRow[];
  readonly heldAfter: number;
  /** The browser's explanation, on the write that pushed the jar over the limit. */
  readonly warning: string | null;
}

const pad = (n: number): string => String(n).padStart(3, '0');
const plain = (text: string): string => text;

export async function runFullJarScenario(jar: PretendCookieJar): Promise<FullJarOutcome> {
  await jar.clear();
  const page = `${SCENARIO_SITE}/`;
  for (let i = 1; i <= HIDDEN_HTTP_ONLY; i += 1) {
    await jar.receiveSetCookie(serialize(`session_${pad(i)}`, 'secret', { path: '/', httpOnly: true, encode: plain }), page, 'strict');
  }
  for (let i = 1; i <= HIDDEN_OTHER_PATH; i += 1) {
    await jar.receiveSetCookie(serialize(`other_app_${pad(i)}`, '1', { path: '/other-app', encode: plain }), `${SCENARIO_SITE}/other-app/`, 'strict');
  }
  const before = jar.rows.getSnapshot();
  const visibleBefore = splitDocumentCookie(await jar.documentCookie(page)).length;
  const seen = new Map(before.map((row) => [row.id, row]));
  let warning: string | null = null;
  for (let i = 1; i <= PAGE_WRITES; i += 1) {
    const verdict = await jar.writeDocumentCookie(serialize(`page_${pad(i)}`, '1', { path: '/', encode: plain }), page);
    warning = verdict.warnings.find((text) => text.includes('least recently used')) ?? warning;
    for (const row of jar.rows.getSnapshot()) if (!seen.has(row.id)) seen.set(row.id, row);
  }
  const after = jar.rows.getSnapshot();
  const kept = new Set(after.map((row) => row.id));
  return {
    hiddenBefore: before.length,
    visibleBefore,
    pageWrote: PAGE_WRITES,
    visibleAfter: splitDocumentCookie(await jar.documentCookie(page)).length,
    evicted: [...seen.values()].filter((row) => !kept.has(row.id)),
    heldAfter: after.length,
    warning,
  };
}
