import type { Lesson } from '../types.ts';

export const sessionCookies = {
  slug: 'session-cookies',
  title: '"Session" vs "session cookie"',
  summary: 'Two different things share one word: a server-side notion of a visit, and a cookie without an expiry.',
  status: 'outline',
  youWillLearn: [
    'what a "session cookie" is (a cookie that dies with the browser)',
    'what a "session" is (state that follows a user across requests)',
    'why Flask\'s session cookie is, by default, also a session cookie',
  ],
  steps: [
    {
      id: 'two-meanings',
      title: 'Two meanings of one word',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'list',
          items: [
            'A **session cookie** is any cookie with no `Expires` or `Max-Age`: the browser drops it when it closes. DevTools shows "Session" in its Expires column.',
            'A **session** is the idea of state that follows one user across requests — stored in a signed cookie (Flask\'s default) or on the server.',
          ],
        },
        {
          kind: 'p',
          text: 'Flask\'s `session` cookie has no Expires by default, so it is also a session cookie. Set `session.permanent = True` and Flask adds an Expires date (31 days by default, `PERMANENT_SESSION_LIFETIME`).',
        },
        {
          kind: 'callout',
          variant: 'coming-next',
          title: 'Being built',
          text: 'Both kinds shown live in a pretend browser\'s cookie jar, and a simulated browser restart that drops one and keeps the other.',
        },
      ],
    },
  ],
  recap: [
    'Session cookie = no expiry, gone when the browser closes.',
    'Session = per-user state across requests, however it is stored.',
  ],
} satisfies Lesson;
