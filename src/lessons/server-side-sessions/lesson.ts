import type { Lesson } from '../../content/types.ts';

export const serverSideSessions = {
  slug: 'server-side-sessions',
  title: 'Server-side sessions',
  summary: 'The cookie carries only a random id; the data stays on the server.',
  status: 'ready',
  youWillLearn: [
    'how a session id cookie points at a row in a server-side store',
    'why the id must be long and random, and rotated at login (session fixation)',
    'when data belongs on the server rather than in a cookie',
  ],
  steps: [
    {
      id: 'an-id-and-a-store',
      title: 'An id and a store',
      panels: ['cookies'],
      highlight: { cookies: ['stl_sid'] },
      blocks: [
        {
          kind: 'p',
          text: 'Extensions like Flask-Session keep the session dictionary in a server store (Redis, a database, files) and send the browser only a random **session id**. The user can see the id but learns nothing from it, and the server can hold as much data as it likes.',
        },
        {
          kind: 'code',
          language: 'python',
          code: `from flask_session import Session

app.config["SESSION_TYPE"] = "redis"   # or "filesystem", "sqlalchemy", …
Session(app)
# session["cart"] = [...] now writes to Redis; the cookie holds only the id`,
        },
        {
          kind: 'p',
          text: 'Below, a pretend server keeps its session table in this page\'s memory. Its `stl_sid` cookie is real: compare what the Cookies panel shows (just an id) with what the server knows.',
        },
        { kind: 'demo', demo: 'server-side-session' },
        {
          kind: 'list',
          items: [
            'The id is 32 bytes from `crypto.getRandomValues` (256 bits; at least 128 are needed), so nobody can guess someone else\'s.',
            '**Log out** deletes the row: the cookie becomes a key to nothing, even if someone copied it. (Flask\'s signed cookie cannot be revoked like that: a copy stays valid until it expires.)',
            'Reload the page and the pretend server forgets everything — a server restart with in-memory sessions. Your `stl_sid` cookie survives and now points at nothing.',
          ],
        },
      ],
    },
    {
      id: 'rotate-at-login',
      title: 'A new id at login',
      panels: ['cookies'],
      highlight: { cookies: ['stl_sid'] },
      blocks: [
        {
          kind: 'p',
          text: '**Session fixation**: an attacker gets a valid id from the site, then plants it in your browser (a crafted link, a cookie set from a sibling subdomain, a shared computer). You log in. If the server keeps the same id, the attacker\'s copy is now logged in as you.',
        },
        { kind: 'demo', demo: 'session-fixation' },
        {
          kind: 'p',
          text: 'The defence is one line in the login view: issue a fresh id and delete the old row. Untick the box to see the attack work, tick it to see it fail.',
        },
      ],
    },
    {
      id: 'when-to-use',
      title: 'When the data belongs on the server',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'table',
          caption: 'Signed cookie or server-side session?',
          head: ['Question', 'Signed cookie (Flask default)', 'Server-side session'],
          rows: [
            ['The user can read the data', 'yes (base64)', 'no, only an id'],
            ['Size', 'about 4 KB, sent with every request', 'as much as the store holds'],
            ['Revoke one session (log out everywhere)', 'no: a copy verifies until it expires', 'yes: delete the row'],
            ['Server state to run', 'none', 'a store shared by every server'],
          ],
        },
        {
          kind: 'p',
          text: 'Lots of data, data the user must not read, or sessions you must be able to revoke belong on the server. Small, harmless, typed state is fine in Flask\'s signed cookie. The [which to use](/lessons/which-to-use) lesson puts every mechanism of this course side by side.',
        },
        {
          kind: 'quiz',
          id: "server-side-sessions/rotate",
          question: "Why should a server issue a new session id when someone logs in?",
          options: ["So an id an attacker planted before login (session fixation) stops working", "Because session ids expire every time a form is submitted", "To make the cookie smaller"],
          answer: "So an id an attacker planted before login (session fixation) stops working",
          explanation: "If the id stayed the same, whoever knew it before login would be logged in too. A fresh random id after login locks them out.",
          verify: "Try the attack with the defence on and off in [the fixation demo](/lessons/server-side-sessions/rotate-at-login).",
        },
      ],
    },
  ],
  recap: [
    'Server-side sessions keep data on the server and only a random id in the cookie.',
    'Ids are long and random, rotated at login (against session fixation) and deleted at logout.',
    'Put big, private or revocable session data on the server; small harmless state can live in a signed cookie.',
  ],
} satisfies Lesson;
