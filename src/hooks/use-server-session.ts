import { useState, useSyncExternalStore } from 'react';
import { appCookiePath } from '../config/env.ts';
import { appCookies } from '../config/app-keys.ts';
import type { WriteResult } from '../stores/result.ts';
import { pageServerSessions, type ServerSessionRow, type ServerSessionSnapshot } from '../stores/server-side-session-store.ts';
import { useCookies } from './use-cookies.ts';
import { formatCookieHeader } from '../lib/cookies/cookie-header.ts';
import { serializeDeleteCookie, serializeSetCookieRaw } from '../lib/cookies/set-cookie-header.ts';

/** The session id cookie of the pretend server-side-session app (a real cookie in this browser). */
export const SESSION_ID_COOKIE = appCookies.sessionId;

export interface ServerExchange {
  readonly request: string;
  readonly response: string;
}

export interface ServerSessionHandle {
  readonly rows: ServerSessionSnapshot['rows'];
  /** The id in this browser's real cookie, if any. */
  readonly cookieId: string | null;
  /** The row that id points at; null for no cookie or a key to nothing. */
  readonly row: ServerSessionRow | null;
  readonly lastExchange: ServerExchange | null;
  readonly cookieWrite: WriteResult | null;
  readonly visit: () => void;
  readonly addToCart: (item: string) => void;
  readonly login: (user: string, rotate: boolean) => void;
  readonly logout: () => void;
  /** Puts an id into this browser's cookie, as an attacker planting a known id would. */
  readonly plantId: (id: string) => void;
}

const short = (id: string): string => `${id.slice(0, 10)}…`;

/**
 * The simulated server's side of each request, against its session table, and the real
 * `stl_sid` cookie it sets in this browser. (A real server would also mark it HttpOnly; page
 * JavaScript cannot, which is why the Cookies panel can show it here.)
 */
export function useServerSession(): ServerSessionHandle {
  const snapshot = useSyncExternalStore(pageServerSessions.subscribe, pageServerSessions.getSnapshot, pageServerSessions.getSnapshot);
  const { snapshot: cookies, store: cookieStore } = useCookies();
  const [lastExchange, setLastExchange] = useState<ServerExchange | null>(null);
  const [cookieWrite, setCookieWrite] = useState<WriteResult | null>(null);
  const cookieId = cookies.status === 'ok' ? (cookies.entries.find((entry) => entry.name === SESSION_ID_COOKIE)?.value ?? null) : null;
  const row = cookieId === null ? null : (snapshot.rows.find((candidate) => candidate.id === cookieId) ?? null);
  const path = appCookiePath();

  const setCookie = (id: string): string => {
    setCookieWrite(cookieStore.set({ name: SESSION_ID_COOKIE, value: id, path, sameSite: 'lax' }));
    return `Set-Cookie: ${serializeSetCookieRaw(SESSION_ID_COOKIE, id, { path, sameSite: 'lax' })}`;
  };
  const request = (line: string): string => `${line}\nCookie: ${cookieId === null ? '(none)' : formatCookieHeader([{ name: SESSION_ID_COOKIE, value: cookieId }])}`;
  const ensureRow = (): { row: ServerSessionRow; header: string | null } => {
    if (row) return { row, header: null };
    const created = pageServerSessions.create();
    return { row: created, header: setCookie(created.id) };
  };

  return {
    rows: snapshot.rows,
    cookieId,
    row,
    lastExchange,
    cookieWrite,
    visit() {
      const { row: current, header } = ensureRow();
      const visits = Number(current.data.get('visits') ?? '0') + 1;
      pageServerSessions.set(current.id, 'visits', String(visits));
      const why = header ? (cookieId ? `id ${short(cookieId)} has no row: new session` : 'no cookie: new session') : `found row ${short(current.id)}`;
      setLastExchange({ request: request('GET /'), response: `HTTP/1.1 200 OK${header ? `\n${header}` : ''}\n\n(${why}; visits = ${visits})` });
    },
    addToCart(item) {
      const { row: current, header } = ensureRow();
      const cart = current.data.get('cart');
      pageServerSessions.set(current.id, 'cart', cart ? `${cart}, ${item}` : item);
      setLastExchange({ request: request(`POST /cart (item=${item})`), response: `HTTP/1.1 303 See Other${header ? `\n${header}` : ''}` });
    },
    login(user, rotate) {
      const { row: next, retiredId } = pageServerSessions.login(cookieId, user, { rotate });
      const header = next.id === cookieId ? null : setCookie(next.id);
      const note = retiredId ? `row ${short(retiredId)} deleted, data moved to a fresh id` : rotate ? 'fresh id' : 'same id, now logged in';
      setLastExchange({ request: request(`POST /login (user=${user})`), response: `HTTP/1.1 303 See Other${header ? `\n${header}` : ''}\n\n(${note})` });
    },
    logout() {
      const deleted = cookieId !== null && pageServerSessions.logout(cookieId);
      setCookieWrite(cookieStore.set({ name: SESSION_ID_COOKIE, value: '', path, maxAge: 0 }));
      setLastExchange({
        request: request('POST /logout'),
        response: `HTTP/1.1 303 See Other\nSet-Cookie: ${serializeDeleteCookie(SESSION_ID_COOKIE, { path })}\n\n(${deleted ? 'row deleted' : 'there was no row to delete'})`,
      });
    },
    plantId(id) {
      setCookie(id);
      setLastExchange(null);
    },
  };
}
