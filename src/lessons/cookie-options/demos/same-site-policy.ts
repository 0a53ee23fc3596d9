/**
 * What each browser does in 2026 with a cookie of `www.rithmschool.com` when a page on another site
 * (`evil.example`) makes the request: a pure summary of the lesson's SameSite table, for the lab.
 *
 * Sources:
 * - SameSite rules: RFC 6265bis §5.6.7 (https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis),
 *   MDN https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#samesitesamesite-value
 * - Chrome: a cookie without SameSite is Lax, except that one set less than 2 minutes ago is still sent on a
 *   top-level cross-site POST ("Lax+POST"): https://www.chromium.org/updates/same-site/faq/
 * - Chrome keeps third-party cookies, but blocks them in Incognito: https://support.google.com/chrome/answer/95647 ,
 *   https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/Third-party_cookies
 * - Firefox: no Lax by default; Total Cookie Protection gives every top-level site its own cookie jar, so an embedded
 *   request from another site never sees the first-party cookie: https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/State_Partitioning
 * - Safari: no Lax by default; all third-party cookies blocked: https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/
 */

export const BROWSERS = ['Chrome', 'Chrome Incognito', 'Firefox', 'Safari'] as const;
export type BrowserName = (typeof BROWSERS)[number];

export const SAME_SITE_VALUES = ['no SameSite', 'Lax', 'Strict', 'None; Secure'] as const;
export type SameSiteValue = (typeof SAME_SITE_VALUES)[number];

export const CROSS_SITE_REQUESTS = ['a link (top-level GET)', 'a POST form (top-level)', 'an image, fetch or iframe (embedded)'] as const;
export type CrossSiteRequest = (typeof CROSS_SITE_REQUESTS)[number];

export interface SameSiteCase {
  readonly browser: BrowserName;
  readonly sameSite: SameSiteValue;
  readonly request: CrossSiteRequest;
  /** Seconds since the cookie was set: Chrome's two-minute POST exception depends on it. */
  readonly cookieAgeSeconds: number;
}

export interface SameSiteDecision {
  readonly sent: boolean;
  readonly why: string;
}

/** Chrome's "Lax+POST" window for cookies without SameSite. */
export const CHROME_LAX_POST_SECONDS = 120;

export function decideSameSite({ browser, sameSite, request, cookieAgeSeconds }: SameSiteCase): SameSiteDecision {
  const embedded = request === 'an image, fetch or iframe (embedded)';
  const post = request === 'a POST form (top-level)';
  if (sameSite === 'Strict') return { sent: false, why: 'Strict: never sent on a request another site started, not even a link.' };
  if (embedded) {
    if (browser === 'Safari') return { sent: false, why: 'Safari blocks every third-party cookie, whatever its SameSite.' };
    if (browser === 'Firefox') {
      return { sent: false, why: 'Firefox gives evil.example its own cookie jar (Total Cookie Protection): the cookie www set for itself is not in it.' };
    }
    if (browser === 'Chrome Incognito') return { sent: false, why: 'Chrome blocks third-party cookies in Incognito windows.' };
    if (sameSite === 'None; Secure') return { sent: true, why: 'SameSite=None: Chrome still sends third-party cookies outside Incognito.' };
    return { sent: false, why: sameSite === 'Lax' ? 'Lax: not sent on embedded cross-site requests.' : 'Chrome treats a cookie without SameSite as Lax: not sent on embedded cross-site requests.' };
  }
  // Top-level navigations: the cookie is first-party for the page being opened, so blocking and partitioning do not apply.
  if (sameSite === 'None; Secure') return { sent: true, why: 'SameSite=None: sent on every cross-site request the browser allows, top-level ones included.' };
  if (!post) return { sent: true, why: 'A top-level GET (a link): Lax cookies go, and so do cookies without SameSite.' };
  if (sameSite === 'Lax') return { sent: false, why: 'Lax: a cross-site POST does not carry it. This is what stops most CSRF.' };
  // no SameSite, top-level POST
  if (browser === 'Chrome' || browser === 'Chrome Incognito') {
    return cookieAgeSeconds < CHROME_LAX_POST_SECONDS
      ? { sent: true, why: 'Chrome treats it as Lax, but a cookie set less than 2 minutes ago still goes on a top-level POST (the Lax+POST exception).' }
      : { sent: false, why: 'Chrome treats a cookie without SameSite as Lax: a cross-site POST does not carry it.' };
  }
  return { sent: true, why: `${browser} does not default to Lax: a cookie without SameSite goes on the cross-site POST — a CSRF risk.` };
}
