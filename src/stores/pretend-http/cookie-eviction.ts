/**
 * What a browser does when one site holds too many cookies, for the pretend jar (tough-cookie
 * keeps any number). Pure, no tough-cookie: the jar passes its cookies in and removes the ones
 * named here.
 *
 * - Chromium: past 180 cookies for one domain (its eTLD+1), it purges down to 150
 *   (`kDomainMaxCookies = 180`, `kDomainPurgeCookies = 30` in net/cookies/cookie_monster.h,
 *   https://source.chromium.org/chromium/chromium/src/+/main:net/cookies/cookie_monster.h),
 *   least recently accessed first; it also weighs each cookie's Priority and keeps Secure ones
 *   longer (GarbageCollectDomain in net/cookies/cookie_monster.cc), which this model leaves out.
 * - Firefox: `network.cookie.maxPerHost` 180, then down to `network.cookie.quotaPerHost` 150,
 *   oldest first (https://searchfox.org/mozilla-central/source/modules/libpref/init/all.js).
 * Every cookie of the site counts: HttpOnly ones and those of every path, which page JavaScript
 * never sees. So a page that writes many cookies can push out ones it never knew were there.
 */
export const SITE_COOKIE_LIMIT = 180;
export const SITE_COOKIES_AFTER_PURGE = 150;

export interface EvictionCandidate {
  readonly id: string;
  /** The site the limit is counted for: the registrable domain (eTLD+1), or the host itself. */
  readonly site: string;
  /** When the browser last sent or showed it (or created it); smaller is older. */
  readonly lastUsedMs: number;
  /** Order of creation, to break ties between cookies used in the same millisecond. */
  readonly order: number;
}

/** The ids to delete: for every site over the limit, its least recently used down to the purge level. */
export function cookiesToEvict(
  cookies: readonly EvictionCandidate[],
  limit: number = SITE_COOKIE_LIMIT,
  keep: number = SITE_COOKIES_AFTER_PURGE,
): string[] {
  const bySite = new Map<string, EvictionCandidate[]>();
  for (const cookie of cookies) {
    const list = bySite.get(cookie.site);
    if (list) list.push(cookie);
    else bySite.set(cookie.site, [cookie]);
  }
  const doomed: string[] = [];
  for (const list of bySite.values()) {
    if (list.length <= limit) continue;
    const oldestFirst = [...list].sort((a, b) => a.lastUsedMs - b.lastUsedMs || a.order - b.order);
    for (const cookie of oldestFirst.slice(0, list.length - keep)) doomed.push(cookie.id);
  }
  return doomed;
}

/** The warning a Set-Cookie verdict carries when storing the cookie pushed others out. */
export function evictionWarning(site: string, held: number, evicted: readonly string[]): string {
  const shown = evicted.slice(0, 8).join(', ');
  const more = evicted.length > 8 ? ` and ${evicted.length - 8} more` : '';
  return (
    `${site} now had ${held} cookies, over the browser's limit of ${SITE_COOKIE_LIMIT} per site, so the jar deleted the ` +
    `${evicted.length} least recently used to get back to ${SITE_COOKIES_AFTER_PURGE}: ${shown}${more}. HttpOnly cookies and other paths' count too.`
  );
}
