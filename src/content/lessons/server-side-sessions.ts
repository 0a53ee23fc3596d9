import type { Lesson } from '../types.ts';

export const serverSideSessions = {
  slug: 'server-side-sessions',
  title: 'Server-side sessions',
  summary: 'The cookie carries only a random id; the data stays on the server.',
  status: 'outline',
  youWillLearn: [
    'how a session id cookie points at a row in a server-side store',
    'why the id must be long and random, and rotated at login',
    'when data belongs on the server rather than in a cookie',
  ],
  steps: [
    {
      id: 'an-id-and-a-store',
      title: 'An id and a store',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'Extensions like Flask-Session keep the session dictionary in a server store (Redis, a database, files) and send the browser only a random **session id**. The user can see the id but learns nothing from it, and the server can hold as much data as it likes.',
        },
        {
          kind: 'list',
          items: [
            'The id must be unguessable: at least 128 random bits.',
            'Logging in should issue a fresh id, so an attacker who planted an id beforehand (session fixation) is locked out.',
            'Logging out deletes the row: the cookie becomes a key to nothing.',
          ],
        },
        {
          kind: 'callout',
          variant: 'coming-next',
          title: 'Being built',
          text: 'A pretend server with a session table beside the cookie jar: log in, watch the id rotate; log out, watch the row disappear.',
        },
      ],
    },
  ],
  recap: [
    'Server-side sessions keep data on the server and only an id in the cookie.',
    'Ids are random, rotated at login and deleted at logout.',
  ],
} satisfies Lesson;
