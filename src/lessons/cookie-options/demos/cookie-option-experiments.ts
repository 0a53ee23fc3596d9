import { SITE_ORIGINS } from '../../../stores/pretend-http/site-origins.ts';
import { setCookieVia, visit, type Experiment } from '../../../components/lesson/demos/pretend-experiments.ts';

/**
 * The prepared experiments of the cookie-options lesson: Set-Cookie headers a pretend site sends
 * (through its `/set?header=` route), then requests that show which cookies travel where.
 */
const WWW = SITE_ORIGINS.rithmWww;
const SHOP = SITE_ORIGINS.rithmShop;
const WWW_HTTP = SITE_ORIGINS.rithmWwwInsecure;
const ADS = SITE_ORIGINS.adNetwork;
const LOCAL = SITE_ORIGINS.flaskDemo;
const DAY_MS = 86_400_000;

export const lifetimeExperiments: readonly Experiment[] = [
  {
    label: 'Set countdown=10s with Max-Age=10',
    explain: 'Watch the jar: the row counts down and disappears after ten seconds. Then send a request and see it is gone from `Cookie`.',
    actions: () => [setCookieVia(WWW, ['countdown=10s; Max-Age=10; Path=/']), visit(`${WWW}/`)],
  },
  {
    label: 'Send Max-Age=20 and Expires tomorrow together',
    explain: 'Both are set, and the log warns: **Max-Age wins**. The jar shows an expiry twenty seconds away, not tomorrow.',
    actions: (now) => [setCookieVia(WWW, [`both=1; Expires=${new Date(now.getTime() + DAY_MS).toUTCString()}; Max-Age=20; Path=/`])],
  },
  {
    label: 'Set a session cookie and a 30-day cookie, then restart the browser',
    explain: '`cart` has no Expires or Max-Age: a **session cookie**, gone when the browser closes. `remember_me` survives the restart.',
    actions: () => [
      setCookieVia(WWW, ['cart=3-items; Path=/', `remember_me=yes; Max-Age=${30 * 86_400}; Path=/`]),
      visit(`${WWW}/`),
      { kind: 'restart' },
      visit(`${WWW}/`),
    ],
  },
  {
    label: 'Set theme=dark, then delete it with Max-Age=0',
    explain: 'There is no "delete cookie" header: a server deletes by setting the same cookie (name, Domain, Path) with `Max-Age=0` or an Expires in the past.',
    actions: () => [
      setCookieVia(WWW, ['theme=dark; Path=/']),
      visit(`${WWW}/`),
      setCookieVia(WWW, ['theme=; Max-Age=0; Path=/']),
      visit(`${WWW}/`),
    ],
  },
];

export const domainExperiments: readonly Experiment[] = [
  {
    label: 'Set lang=en on www without Domain',
    explain: 'A **host-only** cookie: it goes back to `www.rithmschool.com` and nowhere else, not even `shop.rithmschool.com`.',
    actions: () => [setCookieVia(WWW, ['lang=en; Path=/']), visit(`${WWW}/`), visit(`${SHOP}/`)],
  },
  {
    label: 'Set region=eu with Domain=rithmschool.com',
    explain: 'A Domain attribute **widens** the cookie to the domain and every subdomain: both `www.` and `shop.` get it.',
    actions: () => [setCookieVia(WWW, ['region=eu; Domain=rithmschool.com; Path=/']), visit(`${WWW}/`), visit(`${SHOP}/`)],
  },
  {
    label: 'Try Domain=com (a public suffix)',
    explain: 'A cookie for all of `.com` would reach every .com site. Browsers check the public suffix list and refuse it.',
    actions: () => [setCookieVia(WWW, ['everyone=1; Domain=com; Path=/'])],
  },
  {
    label: 'Try Domain=ads.example from www.rithmschool.com',
    explain: 'A site may only name its own host or a parent of it. An unrelated domain, or a sibling like `shop.`, is refused.',
    actions: () => [
      setCookieVia(WWW, ['stolen=1; Domain=ads.example; Path=/', 'sibling=1; Domain=shop.rithmschool.com; Path=/']),
    ],
  },
];

export const pathExperiments: readonly Experiment[] = [
  {
    label: 'Set docs_theme=dark with Path=/docs, then visit four paths',
    explain: 'Path matches whole segments: `/docs` and `/docs/web` get the cookie; `/docsets` and `/` do not.',
    actions: () => [
      setCookieVia(WWW, ['docs_theme=dark; Path=/docs']),
      visit(`${WWW}/docs`),
      visit(`${WWW}/docs/web`),
      visit(`${WWW}/docsets`),
      visit(`${WWW}/`),
    ],
  },
  {
    label: 'Set a cookie without Path from /docs/set',
    explain: 'No Path attribute: the default is the **directory** of the URL that set it, here `/docs`. The cookie skips the home page.',
    actions: () => [setCookieVia(WWW, ['draft=1'], '/docs/set'), visit(`${WWW}/docs/web`), visit(`${WWW}/`)],
  },
  {
    label: 'Delete docs_theme without its Path, then with it',
    explain: 'A deletion must name the same Path. Without it, it targets a different cookie (`Path=/`), and `docs_theme` is still sent.',
    actions: () => [
      setCookieVia(WWW, ['docs_theme=dark; Path=/docs']),
      setCookieVia(WWW, ['docs_theme=; Max-Age=0']),
      visit(`${WWW}/docs`),
      setCookieVia(WWW, ['docs_theme=; Max-Age=0; Path=/docs']),
      visit(`${WWW}/docs`),
    ],
  },
];

export const securityExperiments: readonly Experiment[] = [
  {
    label: 'Set session_id with HttpOnly and theme without',
    explain: 'Both travel to the server, both are in the jar, but page JavaScript sees only `theme`: **HttpOnly** hides a cookie from `document.cookie`.',
    actions: () => [
      setCookieVia(WWW, ['session_id=abc123; HttpOnly; Path=/', 'theme=dark; Path=/']),
      visit(`${WWW}/`),
      { kind: 'read-document-cookie', pageUrl: `${WWW}/` },
    ],
  },
  {
    label: 'Let page JavaScript try to overwrite session_id',
    explain: 'A script (or an XSS attack) cannot replace an HttpOnly cookie, nor create one.',
    actions: () => [
      setCookieVia(WWW, ['session_id=abc123; HttpOnly; Path=/']),
      { kind: 'script-sets-cookie', pageUrl: `${WWW}/`, text: 'session_id=stolen; Path=/' },
      visit(`${WWW}/`),
    ],
  },
  {
    label: 'Set token with Secure, then visit over http: and https:',
    explain: 'A **Secure** cookie never travels over plain `http:`, where anyone on the network could read it.',
    actions: () => [setCookieVia(WWW, ['token=s3cret; Secure; Path=/']), visit(`${WWW_HTTP}/`), visit(`${WWW}/`)],
  },
  {
    label: 'Try to set a Secure cookie over http:, and on localhost',
    // Chromium and Firefox treat http://localhost as secure for cookies; Safari does not:
    // https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#secure
    explain: 'An `http:` response may not set a Secure cookie. Chromium and Firefox count `http://localhost` as secure, so local development works there (this pretend browser does the same); Safari refuses it on localhost too.',
    actions: () => [setCookieVia(WWW_HTTP, ['token2=x; Secure; Path=/']), setCookieVia(LOCAL, ['dev_token=1; Secure; Path=/'])],
  },
];

export const sameSiteExperiments: readonly Experiment[] = [
  {
    label: 'Set three cookies on www: Strict, Lax and None',
    explain: 'Visited directly (typed in the address bar), www gets all three. Now try the cross-site requests below.',
    actions: () => [
      setCookieVia(WWW, ['s_strict=1; SameSite=Strict; Path=/', 's_lax=1; SameSite=Lax; Path=/', 's_none=1; SameSite=None; Secure; Path=/']),
      visit(`${WWW}/`),
    ],
  },
  {
    label: 'Follow a link from ads.example to www',
    explain: 'A top-level GET navigation from another site: **Lax** and **None** cookies go, **Strict** stays home.',
    actions: () => [visit(`${WWW}/event-detail`, ADS, true)],
  },
  {
    label: 'An ads.example page loads an image from www',
    explain: 'A cross-site subresource: only **SameSite=None** cookies go. This is what stops most cross-site request forgery.',
    actions: () => [visit(`${WWW}/calendar.jpg`, ADS, false)],
  },
  {
    label: 'Try SameSite=None without Secure',
    explain: 'Current browsers refuse it: a cookie that goes everywhere must at least go only over https.',
    actions: () => [setCookieVia(WWW, ['bad_none=1; SameSite=None; Path=/'])],
  },
  {
    label: 'Load the ads.example pixel from www, then from shop',
    // Safari blocks third-party cookies, Firefox partitions them, Chrome allows them outside Incognito (sources in same-site-policy.ts).
    explain: 'The tracking pixel sets `ad_id` (SameSite=None; Secure) and gets it back from every site that embeds it: a **third-party cookie**. That is what Chrome still does. Safari blocks it. Firefox keeps a separate `ad_id` jar for each top-level site — `www.` and `shop.` are one site, so they share one, but every other site gets its own and cannot be linked to this one. The lab above compares the browsers.',
    actions: () => [visit(`${ADS}/pixel.gif`, WWW, false), visit(`${ADS}/pixel.gif`, SHOP, false)],
  },
];

export const prefixExperiments: readonly Experiment[] = [
  {
    label: 'Set __Host-sid with Secure and Path=/',
    explain: '`__Host-` promises: Secure, `Path=/`, no Domain, so it belongs to this exact host. All three hold: accepted.',
    actions: () => [setCookieVia(WWW, ['__Host-sid=1; Secure; Path=/'])],
  },
  {
    label: 'Try __Host-sid with a Domain, then with Path=/docs',
    explain: 'Either breaks the promise, so the browser refuses the cookie.',
    actions: () => [
      setCookieVia(WWW, ['__Host-sid=2; Secure; Path=/; Domain=rithmschool.com']),
      setCookieVia(WWW, ['__Host-sid=3; Secure; Path=/docs']),
    ],
  },
  {
    label: 'Try __Secure-id without Secure, then with it',
    explain: '`__Secure-` only promises the Secure attribute.',
    actions: () => [setCookieVia(WWW, ['__Secure-id=1; Path=/']), setCookieVia(WWW, ['__Secure-id=2; Secure; Path=/'])],
  },
];
