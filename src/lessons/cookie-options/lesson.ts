import type { Lesson } from '../../content/types.ts';

export const cookieOptions = {
  slug: 'cookie-options',
  title: 'Cookie options',
  summary: 'Expires and Max-Age, Domain, Path, HttpOnly, Secure, SameSite, prefixes and size limits — each one tried out.',
  status: 'ready',
  youWillLearn: [
    'how long a cookie lives: Expires, Max-Age, and "session" cookies',
    'where it is sent: Domain and Path',
    'who may read it and when it travels: HttpOnly, Secure, SameSite (and what each browser does with cookies from other sites), and the cookie name prefixes',
    'what a browser does with a broken `Set-Cookie` header',
    'your own browser\'s cookie size limit, measured live, and what a full cookie jar does (in a pretend jar)',
  ],
  steps: [
    {
      id: 'lifetime',
      title: 'Expires and Max-Age',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          // Attributes are never sent back: the Cookie header holds only name=value, RFC 6265 §4.2.1 (https://www.rfc-editor.org/rfc/rfc6265#section-4.2.1)
          text: 'Options are attributes after the first `;` of a `Set-Cookie` header: `Set-Cookie: theme=dark; Max-Age=3600; Path=/`. They tell the browser how to keep and send the cookie; the browser never sends them back — `Cookie` carries only `name=value`.',
        },
        {
          kind: 'p',
          // Max-Age wins over Expires: RFC 6265 §5.3 step 3 (https://www.rfc-editor.org/rfc/rfc6265#section-5.3);
          // the 400-day cap: RFC 6265bis §5.6.1/§5.6.2 (https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis),
          // Chrome since 104 (https://developer.chrome.com/blog/cookie-max-age-expires), MDN: https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#max-agenumber
          text: 'Without `Expires` or `Max-Age` a cookie is a **session cookie**: it lasts until the browser closes. `Max-Age=3600` keeps it an hour; `Expires=Mon, 21 Oct 2030 07:28:00 GMT` until that date. When both are present, **Max-Age wins**. `Max-Age=0` (or an Expires in the past) deletes the cookie. The current cookie standard caps every lifetime at 400 days, and Chrome enforces it.',
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
          // Session restore keeps session cookies: https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Cookies#removal_defining_the_lifetime_of_a_cookie
          title: 'Session cookies can outlive the session',
          text: 'Browsers that restore your tabs on start-up ("Continue where you left off") restore session cookies too. Never rely on a session cookie vanishing; give anything sensitive a Max-Age and an expiry on the server.',
        },
        {
          kind: 'p',
          text: 'The real **Cookies** panel works the same way: save a cookie there with Max-Age `10` and it disappears about ten seconds later.',
        },
        {
          kind: 'quiz',
          id: "cookie-options/max-age-wins",
          question: "A response sets `Set-Cookie: a=1; Expires=<a year from now>; Max-Age=10`. When does the cookie go away?",
          options: ["In a year: Expires is read first", "At once: the two contradict", "After 10 seconds: Max-Age wins"],
          answer: "After 10 seconds: Max-Age wins",
          explanation: "RFC 6265 says Max-Age takes precedence when both are present; Expires is the older attribute kept for old browsers.",
          whyWrong: {
            "In a year: Expires is read first": "Order in the header does not matter: when both are present the browser uses Max-Age.",
            "At once: the two contradict": "Nothing is refused: the standard settles the conflict in favour of Max-Age.",
          },
          verify: "Press **Send Max-Age=20 and Expires tomorrow together** above and read the jar's expiry; or save a cookie with Max-Age 10 and an Expires next year in the Cookies panel.",
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
          // Domain: RFC 6265 §5.2.3 and §5.3 steps 5-6 (https://www.rfc-editor.org/rfc/rfc6265#section-5.3); public suffixes: https://publicsuffix.org/
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
          // Cookies ignore ports: RFC 6265 §8.5 "Weak Confidentiality" (https://www.rfc-editor.org/rfc/rfc6265#section-8.5).
          text: 'Ports do not matter to cookies: a cookie set by `localhost:5000` is also sent to `localhost:3000`. Schemes only matter through `Secure`.',
        },
        {
          kind: 'quiz',
          id: 'cookie-options/domain-widens',
          question: '`shop.rithmschool.com` sends `Set-Cookie: region=eu; Domain=rithmschool.com`. Which hosts get `region` back?',
          options: ['only `shop.rithmschool.com`', 'every host of `rithmschool.com`', 'none: a host cannot name its parent'],
          answer: 'every host of `rithmschool.com`',
          explanation: 'Domain widens a cookie to the named domain and all its subdomains — `www.`, `shop.`, and `rithmschool.com` itself. A host may name itself or any parent that is not a public suffix.',
          whyWrong: {
            'only `shop.rithmschool.com`': 'That is what no Domain attribute gives (host-only). Naming a Domain shares the cookie more widely.',
            'none: a host cannot name its parent': 'A parent is allowed; only unrelated domains, siblings and public suffixes such as `com` are refused.',
          },
          verify: 'Press **Set region=eu with Domain=rithmschool.com** above: both the `www.` and the `shop.` requests carry it.',
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
          // Path matching and the default path: RFC 6265 §5.1.4 (https://www.rfc-editor.org/rfc/rfc6265#section-5.1.4)
          text: '`Path=/docs` sends the cookie to `/docs`, `/docs/` and `/docs/web`, but not to `/docsets` or `/`: paths match whole segments. Without `Path` the default is the **directory** of the URL that set it — set from `/docs/set`, a cookie gets `Path=/docs` — a classic surprise. To delete a cookie you must name the same Path (and Domain) it was set with.',
        },
        { kind: 'demo', demo: 'cookie-path-lab' },
        {
          kind: 'callout',
          variant: 'pitfall',
          title: 'Path is not a security boundary',
          // RFC 6265 §8.6 "Weak Integrity" / §5.1.4 path-match; MDN: https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Cookies#path_attribute
          text: 'A page at `/a` cannot read a `Path=/b` cookie through `document.cookie`, but it can open `/b` in an iframe and read it there. Use separate hosts, not paths, to keep apps apart. This course writes its own cookies with `Path` set to its base path for tidiness, not for safety.',
        },
        {
          kind: 'quiz',
          id: 'cookie-options/path-admin',
          question: 'A response to `/admin/login` sets `Set-Cookie: sid=9; Path=/admin`. The browser then requests `/` and `/admin/users`. Which carry `sid`?',
          options: ['both: Path is only a hint', 'only `/`', 'only `/admin/users`'],
          answer: 'only `/admin/users`',
          explanation: 'A cookie goes to its Path and the paths below it, matched segment by segment. `/` is above `/admin`, so it gets nothing.',
          whyWrong: {
            'both: Path is only a hint': 'Browsers enforce Path on every request; it is only weak **inside** the page (an iframe at `/admin` can read the cookie).',
            'only `/`': 'It is the other way round: `/` is outside `/admin`, while `/admin/users` is inside it.',
          },
          verify: 'Press **Set docs_theme=dark with Path=/docs, then visit four paths** above: `/docs/web` gets it, `/` does not.',
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
            // HttpOnly: https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#httponly
            '`HttpOnly`: the cookie is sent to the server as usual, but page JavaScript cannot see it in `document.cookie`, nor overwrite it. A script injected by an attacker (XSS) cannot steal an HttpOnly session cookie. Only a server\'s `Set-Cookie` can set it.',
            // Secure and localhost: Chromium (since 89) and Firefox (since 75) let http://localhost set and receive Secure
            // cookies; Safari does not. MDN: https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#secure
            // and https://developer.mozilla.org/en-US/docs/Web/Security/Secure_Contexts#potentially_trustworthy_origins
            // Browsers disagree on localhost (Safari the odd one out): https://github.com/httpwg/http-extensions/issues/2605
            '`Secure`: the cookie only travels over `https:`, never over plain `http:` where anyone on the network could read it; and only an `https:` response may set it. Chromium and Firefox make one exception, `http://localhost`, so local development works there; **Safari does not**: on `http://localhost` in Safari a Secure cookie is refused (Flask\'s `SESSION_COOKIE_SECURE = True` logs nobody in).',
          ],
        },
        { kind: 'demo', demo: 'cookie-security-lab' },
        {
          kind: 'p',
          text: 'The real **Cookies** panel beside this text is `document.cookie`: it could never show an HttpOnly cookie. The pretend jar above is what DevTools → Application → Cookies shows, with a ✓ in the HttpOnly column.',
        },
        {
          kind: 'quiz',
          id: "cookie-options/httponly",
          question: "An attacker's script runs on your page (XSS) and reads `document.cookie`. The session cookie was set with `HttpOnly`. What does the script get?",
          options: ["the session cookie, like any other", "the other cookies, without the session", "nothing: HttpOnly hides every cookie"],
          answer: "the other cookies, without the session",
          explanation: "HttpOnly hides that one cookie from `document.cookie` (and so from injected scripts); the browser still sends it with every matching request. Cookies without HttpOnly stay visible.",
          whyWrong: {
            "the session cookie, like any other": "That is exactly what HttpOnly prevents: page JavaScript never sees an HttpOnly cookie.",
            "nothing: HttpOnly hides every cookie": "HttpOnly is set per cookie; the others, without it, are still in `document.cookie`.",
          },
          verify: "Press **Set session_id with HttpOnly and theme without** above and compare the pretend jar with the pretend `document.cookie`.",
        },
        {
          kind: 'quiz',
          id: 'cookie-options/secure-http',
          question: 'A cookie was set with `Secure` on `https://www.rithmschool.com`. You open `http://www.rithmschool.com/` (no s). Is the cookie sent?',
          options: ['No: Secure cookies only go over https', 'Yes: same host, so it goes along', 'Yes, but its value is encrypted'],
          answer: 'No: Secure cookies only go over https',
          explanation: 'Plain http can be read by anyone on the network, so the browser keeps a Secure cookie off it entirely.',
          whyWrong: {
            'Yes: same host, so it goes along': 'The host matches, but Secure adds a second rule: https only.',
            'Yes, but its value is encrypted': 'Cookies are never encrypted by the browser; Secure works by not sending the cookie at all.',
          },
          verify: 'Press **Set token with Secure, then visit over http: and https:** above: the http request has no `Cookie` header.',
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
          // Site = scheme + registrable domain: https://developer.mozilla.org/en-US/docs/Glossary/Site ; SameSite:
          // RFC 6265bis §5.6.7 (https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#name-the-samesite-attribute-2),
          // MDN https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#samesitesamesite-value
          text: '`SameSite` decides whether a cookie goes along on a request that **another site** started. `www.` and `shop.rithmschool.com` are the same site; `ads.example` is not. Two kinds of cross-site request matter:',
        },
        {
          kind: 'list',
          items: [
            'A **top-level navigation** changes what the address bar shows: following a link, or submitting a form, from `ads.example` to `www.rithmschool.com`.',
            'An **embedded request** happens inside a page that stays on `ads.example`: an image, a `fetch`, an iframe. A cookie sent there is a **third-party cookie**.',
          ],
        },
        {
          kind: 'p',
          // CSRF: https://developer.mozilla.org/en-US/docs/Web/Security/Attacks/CSRF
          text: 'Why it matters: **CSRF** (cross-site request forgery) is another site making your browser send a request — say, a hidden form that POSTs "transfer money" — to a site where you are logged in. If your session cookie goes along, the request looks like yours.',
        },
        {
          kind: 'table',
          caption: 'Does a request from another site carry the cookie? (browsers in 2026)',
          // Chrome: no SameSite = Lax, but cookies younger than 2 minutes still go on top-level cross-site POSTs ("Lax+POST"):
          // https://www.chromium.org/updates/same-site/faq/ . Firefox and Safari do not default to Lax (MDN Set-Cookie
          // compatibility table). Third-party cookies: Safari blocks them all (https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/),
          // Firefox partitions them per top-level site by default, Total Cookie Protection
          // (https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/State_Partitioning), Chrome allows them
          // except in Incognito (https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/Third-party_cookies ;
          // https://support.google.com/chrome/answer/95647).
          head: ['Request from another site', 'Strict', 'Lax', 'None; Secure', 'no SameSite'],
          rows: [
            ['a link (top-level GET)', 'not sent', 'sent', 'sent', 'sent'],
            ['a POST form (top-level)', 'not sent', 'not sent', 'sent', 'Firefox, Safari: **sent** (CSRF risk). Chrome: treated as Lax — sent only in the first 2 minutes after the cookie was set'],
            ['an image, fetch or iframe (embedded)', 'not sent', 'not sent', 'Chrome: sent (not in Incognito). Firefox: not sent — a separate jar per site. Safari: blocked', 'Chrome: not sent (Lax). Firefox: separate jar. Safari: blocked'],
          ],
        },
        {
          kind: 'callout',
          variant: 'pitfall',
          title: 'What this means for a Flask app',
          // Flask's default SESSION_COOKIE_SAMESITE is None (no attribute): https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_SAMESITE
          text: 'Flask\'s session cookie has **no SameSite** by default. In Firefox and Safari it therefore goes along on a POST form another site submits, so a form on `evil.example` can act as your logged-in user. Set `SESSION_COOKIE_SAMESITE = "Lax"` (and still use CSRF tokens, e.g. Flask-WTF, for forms that change things).',
        },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Pick a browser, a SameSite value and a request in the lab below and press **Send the request from evil.example**: it shows whether that browser would send the cookie, and why. Then use the pretend browser underneath for links and images.',
        },
        { kind: 'demo', demo: 'same-site-policy-lab' },
        { kind: 'demo', demo: 'cookie-same-site-lab' },
        {
          kind: 'callout',
          variant: 'note',
          title: 'The pretend browser follows the standard',
          text: 'The pretend browser underneath implements SameSite as the standard writes it, with no browser\'s third-party blocking; its log notes where Chrome would differ. The lab above is the per-browser summary of the table.',
        },
        {
          kind: 'quiz',
          id: 'cookie-options/same-site-post',
          question: 'Your Flask app\'s session cookie has no SameSite (Flask\'s default). A page on `evil.example` auto-submits a POST form to your `/transfer`. Which browsers send the session cookie?',
          options: ['none: browsers block cross-site POSTs', 'only Chrome, which allows everything', 'Firefox and Safari (Chrome: only briefly)'],
          answer: 'Firefox and Safari (Chrome: only briefly)',
          explanation: 'Without SameSite, Firefox and Safari send the cookie on a top-level cross-site POST. Chrome treats it as Lax, except in the first two minutes after the cookie was set. `SESSION_COOKIE_SAMESITE = "Lax"` closes it everywhere.',
          whyWrong: {
            'none: browsers block cross-site POSTs': 'Browsers send the form; only SameSite decides whether the cookie goes with it, and Flask sets none.',
            'only Chrome, which allows everything': 'It is the reverse: Chrome treats a missing SameSite as Lax, while Firefox and Safari do not.',
          },
          verify: 'In the lab above choose **no SameSite** and a POST form, then switch between the three browsers.',
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
          // __Secure- and __Host-: RFC 6265bis §4.1.3.1–4.1.3.2; __Http- and __Host-Http-: §4.1.3.3–4.1.3.4 of the same draft
          // (https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#name-cookie-name-prefixes), MDN
          // https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#cookie_prefixes
          items: [
            '`__Secure-`: the cookie was set with `Secure`, from an https page.',
            '`__Host-`: `Secure`, `Path=/`, and **no** `Domain`: it belongs to this exact host and no subdomain could have planted it.',
            '`__Http-` and `__Host-Http-` (newer, in the current cookie draft; check browser support on MDN): like the two above, plus `HttpOnly` — the cookie came from a server\'s `Set-Cookie`, so no page script can have set it.',
          ],
        },
        { kind: 'demo', demo: 'cookie-prefix-lab' },
        {
          kind: 'quiz',
          id: 'cookie-options/host-prefix',
          question: '`shop.rithmschool.com` sends `Set-Cookie: __Host-sid=1; Secure; Path=/; Domain=rithmschool.com`. What does the browser do?',
          options: ['refuses it: `__Host-` forbids Domain', 'stores it for every host of the site', 'stores it, but drops the Domain'],
          answer: 'refuses it: `__Host-` forbids Domain',
          explanation: 'A `__Host-` cookie must have Secure, `Path=/` and no Domain. Any broken promise makes the browser reject the whole cookie, silently.',
          whyWrong: {
            'stores it for every host of the site': 'That is what Domain would do without the prefix; the prefix exists to make such a cookie impossible.',
            'stores it, but drops the Domain': 'Browsers do not repair a prefixed cookie: they refuse it whole.',
          },
          verify: 'Press **Try __Host-sid with a Domain, then with Path=/docs** above: the log says both were refused, and why.',
        },
      ],
    },
    {
      id: 'your-own-header',
      title: 'Your own Set-Cookie header',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          // Parsing: unknown attributes ignored, RFC 6265 §5.2 (https://www.rfc-editor.org/rfc/rfc6265#section-5.2); cookies refused whole: RFC 6265bis §5.7 (https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis)
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
          text: 'This measurement is not simulated: it writes real test cookies into your browser and reads `document.cookie` to see which ones stuck, searching for the largest size with one test cookie at a time. Then it adds at most 20 more, one by one, and stops there on purpose: filling the jar to find the count limit could evict cookies that are not ours, and a page cannot see them all to check. It deletes every test cookie afterwards; the pretend jar below shows what happens past the limit.',
        },
        { kind: 'demo', demo: 'cookie-limit-probe' },
        { kind: 'demo', demo: 'full-jar' },
        {
          kind: 'callout',
          variant: 'note',
          title: 'Limits you can feel',
          text: 'All cookies for a site travel on every request. Servers reject request headers over about 8–16 KB (nginx: 8 KB per header line by default), so a few large cookies can make a site answer every request with 400 Bad Request.',
        },
        {
          kind: 'quiz',
          id: 'cookie-options/too-big',
          question: 'A Flask view calls `resp.set_cookie("notes", text)` with 5,000 bytes of text. What happens in the browser?',
          options: ['`document.cookie` throws an error', 'it keeps the first 4096 bytes', 'nothing is stored, and nothing says so'],
          answer: 'nothing is stored, and nothing says so',
          // Werkzeug warns past max_size=4093 bytes: dump_cookie in src/werkzeug/http.py (https://github.com/pallets/werkzeug/blob/main/src/werkzeug/http.py)
          explanation: 'A cookie over 4096 bytes (name and value together) is dropped whole and silently. Flask\'s Werkzeug only logs a warning on the server side.',
          whyWrong: {
            '`document.cookie` throws an error': 'Cookies never raise errors in the page: the browser just does not store an oversized one.',
            'it keeps the first 4096 bytes': 'Browsers never cut a cookie short; a truncated value would be worse than none.',
          },
          verify: 'Run the measurement above: the largest size your browser kept is just under 4096 bytes, and the next size was not stored.',
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
