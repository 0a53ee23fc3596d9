import type { CompareEntry } from '../../config/paths.ts';
import { browserCookieStore } from '../browser-cookie-store.ts';
import { webStorageStore } from '../browser-stores.ts';
import { compareEntryPath } from '../../config/paths.ts';
import { compareResults } from './experiment-results.ts';
import { presenceOf, readEverywhere, windowTabView } from './read-everywhere.ts';
import { writeEverywhere, type WriteOutcomes } from './write-everywhere.ts';

const AREA_NAMES: Record<keyof WriteOutcomes, string> = { localStorage: 'localStorage', sessionStorage: 'sessionStorage', cookies: 'Cookie' };

/**
 * The compare form's action in this tab: writes the pair into both web storages and a session
 * cookie, and records what reads back (with the URL the page is about to show: `compareEntryPath`)
 * and which writes the browser refused, one line each. In the page's results, not the form's
 * state: the form is rendered afresh for the pair's URL, and must still say what was refused.
 */
export function writeEverywhereHere(entry: CompareEntry, cookiePath: string): void {
  const outcomes = writeEverywhere({ localStorage: webStorageStore('localStorage'), sessionStorage: webStorageStore('sessionStorage'), cookies: browserCookieStore(), cookiePath }, entry);
  const url = new URL(compareEntryPath(entry), 'http://compare.invalid');
  const view = { ...windowTabView(window), search: url.search, pathname: url.pathname };
  const refused = (Object.keys(outcomes) as (keyof WriteOutcomes)[]).flatMap((area) => {
    const outcome = outcomes[area];
    return outcome.status === 'failed' ? [`${AREA_NAMES[area]}: ${outcome.reason}`] : [];
  });
  compareResults.record({ written: { entry, presence: presenceOf(readEverywhere(view, entry.name), entry.value), refused } });
}
