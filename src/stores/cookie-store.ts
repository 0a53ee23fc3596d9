import { checkCookieWrite, pathMatches, type CookieWrite } from '../lib/cookies/cookie-rules.ts';
import { createCookieReader, type CookieEntry, type CookieEnvironment, type CookieReader } from './cookie-reader.ts';
import { splitDocumentCookie } from './document-cookie.ts';
import { failed, ok, type WriteResult } from './result.ts';

export type { CookieAttributes, CookieEntry, CookieEnvironment, CookieSnapshot } from './cookie-reader.ts';

/**
 * The page's cookies with writes: a write is checked as a browser would check it (the cookie
 * rules, src/lib/cookies/cookie-rules.ts) before it reaches document.cookie. What only reads
 * (the live list) is cookie-reader.ts, which does not bring the rules.
 */
export interface BrowserCookieStore extends Omit<CookieReader, 'readRaw'> {
  set(write: CookieWrite): WriteResult;
  remove(entry: CookieEntry): WriteResult;
}

/** Writes on top of `reader` (by default a reader of its own); they refresh it, so its listeners see them at once. */
export function createBrowserCookieStore(environment: CookieEnvironment, reader: CookieReader = createCookieReader(environment)): BrowserCookieStore {
  const { document: doc, window: win } = environment;

  function writeHeader(header: string): boolean {
    try {
      doc.cookie = header;
      return true;
    } catch {
      return false;
    }
  }

  return {
    subscribe: reader.subscribe,
    getSnapshot: reader.getSnapshot,
    getServerSnapshot: reader.getServerSnapshot,
    set(write) {
      if (!win.navigator.cookieEnabled) {
        return failed('Cookies are disabled in this browser (navigator.cookieEnabled is false), so nothing can be stored.');
      }
      const pageIsSecure = win.isSecureContext || win.location.hostname === 'localhost';
      const check = checkCookieWrite(write, { pageIsSecure });
      if (check.status === 'failed') return failed(check.reason);
      if (!writeHeader(check.header)) return failed('The browser refused the cookie write (document.cookie threw).');
      reader.refresh();
      const visibleHere = pathMatches(write.path ?? '/', win.location.pathname);
      const deleting = write.maxAge !== undefined && write.maxAge <= 0;
      if (visibleHere && !deleting) {
        const landed = splitDocumentCookie(reader.readRaw() ?? '').some(
          (pair) => pair.name === write.name && pair.value === check.storedValue,
        );
        if (!landed) {
          return failed('The browser did not store the cookie: cookies may be blocked for this site, or it was rejected. Nothing was changed.');
        }
      }
      const notes = [...check.notes];
      if (!visibleHere) notes.push(`Stored with Path=${write.path ?? '/'}: this page is outside that path, so its JavaScript cannot see it.`);
      return ok(notes.join(' ') || undefined);
    },
    remove(entry) {
      const candidates = entry.attributes
        ? [entry.attributes.path]
        : pathPrefixes(win.location.pathname);
      const domain = entry.attributes?.domain ?? undefined;
      for (const path of candidates) {
        const check = checkCookieWrite(
          { name: entry.name, value: '', path, maxAge: 0, ...(domain ? { domain } : {}) },
          { pageIsSecure: true },
        );
        if (check.status === 'ok') writeHeader(check.header);
      }
      reader.refresh();
      return ok();
    },
    refresh: reader.refresh,
  };
}

/** "/a/b/c" → ["/", "/a", "/a/b", "/a/b/c"]: where a cookie without known Path may live. */
export function pathPrefixes(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean);
  const prefixes = ['/'];
  for (let i = 1; i <= parts.length; i += 1) prefixes.push(`/${parts.slice(0, i).join('/')}`);
  return prefixes;
}
