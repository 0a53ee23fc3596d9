import type { PanelId } from '../../config/mechanisms.ts';
import type { CookiePair } from '../pretend-http/http-types.ts';
import { compareKeys, parseComparePath } from './compare-keys.ts';
import type { CompareEntry } from '../../config/paths.ts';

/** Which of the five values a request carried to the server, read off the request itself. */
export type Travelled = Readonly<Record<PanelId, boolean>>;

export interface SentRequest {
  readonly url: string;
  readonly requestText: string;
  readonly requestCookies: readonly CookiePair[];
}

export function whatTravelled(request: SentRequest, entry: CompareEntry): Travelled {
  const url = new URL(request.url);
  const keys = compareKeys(entry.name);
  const fromPath = parseComparePath(url.pathname);
  // Web storage has no way into a request: look for its key anywhere in the raw request text.
  const storageKeyInRequest = request.requestText.includes(keys.storage);
  return {
    query: url.searchParams.get(keys.query) === entry.value,
    path: fromPath !== null && fromPath.name === entry.name && fromPath.value === entry.value,
    localStorage: storageKeyInRequest,
    sessionStorage: storageKeyInRequest,
    cookies: request.requestCookies.some((cookie) => cookie.name === keys.cookie),
  };
}
