import { utf8Bytes } from '../lib/byte-size.ts';
import { splitDocumentCookie } from './document-cookie.ts';
import { onScriptCookieWrite } from './same-tab-writes.ts';
import { createExternalStore, type WatchedStore } from './stable-store.ts';

/*
 * Reading this page's cookies (document.cookie, and CookieStore's attributes) needs none of the
 * cookie rules: the live Cookies panel shows them from the first screen with this alone. Writing
 * (cookie-store.ts, with the rules and the `cookie` package) loads when the learner writes.
 */

/** What CookieStore (Chromium, Firefox 140+, Safari 18.4+) adds to document.cookie's bare pairs. */
export interface CookieAttributes {
  readonly domain: string | null;
  readonly path: string;
  readonly expires: number | null;
  readonly secure: boolean;
  readonly sameSite: string;
}

export interface CookieEntry {
  /** Stable row id: name plus its position among cookies of the same name. */
  readonly id: string;
  readonly name: string;
  readonly value: string;
  /** Name + value in UTF-8 bytes, as DevTools counts the Size column. */
  readonly size: number;
  readonly attributes: CookieAttributes | null;
}

export type CookieSnapshot =
  | { readonly status: 'pending' }
  | { readonly status: 'disabled'; readonly reason: string }
  | {
      readonly status: 'ok';
      readonly entries: readonly CookieEntry[];
      /** Where the attributes come from; document.cookie alone has none. */
      readonly source: 'cookieStore' | 'document.cookie';
    };

interface CookieStoreItem {
  name?: string;
  value?: string;
  domain?: string | null;
  path?: string;
  expires?: number | null;
  secure?: boolean;
  sameSite?: string;
}

interface CookieStoreLike extends EventTarget {
  getAll(): Promise<CookieStoreItem[]>;
}

export interface CookieEnvironment {
  readonly document: Document;
  readonly window: Window;
  readonly pollMs?: number;
}

/** This page's cookies as page JavaScript sees them, live; no writes (and so no cookie rules). */
export interface CookieReader {
  subscribe(listener: () => void): () => void;
  getSnapshot(): CookieSnapshot;
  getServerSnapshot(): CookieSnapshot;
  refresh(): void;
  /** document.cookie now, or null when reading it throws (sandboxed, blocked). */
  readRaw(): string | null;
}

const PENDING: CookieSnapshot = { status: 'pending' };

function cookieStoreOf(win: Window): CookieStoreLike | null {
  const candidate = (win as unknown as { cookieStore?: CookieStoreLike }).cookieStore;
  return candidate && typeof candidate.getAll === 'function' ? candidate : null;
}

function toAttributes(item: CookieStoreItem): CookieAttributes {
  return {
    domain: item.domain ?? null,
    path: item.path ?? '/',
    expires: item.expires ?? null,
    secure: item.secure ?? false,
    sameSite: item.sameSite ?? 'lax',
  };
}

/** Pairs from document.cookie, matched in order with CookieStore's items of the same name and value. */
function buildEntries(raw: string, items: readonly CookieStoreItem[] | null): CookieEntry[] {
  const pool = items ? [...items] : [];
  const seen = new Map<string, number>();
  return splitDocumentCookie(raw).map(({ name, value }) => {
    const nth = seen.get(name) ?? 0;
    seen.set(name, nth + 1);
    const index = pool.findIndex((item) => (item.name ?? '') === name && (item.value ?? '') === value);
    const item = index === -1 ? null : (pool.splice(index, 1)[0] ?? null);
    return {
      id: `${name}#${nth}`,
      name,
      value,
      size: utf8Bytes(name) + utf8Bytes(value),
      attributes: item ? toAttributes(item) : null,
    };
  });
}

export function createCookieReader(environment: CookieEnvironment): CookieReader {
  const { document: doc, window: win } = environment;
  /** document.cookie as last read: a re-read that finds the same string rebuilds nothing. */
  let raw: string | null = null;
  let items: readonly CookieStoreItem[] | null = null;
  const store: WatchedStore<CookieSnapshot> = createExternalStore<CookieSnapshot>({
    read: (): CookieSnapshot => {
      const nextRaw = readRaw();
      const last = store.peek();
      if (last !== undefined && nextRaw === raw) return last;
      raw = nextRaw;
      return compose(nextRaw);
    },
    watch: () => {
      const stop = watch();
      loadAttributes();
      return stop;
    },
  });
  let expiryTimer: ReturnType<typeof setTimeout> | null = null;
  let attributeRequest = 0;

  function readRaw(): string | null {
    try {
      return doc.cookie;
    } catch {
      return null;
    }
  }

  function compose(nextRaw: string | null): CookieSnapshot {
    if (nextRaw === null) {
      return { status: 'disabled', reason: 'Cookies are not available in this document (reading document.cookie threw: sandboxed or blocked).' };
    }
    const source = cookieStoreOf(win) ? 'cookieStore' : 'document.cookie';
    return { status: 'ok', entries: buildEntries(nextRaw, items), source };
  }

  function scheduleExpiryCheck(): void {
    if (expiryTimer !== null) clearTimeout(expiryTimer);
    expiryTimer = null;
    const now = Date.now();
    const next = (items ?? []).reduce<number | null>((soonest, item) => {
      const expires = item.expires ?? null;
      if (expires === null || expires <= now) return soonest;
      return soonest === null || expires < soonest ? expires : soonest;
    }, null);
    // CookieStore reports expiry lazily: re-read just after the next known expiry.
    if (next !== null && next - now < 2 ** 31 - 1) expiryTimer = setTimeout(refresh, next - now + 50);
  }

  function loadAttributes(): void {
    const cookieStore = cookieStoreOf(win);
    if (!cookieStore) return;
    const request = ++attributeRequest;
    cookieStore.getAll().then(
      (all) => {
        if (request !== attributeRequest) return;
        items = all;
        scheduleExpiryCheck();
        if (store.size > 0) store.set(compose(readRaw()));
      },
      () => {
        /* attributes stay unknown; names and values still show */
      },
    );
  }

  function refresh(): void {
    const before = store.peek();
    store.refresh();
    if (store.peek() !== before) loadAttributes();
  }

  /** The poll: only while the page is visible (visibilitychange re-reads on return); same string, no rebuild. */
  function poll(): void {
    if (doc.visibilityState !== 'hidden') refresh();
  }

  function watch(): () => void {
    const cookieStore = cookieStoreOf(win);
    const onChange = (): void => {
      raw = null; // attributes may have changed with an identical name=value string
      refresh();
    };
    cookieStore?.addEventListener('change', onChange);
    const stopSetterWatch = onScriptCookieWrite(doc, refresh);
    const onWake = (): void => refresh();
    win.addEventListener('focus', onWake);
    doc.addEventListener('visibilitychange', onWake);
    const pollMs = environment.pollMs ?? 0;
    const timer = pollMs > 0 ? setInterval(poll, pollMs) : null;
    return () => {
      cookieStore?.removeEventListener('change', onChange);
      stopSetterWatch();
      win.removeEventListener('focus', onWake);
      doc.removeEventListener('visibilitychange', onWake);
      if (timer !== null) clearInterval(timer);
      if (expiryTimer !== null) clearTimeout(expiryTimer);
      expiryTimer = null;
    };
  }

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    getServerSnapshot: () => PENDING,
    refresh,
    readRaw,
  };
}
