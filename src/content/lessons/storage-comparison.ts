import type { Lesson } from '../types.ts';

export const storageComparison = {
  slug: 'storage-comparison',
  title: 'localStorage vs sessionStorage vs cookies',
  summary: 'Lifetime, scope, capacity, and who can read each one — compared in your own browser.',
  status: 'outline',
  youWillLearn: [
    'how long each store keeps data, and who shares it',
    'which one travels to the server',
    'how much each can hold',
  ],
  steps: [
    {
      id: 'side-by-side',
      title: 'Side by side',
      panels: ['localStorage', 'sessionStorage', 'cookies'],
      blocks: [
        {
          kind: 'table',
          caption: 'The three browser stores',
          head: ['', 'localStorage', 'sessionStorage', 'Cookies'],
          rows: [
            ['Lifetime', 'until removed', 'until the tab closes', 'session, or until Expires / Max-Age'],
            ['Shared by', 'every tab of the origin', 'one tab', 'every tab; per domain and path'],
            ['Capacity', '~5–10 MiB per origin', '~5–10 MiB per origin, per tab', '4096 bytes each, ~180 per domain'],
            ['Sent to the server', 'never', 'never', 'with every matching request'],
            ['Readable by JS', 'yes', 'yes', 'yes, unless HttpOnly'],
            ['Set by', 'page JavaScript', 'page JavaScript', 'the server (Set-Cookie) or JavaScript'],
          ],
        },
        {
          kind: 'callout',
          variant: 'coming-next',
          title: 'Being built',
          text: 'Every cell of this table will become an experiment you can run on [the compare page](/compare): reload, open a new tab, close and reopen, restart, send a request, measure the quota.',
        },
      ],
    },
  ],
  recap: [
    'localStorage persists per origin; sessionStorage lives per tab; cookies travel to the server.',
    'Web storage holds megabytes; a cookie holds 4 KB.',
  ],
} satisfies Lesson;
