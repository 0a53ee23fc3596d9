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
      highlight: { cookies: ['session'] },
      blocks: [
        {
          kind: 'p',
          text: 'Extensions like Flask-Session keep the session dictionary in a server store (Redis, a database, files) and send the browser only a random **session id**. The user can see the id but learns nothing from it, and the server can hold as much data as it likes.',
        },
        {
          kind: 'code',
          language: 'python',
          // Session types and SESSION_PERMANENT: https://flask-session.readthedocs.io/en/latest/config.html ;
          // "filesystem" deprecated in 0.7.0 for "cachelib": https://flask-session.readthedocs.io/en/latest/changes.html ;
          // SESSION_PERMANENT = True in src/flask_session/defaults.py (https://github.com/pallets-eco/flask-session).
          code: `from flask_session import Session

app.config["SESSION_TYPE"] = "redis"      # or "cachelib" (files), "sqlalchemy", "mongodb", …
app.config["SESSION_PERMANENT"] = False   # Flask-Session's default is True
Session(app)
# session["cart"] = [...] now writes to Redis; the cookie holds only the id`,
        },
        {
          kind: 'list',
          items: [
            'For files, use `"cachelib"` with a `FileSystemCache`: Flask-Session 0.7 deprecated its old `"filesystem"` type.',
            'Unlike Flask, Flask-Session makes every session **permanent** by default (`SESSION_PERMANENT = True`): its id cookie gets an Expires 31 days ahead. Set it to `False` for a cookie that ends with the browser.',
            'The [hands-on lesson](/lessons/flask-sessions-hands-on/flask-session) runs it on your own computer.',
          ],
        },
        {
          kind: 'p',
          text: 'Below, the course\'s own server does it with a real SQL database: it keeps its sessions in SQLite (sql.js) and shows the table with the `SELECT` that read it. Its `session` cookie holds only a 256-bit random id: compare what your browser holds (just an id) with what the server knows. Under `npm start` the cookie is a real HttpOnly cookie in your browser and the database is a file; on a static host the server, its database and the browser\'s jar run in this page.',
        },
        { kind: 'demo', demo: 'server-side-sql' },
        {
          kind: 'list',
          items: [
            'The id is 32 bytes from `crypto.getRandomValues` (256 bits; at least 128 are needed), so nobody can guess someone else\'s.',
            '**Log out** deletes the row: the cookie becomes a key to nothing, even if someone copied it. (Flask\'s signed cookie cannot be revoked like that: a copy stays valid until it expires.)',
            'Visit `/server-side/` twice: the visit count grows in the table, while the cookie keeps the same id.',
            'On a static host the database lives in this page\'s memory: a reload is a server restart with in-memory sessions, and forgets them all. Under `npm start` the database is a file (`SESSION_DB`): reload, even restart the server, and your session is still in the table.',
          ],
        },
      ],
    },
    {
      id: 'rotate-at-login',
      title: 'A new id at login',
      panels: ['cookies'],
      highlight: { cookies: ['session'] },
      blocks: [
        {
          kind: 'p',
          // Session fixation: https://owasp.org/www-community/attacks/Session_fixation ; renew the id at login: https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#renew-the-session-id-after-any-privilege-level-change
          text: '**Session fixation**: an attacker gets a valid id from the site, then plants it in your browser (a crafted link, a cookie set from a sibling subdomain, a shared computer). You log in. If the server keeps the same id, the attacker\'s copy is now logged in as you.',
        },
        { kind: 'demo', demo: 'session-fixation' },
        {
          kind: 'p',
          text: 'The defence is one line in the login view: issue a fresh id and delete the old row. Untick the box to see the attack work (the server then runs a login that keeps the id), tick it to see it fail (the course\'s own login). The two browsers, the attacker\'s and yours, are pretend ones in this page, each with its own cookie jar; the server is the course\'s session code and its SQL table.',
        },
        {
          kind: 'code',
          language: 'python',
          caption: 'With Flask-Session, that line is regenerate()',
          // ServerSideSessionInterface.regenerate: deletes the stored session and sets a new sid,
          // src/flask_session/base.py in https://github.com/pallets-eco/flask-session (0.7+).
          code: `@app.post("/login")
def login():
    user = check_password(request.form)          # your own check
    app.session_interface.regenerate(session)    # new id, old one deleted
    session["user_id"] = user.id
    return redirect("/")`,
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
          options: ["Because ids expire at every form submit", "So an id planted before login is useless", "To keep the session cookie small"],
          answer: "So an id planted before login is useless",
          explanation: "If the id stayed the same, whoever knew it before login (session fixation) would be logged in too. A fresh random id after login locks them out.",
          whyWrong: {
            "Because ids expire at every form submit": "Ids last as long as the store keeps them; nothing expires on a form submit.",
            "To keep the session cookie small": "A new id is exactly as long as the old one: the point is who knows it.",
          },
          verify: "Try the attack with the defence on and off in [the fixation demo](/lessons/server-side-sessions/rotate-at-login).",
        },
        {
          kind: 'quiz',
          id: 'server-side-sessions/stolen-copy',
          question: 'Someone copied a user\'s session cookie. The user presses **Log out**. With which kind of session is the copy now worthless?',
          options: ['with Flask\'s signed cookie', 'with a server-side session', 'with both, equally'],
          answer: 'with a server-side session',
          explanation: 'Logging out deletes the server\'s row, so the copied id points at nothing. A signed cookie carries its own data and keeps verifying until it expires.',
          whyWrong: {
            'with Flask\'s signed cookie': '`session.clear()` only replaces the user\'s own cookie; the copy still has a valid signature.',
            'with both, equally': 'Only a server-side store can forget a session; a signed cookie has nothing on the server to delete.',
          },
          verify: 'In [the first demo](/lessons/server-side-sessions), log in, note the id, log out: the server\'s table no longer has it.',
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
