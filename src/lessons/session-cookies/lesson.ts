import type { Lesson } from '../../content/types.ts';

export const sessionCookies = {
  slug: 'session-cookies',
  title: '"Session" vs "session cookie"',
  summary: 'Two different things share one word: state that follows a visitor across requests (in Flask, by default, inside a signed cookie), and a cookie without an expiry.',
  status: 'ready',
  youWillLearn: [
    'what a "session cookie" is (a cookie that dies with the browser)',
    'what a "session" is (state that follows a user across requests)',
    'why Flask\'s session cookie is, by default, also a session cookie — and what `session.permanent` changes',
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
            'A **session cookie** is any cookie with no `Expires` or `Max-Age`: the browser drops it when it closes. DevTools and the Cookies panel show "Session" in the Expires column.',
            'A **session** is the idea of state that follows one user across requests. Where it lives is a separate choice: Flask\'s default keeps the whole session **in the cookie** (signed); extensions like Flask-Session keep it on the server and put only an id in the cookie.',
          ],
        },
        {
          kind: 'p',
          // session.permanent and PERMANENT_SESSION_LIFETIME (31 days): https://flask.palletsprojects.com/en/stable/config/#PERMANENT_SESSION_LIFETIME , https://flask.palletsprojects.com/en/stable/api/#flask.session.permanent
          text: 'Flask\'s `session` cookie has no Expires by default, so it is also a session cookie. Set `session.permanent = True` and Flask adds an Expires date (31 days by default, `PERMANENT_SESSION_LIFETIME`).',
        },
        {
          kind: 'p',
          text: 'The [Expires and Max-Age lab](/lessons/cookie-options) restarts a pretend browser: the session cookie is gone afterwards, the 30-day cookie is still there. Try it there, or open DevTools → Application → Cookies on this page: every cookie without an expiry says **Session** in the Expires column.',
        },
        {
          kind: 'table',
          caption: 'Which is which',
          head: ['Property', 'Session cookie', 'Permanent cookie'],
          rows: [
            ['`Set-Cookie` has', 'no `Expires`, no `Max-Age`', '`Expires=<date>` or `Max-Age=<seconds>`'],
            ['Lives until', 'the browser closes', 'that date (at most 400 days in today\'s browsers)'],
            ['Flask session', 'the default', '`session.permanent = True`'],
          ],
        },
      ],
    },
    {
      id: 'permanent-sessions',
      title: 'See the difference',
      panels: ['cookies'],
      highlight: { cookies: ['stl_session'] },
      blocks: [
        {
          kind: 'p',
          text: 'A pretend Flask app logs you in twice — once plainly, once with "remember me" — and writes its session as a real cookie, `stl_session`. Watch the Expires column of the Cookies panel: "Session" the first time, a date 31 days ahead the second.',
        },
        {
          kind: 'code',
          language: 'python',
          code: `@app.post("/login")
def login():
    session["user"] = request.form["user"]
    session.permanent = "remember" in request.form   # adds Expires=now + 31 days
    return redirect("/")`,
        },
        { kind: 'demo', demo: 'flask-permanent-session' },
        {
          kind: 'callout',
          variant: 'note',
          title: 'Two clocks',
          // Flask checks max_age = PERMANENT_SESSION_LIFETIME on every session: SecureCookieSessionInterface.open_session in src/flask/sessions.py (https://github.com/pallets/flask/blob/main/src/flask/sessions.py)
          text: 'Expires decides how long the **browser** keeps the cookie. Flask has its own clock inside the signed cookie: it refuses any session signed more than 31 days ago, permanent or not (`SignatureExpired`). The [Flask session tool](/tools/flask-session) shows both.',
        },
        {
          kind: 'callout',
          variant: 'pitfall',
          title: '"Closes" is fuzzy',
          text: 'Browsers that restore your tabs on start ("Continue where you left off") also restore session cookies, so a session cookie can outlive a restart. Log-out should not rely on the browser forgetting.',
        },
        {
          kind: 'quiz',
          id: "session-cookies/no-expiry",
          question: "Flask’s default `session` cookie has no Expires and no Max-Age. What happens to it when the browser is closed?",
          options: ["It stays 31 days, Flask’s session lifetime", "It is deleted: it is a session cookie", "It stays until the SECRET_KEY changes"],
          answer: "It is deleted: it is a session cookie",
          explanation: "Browsers keep a cookie without Expires/Max-Age only for the browser session (unless they restore tabs). `session.permanent = True` makes Flask add an Expires date.",
          whyWrong: {
            "It stays 31 days, Flask’s session lifetime": "`PERMANENT_SESSION_LIFETIME` only sets Expires when `session.permanent = True`; the browser never sees it otherwise.",
            "It stays until the SECRET_KEY changes": "The key decides whether Flask accepts the cookie, not how long the browser keeps it.",
          },
          verify: "Log in both ways in [the permanent-session demo](/lessons/session-cookies/permanent-sessions) and compare the Expires column of the Cookies panel.",
        },
      ],
    },
  ],
  recap: [
    'Session cookie = no Expires or Max-Age; it goes when the browser closes (unless the browser restores it).',
    'Session = per-user state across requests, however it is stored.',
    'Flask\'s session cookie is a session cookie until `session.permanent = True` adds an Expires date.',
  ],
} satisfies Lesson;
