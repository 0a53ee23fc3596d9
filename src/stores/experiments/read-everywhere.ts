import { PANEL_IDS, type PanelId } from '../../config/mechanisms.ts';
import { splitDocumentCookie } from '../document-cookie.ts';
import { safeStorage } from '../safe-storage.ts';
import { compareKeys, parseComparePath } from './compare-keys.ts';

/** What one tab can read, injected so tests (and a probed tab) pass their own. */
export interface TabView {
  readonly search: string;
  readonly pathname: string;
  readonly localStorage: () => Storage;
  readonly sessionStorage: () => Storage;
  readonly cookieText: () => string;
}

/** The value each of the five stores holds for `name` in this tab (null: nothing there). */
export type FoundValues = Readonly<Record<PanelId, string | null>>;

/** Whether each store still holds the value written everywhere. */
export type Presence = Readonly<Record<PanelId, boolean>>;

/** document.cookie throws in a sandboxed document: nothing found, then. */
function safely(read: () => string | null): string | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function cookieValue(text: string, name: string): string | null {
  const pair = splitDocumentCookie(text).find((candidate) => candidate.name === name);
  if (pair === undefined) return null;
  try {
    return decodeURIComponent(pair.value);
  } catch {
    return pair.value;
  }
}

export function readEverywhere(view: TabView, name: string): FoundValues {
  const keys = compareKeys(name);
  const fromPath = parseComparePath(view.pathname);
  return {
    query: new URLSearchParams(view.search).get(keys.query),
    path: fromPath !== null && fromPath.name === name ? fromPath.value : null,
    localStorage: safeStorage('localStorage', view.localStorage).getItem(keys.storage),
    sessionStorage: safeStorage('sessionStorage', view.sessionStorage).getItem(keys.storage),
    cookies: safely(() => cookieValue(view.cookieText(), keys.cookie)),
  };
}

export function presenceOf(found: FoundValues, value: string): Presence {
  const entries = PANEL_IDS.map((id) => [id, found[id] === value] as const);
  return Object.fromEntries(entries) as Record<PanelId, boolean>;
}

/** This browser tab, as a TabView. */
export function windowTabView(win: Window, pathname = win.location.pathname): TabView {
  return {
    search: win.location.search,
    pathname,
    localStorage: () => win.localStorage,
    sessionStorage: () => win.sessionStorage,
    cookieText: () => win.document.cookie,
  };
}
