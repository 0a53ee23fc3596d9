import type { Lesson } from '../types.ts';

export const whichToUse = {
  slug: 'which-to-use',
  title: 'Which should I use?',
  summary: 'Generally, sessions — and when each of the other strategies fits better.',
  status: 'outline',
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
          variant: 'pitfall',
          text: 'Never store auth tokens in localStorage: any script on the page can read them.',
        },
        {
          kind: 'callout',
          variant: 'coming-next',
          title: 'Being built',
          text: 'Checks of understanding: scenarios you answer and then verify with the live panels, counted in your progress.',
        },
      ],
    },
  ],
  recap: ['Generally, sessions; the URL for shareable state; web storage for per-browser or per-tab UI state.'],
} satisfies Lesson;
