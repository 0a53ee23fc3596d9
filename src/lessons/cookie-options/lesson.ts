import type { Lesson } from '../../content/types.ts';

export const cookieOptions = {
  slug: 'cookie-options',
  title: 'Cookie options',
  summary: 'Expires and Max-Age, Domain, Path, HttpOnly, Secure, SameSite, prefixes and size limits — each one tried out.',
  status: 'ready',
  youWillLearn: [
    'how long a cookie lives: Expires, Max-Age, and "session" cookies',
    'where it is sent: Domain and Path',
    'who may read it and when it travels: HttpOnly, Secure, SameSite, and the `__Host-` / `__Secure-` prefixes',
    'what a browser does with a broken `Set-Cookie` header',
    'your own browser\'s cookie size limit, measured live, and why a page cannot safely measure the count',
  ],
  steps: [
    {
      id: 'lifetime',
      title: 'Expires and Max-Age',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'Options are attributes after the first `;` of a `Set-Cookie` header: `Set-Cookie: theme=dark; Max-Age=3600; Path=/`. They tell the browser how to keep and send the cookie; the browser never sends them back — `Cookie` carries only `name=value`.',
        },
        {
          kind: 'p',
          text: 'Without `Expires` or `Max-Age` a cookie is a **session cookie**: it lasts until the browser closes. `Max-Age=3600` keeps it an hour; `Expires=Wed, 21 Oct 2026 07:28:00 GMT` until that date. When both are present, **Max-Age wins**. `Max-Age=0` (or an Expires in the past) deletes the cookie. Browsers cap every lifetime at 400 days.',
        },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Each button makes a pretend site send the header shown in the log, then sends requests so you can see what travels. The first one sets a cookie that lives ten seconds: watch its row count down in the jar and vanish.',
        },
        { kind: 'demo', demo: 'cookie-lifetime-lab' },
        {
          kind: 'callout',
          variant: 'pitfall',
          title: 'Session cookies can outlive the session',
          text: 'Browsers that restore your tabs on start-up ("Continue where you left off") restore session cookies too. Never rely on a session cookie vanishing; give anything sensitive a Max-Age and an expiry on the server.',
        },
        {
          kind: 'p',
          text: 'The real **Cookies** panel works the same way: save a cookie there with Max-Age `10` and it disappears about ten seconds later.',
        },
      ],
    },
    {
      id: 'scope',
      title: 'Domain: which hosts get it',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'A cookie without `Domain` is **host-only**: it goes back only to the exact host that set it. `Domain=rithmschool.com` widens it to that domain and every subdomain — `www.`, `shop.`, anything. There is no way to narrow it: adding Domain only ever shares a cookie more widely.',
        },
        {
          kind: 'p',
          text: 'A site may only name its own host or a parent of it. It cannot set cookies for an unrelated domain, for a sibling, or for a **public suffix** such as `com`, `co.uk` or `github.io` — domains shared by unrelated owners. Browsers know those from the Public Suffix List (publicsuffix.org); so does this pretend browser (tough-cookie ships the whole list, which is why it is only downloaded when you first press a button).',
        },
        { kind: 'demo', demo: 'cookie-domain-lab' },
        {
          kind: 'callout',
          variant: 'note',
          text: 'Ports do not matter to cookies: a cookie set by `localhost:5000` is also sent to `localhost:3000`. Schemes only matter through `Secure`.',
        },
      ],
    },
    {
      id: 'path',
      title: 'Path: which URLs get it',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: '`Path=/docs` sends the cookie to `/docs`, `/docs/` and `/docs/web`, but not to `/docsets` or `/`: paths match whole segments. Without `Path` the default is the **directory** of the URL that set it — set from `/docs/set`, a cookie gets `Path=/docs` — a classic surprise. To delete a cookie you must name the same Path (and Domain) it was set with.',
        },
        { kind: 'demo', demo: 'cookie-path-lab' },
        {
          kind: 'callout',
          variant: 'pitfall',
          title: 'Path is not a security boundary',
          text: 'A page at `/a` cannot read a `Path=/b` cookie through `document.cookie`, but it can open `/b` in an iframe and read it there. Use separate hosts, not paths, to keep apps apart. This course writes its own cookies with `Path` set to its base path for tidiness, not for safety.',
        },
      ],
    },
    {
      id: 'security',
      title: 'HttpOnly and Secure',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'list',
          items: [
            '`HttpOnly`: the cookie is sent to the server as usual, but page JavaScript cannot see it in `document.cookie`, nor overwrite it. A script injected by an attacker (XSS) cannot steal an HttpOnly session cookie. Only a server\'s `Set-Cookie` can set it.',
            '`Secure`: the cookie only travels over `https:`, never over plain `http:` where anyone on the network could read it; and only an `https:` response may set it. `http://localhost` counts as secure, so local development works.',
          ],
        },
        { kind: 'demo', demo: 'cookie-security-lab' },
        {
          kind: 'p',
          text: 'The real **Cookies** panel beside this text is `document.cookie`: it could never show an HttpOnly cookie. The pretend jar above is what DevTools → Application → Cookies shows, with a ✓ in the HttpOnly column.',
        },
      ],
    },
    {
      id: 'same-site',
      title: 'SameSite: requests from other sites',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: '`SameSite` decides whether a cookie goes along on a request that **another site** started: a link on `ads.example` pointing to `www.rithmschool.com`, or an image or form on it. `www.` and `shop.rithmschool.com` are the same site; `ads.example` is not.',
        },
        {
          kind: 'table',
          caption: 'Which cookies a request from another site carries',
          head: ['Request from another site', 'Strict', 'Lax (the default in Chrome)', 'None (needs Secure)'],
          rows: [
            ['typed in the address bar, or from the same site', 'sent', 'sent', 'sent'],
            ['a link (top-level GET navigation)', 'not sent', 'sent', 'sent'],
            ['an image, a fetch, an iframe, a POST form', 'not sent', 'not sent', 'sent'],
          ],
        },
        { kind: 'demo', demo: 'cookie-same-site-lab' },
        {
          kind: 'callout',
          variant: 'note',
          title: 'A cookie without SameSite',
          text: 'Chrome treats it as `Lax`; Firefox and Safari still send it cross-site. The pretend browser follows the standard and notes in the log when Chrome would differ.',
        },
      ],
    },
    {
      id: 'prefixes',
      title: 'Cookie prefixes',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'A server reading `Cookie: session=…` cannot tell how that cookie was set: by itself over https, or by a sibling subdomain, or over plain http by someone on the network. Name prefixes let it know, because the browser refuses any cookie that breaks their promise:',
        },
        {
          kind: 'list',
          items: [
            '`__Secure-`: the cookie was set with `Secure`, from an https page.',
            '`__Host-`: `Secure`, `Path=/`, and **no** `Domain`: it belongs to this exact host and no subdomain could have planted it.',
          ],
        },
        { kind: 'demo', demo: 'cookie-prefix-lab' },
      ],
    },
    {
      id: 'your-own-header',
      title: 'Your own Set-Cookie header',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'Browsers are forgiving and strict in odd places: an attribute they cannot read is ignored but the cookie is kept; a bad name, an oversized value or a forbidden Domain drops the whole cookie, silently. Type any header and choose which site sends it; the log says what the browser did and why.',
        },
        { kind: 'demo', demo: 'set-cookie-playground' },
        {
          kind: 'callout',
          variant: 'pitfall',
          title: 'Never build the header by hand',
          text: 'Pasting user input into `Set-Cookie` lets a `;` start new attributes. Use your framework (`resp.set_cookie` in Flask) or the `cookie` package, which encode values for you.',
        },
      ],
    },
    {
      id: 'limits',
      title: 'Limits, measured in your browser',
      panels: ['cookies'],
      blocks: [
        // Per-site count: Chromium kDomainMaxCookies = 180, purging 30 (down to 150), in
        // https://source.chromium.org/chromium/chromium/src/+/main:net/cookies/cookie_monster.h ; Firefox
        // network.cookie.maxPerHost 180, quotaPerHost 150, in
        // https://searchfox.org/mozilla-central/source/modules/libpref/init/all.js . Both count every cookie
        // of the site, HttpOnly ones and other paths' included. Size: RFC 6265bis §5.6
        // (https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.6).
        {
          kind: 'p',
          text: 'Every browser drops a cookie whose name and value together exceed **4096 bytes**, and an attribute over 1024 bytes. Each also caps how many cookies a site may keep: Chromium and Firefox keep 180, then delete the least recently used down to 150 — counting cookies the page cannot see, such as HttpOnly ones and those of other paths. None of this raises an error: an oversized cookie is simply not stored, and an evicted one simply vanishes.',
        },
        {
          kind: 'p',
          text: 'This measurement is not simulated: it writes real test cookies into your browser and reads `document.cookie` to see which ones stuck, searching for the largest size with one test cookie at a time. Then it adds at most 20 more, one by one, and stops there on purpose: filling the jar to find the count limit could evict cookies that are not ours, and a page cannot see them all to check. It deletes every test cookie afterwards.',
        },
        { kind: 'demo', demo: 'cookie-limit-probe' },
        {
          kind: 'callout',
          variant: 'note',
          title: 'Limits you can feel',
          text: 'All cookies for a site travel on every request. Servers reject request headers over about 8–16 KB (nginx: 8 KB per header line by default), so a few large cookies can make a site answer every request with 400 Bad Request.',
        },
        {
          kind: 'quiz',
          id: "cookie-options/max-age-wins",
          question: "A response sets `Set-Cookie: a=1; Expires=<a year from now>; Max-Age=10`. When does the cookie go away?",
          options: ["After 10 seconds: Max-Age wins over Expires", "In a year: Expires is checked first", "At once: the two attributes contradict each other"],
          answer: "After 10 seconds: Max-Age wins over Expires",
          explanation: "RFC 6265 says Max-Age takes precedence when both are present; Expires is the older attribute kept for old browsers.",
          verify: "In the Cookies panel, save a cookie with Max-Age 10 and an Expires date next year, then watch it disappear.",
        },
        {
          kind: 'quiz',
          id: "cookie-options/httponly",
          question: "A cookie is set with `HttpOnly`. Who can read it?",
          options: ["The server, in each request’s Cookie header — page JavaScript cannot", "Page JavaScript only, through document.cookie", "Nobody until the user logs in again"],
          answer: "The server, in each request’s Cookie header — page JavaScript cannot",
          explanation: "HttpOnly hides a cookie from document.cookie (and so from injected scripts); the browser still sends it with every matching request.",
          verify: "In [the HttpOnly lab](/lessons/cookie-options/security), compare the pretend jar with the pretend document.cookie.",
        },
      ],
    },
  ],
  recap: [
    'Lifetime: session by default; Max-Age beats Expires; Max-Age=0 deletes; 400 days at most.',
    'Scope: host-only unless Domain, which only widens; Path defaults to the setting URL\'s directory; deleting needs the same Domain and Path.',
    'Security: HttpOnly hides from scripts, Secure keeps off plain http, SameSite limits cross-site sending, `__Host-` pins a cookie to its host.',
    'A bad header never errors: the browser ignores an attribute or the whole cookie, silently. Name + value stays under 4096 bytes.',
  ],
} satisfies Lesson;
