import type { Lesson } from '../types.ts';

export const cookieOptions = {
  slug: 'cookie-options',
  title: 'Cookie options',
  summary: 'Expires and Max-Age, Domain, Path, HttpOnly, Secure, SameSite, prefixes and size limits.',
  status: 'outline',
  youWillLearn: [
    'how long a cookie lives: Expires, Max-Age, and "session" cookies',
    'where it is sent: Domain and Path',
    'who may read it and when it travels: HttpOnly, Secure, SameSite',
    'the browser\'s limits on cookie size and count',
  ],
  steps: [
    {
      id: 'lifetime',
      title: 'Expires and Max-Age',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'Without `Expires` or `Max-Age` a cookie is a **session cookie**: it lasts until the browser closes. `Max-Age=3600` keeps it an hour; `Expires=<date>` until that date. When both are present, Max-Age wins. `Max-Age=0` deletes the cookie. Browsers cap lifetimes at 400 days.',
        },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'In the Cookies panel, save a cookie with Max-Age 10 and watch it disappear about ten seconds later.',
        },
      ],
    },
    {
      id: 'scope',
      title: 'Domain and Path',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'A cookie without `Domain` is **host-only**: sent back only to the exact host that set it. `Domain=rithmschool.com` widens it to every subdomain. A site cannot set cookies for a public suffix (`.com`) or an unrelated domain.',
        },
        {
          kind: 'p',
          text: '`Path=/docs` sends the cookie to `/docs`, `/docs/` and `/docs/web`, but not to `/docsets`. Without `Path` the default is the directory of the URL that set it — a classic surprise. Deleting a cookie needs the same Path.',
        },
      ],
    },
    {
      id: 'security',
      title: 'HttpOnly, Secure, SameSite',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'list',
          items: [
            '`HttpOnly`: sent to the server but invisible to `document.cookie` — scripts (and XSS) cannot read it. Page JavaScript cannot set it.',
            '`Secure`: only sent over https (localhost is treated as secure).',
            '`SameSite=Strict | Lax | None`: whether the cookie goes along on requests from other sites. `Lax` (the default) allows top-level navigations; `None` requires `Secure`.',
            'Prefixes: a `__Host-` cookie must be Secure, Path=/ and host-only; `__Secure-` must be Secure.',
          ],
        },
        {
          kind: 'callout',
          variant: 'coming-next',
          title: 'Being built',
          text: 'Each option demonstrated by sending requests to pretend sites (`www.rithmschool.com`, `shop.rithmschool.com`, a third-party site) through a real RFC 6265 cookie jar, and the 4096-byte and per-domain limits measured live in your own browser.',
        },
      ],
    },
  ],
  recap: [
    'Lifetime: session by default; Max-Age beats Expires; Max-Age=0 deletes.',
    'Scope: host-only unless Domain; Path defaults to the setting URL\'s directory.',
    'Security: HttpOnly hides from scripts, Secure needs https, SameSite limits cross-site sending.',
  ],
} satisfies Lesson;
