import type { Lesson } from '../../content/types.ts';

export const sessionsLesson = {
  slug: 'sessions',
  title: 'Sessions: a signed magic dictionary',
  summary: 'Flask\'s session keeps typed data in a cookie that users can read but not change.',
  status: 'ready',
  youWillLearn: [
    'how Flask\'s `session` behaves like a dictionary that keeps types',
    'that the session cookie is only encoded, not encrypted',
    'how the signature and `SECRET_KEY` stop tampering, and what Flask does with a tampered cookie',
    'which cookie attributes Flask sets by default, the two to add for production, and how to rotate the key',
    'why a weak `SECRET_KEY` gives the whole game away',
  ],
  steps: [
    {
      id: 'magic-dictionary',
      title: 'The magic dictionary',
      panels: ['cookies'],
      highlight: { cookies: ['stl_session'] },
      blocks: [
        {
          kind: 'p',
          // Flask's tagged JSON serializer: src/flask/json/tag.py (https://github.com/pallets/flask/blob/main/src/flask/json/tag.py); sessions: https://flask.palletsprojects.com/en/stable/quickstart/#sessions
          text: 'Cookies hold strings. Flask\'s `session` holds numbers, lists, dictionaries — and gets them back with the same types on the next request. It does that by serializing the dictionary to JSON, signing it, and storing the result in one cookie named `session`.',
        },
        {
          kind: 'code',
          language: 'python',
          code: `app.config["SECRET_KEY"] = "SHHHHHHHHHH SEEKRIT"   # never ship this one!

@app.route("/demo")
def demo():
    session["fav_number"] = 42
    session["fav_foods"] = ["taco", "pizza"]
    return "saved"

@app.route("/later")
def later():
    return f"{session['fav_number'] + 1}"   # 43: still an int`,
        },
        {
          kind: 'p',
          text: 'Try it: the app below is a pretend Flask app running in this page, but the cookie it sets is real. Store a session, watch `stl_session` appear in the Cookies panel (our cookies start with `stl_`; real Flask calls it `session`), and see what comes back on the next request.',
        },
        { kind: 'demo', demo: 'flask-session-dictionary' },
        {
          kind: 'p',
          text: 'The lecture\'s own two routes, `/some-route` (`session["fav_number"] = 42`) and `/my-route`, run on the course\'s server, which signs exactly as Flask does. Under `npm run dev` or `npm start` that server is real: its `session` cookie is **HttpOnly**, so the Cookies panel cannot show it — DevTools → Application → Cookies and the Network tab do — and the panel\'s "What the server received" shows it arriving. On a static host the same code runs in the page, labelled simulated.',
        },
        { kind: 'demo', demo: 'flask-session-routes' },
        {
          kind: 'callout',
          variant: 'note',
          title: 'A plain cookie would give back a string',
          text: 'With `resp.set_cookie("fav_number", "42")` the next request gets the string `"42"`, and `request.cookies["fav_number"] + 1` is a TypeError. The session keeps ints as ints, lists as lists — and even tuples, bytes, datetimes and UUIDs, with tags like `{" t": [...]}` that JSON lacks.',
        },
      ],
    },
    {
      id: 'signed-not-secret',
      title: 'Signed, not secret',
      panels: ['cookies'],
      highlight: { cookies: ['stl_session'] },
      blocks: [
        {
          kind: 'p',
          text: 'A Flask session cookie looks like `eyJmYXZfbnVtYmVyIjo0Mn0.awdHWg.JUidk…`: three parts separated by dots. The first is just base64 of `{"fav_number":42}` — `eyJ` is what `{"` always turns into. The second is when it was signed. The third is an **HMAC** signature made with the `SECRET_KEY` — a keyed hash: a 20-byte fingerprint of the first two parts that only someone who knows the key can compute, and that changes completely if one byte of them changes.',
          // Flask signs with itsdangerous: HMAC-SHA1, salt "cookie-session", key_derivation "hmac"
          // (SecureCookieSessionInterface in https://github.com/pallets/flask/blob/main/src/flask/sessions.py);
          // HMAC: RFC 2104 (https://www.rfc-editor.org/rfc/rfc2104).
        },
        {
          kind: 'code',
          language: 'js',
          caption: 'Any browser console can read it',
          code: `atob("eyJmYXZfbnVtYmVyIjo0Mn0")   // '{"fav_number":42}'`,
        },
        { kind: 'demo', demo: 'flask-session-open' },
        {
          kind: 'callout',
          variant: 'pitfall',
          title: 'Encoded is not encrypted',
          text: 'Anyone who has the cookie can read the session: the user, a browser extension, anyone at a shared computer. Never put a password, an API key or anything the user must not see in Flask\'s default session. (Longer sessions are also zlib-compressed and start with a dot, `.eJy…` — still no key needed.)',
        },
      ],
    },
    {
      id: 'tampering',
      title: 'Change one character',
      panels: ['cookies'],
      highlight: { cookies: ['stl_session'] },
      blocks: [
        {
          kind: 'p',
          // open_session catches BadSignature and returns a new empty session (flask/sessions.py, SecureCookieSessionInterface.open_session).
          text: 'Reading is free; **changing** is what the signature stops. The server recomputes `HMAC-SHA1(key, "payload.timestamp")` and compares it with the third part. Make yourself admin by editing the payload, and the signature no longer matches: Flask throws the cookie away (`BadSignature`) and the view sees an empty session — no error page, just nothing remembered.',
        },
        { kind: 'demo', demo: 'flask-session-tamper' },
        {
          kind: 'p',
          text: 'Try the buttons above, or edit the box by hand. The [Flask session tool](/tools/flask-session) does the same for any cookie you paste, and its notes say exactly which spellings of a signature Flask still accepts.',
        },
        {
          kind: 'quiz',
          id: 'sessions/tampered-payload',
          question: 'A user decodes their session payload, changes `"admin": false` to `true`, re-encodes it and keeps the old signature. What does the next Flask view see?',
          options: ['`session["admin"]` is True', 'a 400 Bad Request error page', 'an empty session'],
          answer: 'an empty session',
          explanation: 'The signature was made over the old payload, so it no longer matches: Flask discards the cookie and opens an empty session. The user is simply logged out.',
          whyWrong: {
            '`session["admin"]` is True': 'Only a signature made with the `SECRET_KEY` would make Flask accept the new payload.',
            'a 400 Bad Request error page': 'Flask does not report a bad signature to the user; it treats the request as one without a session.',
          },
          verify: 'Press the buttons of the demo above that edit the payload, or change a payload character in [the Flask session tool](/tools/flask-session): the status says `Signature invalid`.',
        },
      ],
    },
    {
      id: 'secret-key',
      title: 'SECRET_KEY is the whole game',
      panels: ['cookies'],
      blocks: [
        {
          kind: 'p',
          text: 'Whoever knows the `SECRET_KEY` can sign any session — `{"user": "admin"}` included — and Flask will believe it. And guessing needs no server at all: one cookie holds the payload and its signature, so an attacker tries candidate keys offline, as fast as their computer can hash.',
        },
        { kind: 'demo', demo: 'flask-secret-crack' },
        {
          kind: 'p',
          text: 'The lecture\'s `"SHHHHHHHHHH SEEKRIT"` is fine for a classroom demo and fatal anywhere else: it is public (it is in the lecture), short, and made of words. Real apps need a long random key, kept out of the repository:',
        },
        {
          kind: 'code',
          language: 'python',
          code: `# once, in a shell:  python -c "import secrets; print(secrets.token_hex(32))"
import os
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]   # from the environment, not from git`,
        },
        {
          kind: 'list',
          items: [
            'At least 32 random bytes (`secrets.token_hex(32)`): guessing 256 bits is hopeless at any speed.',
            'One key per deployment, never committed, never shared in a URL or a chat.',
            // SECRET_KEY_FALLBACKS (Flask 3.1): https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY_FALLBACKS ;
            // signs with SECRET_KEY, verifies with [*fallbacks, SECRET_KEY] (get_signing_serializer in flask/sessions.py).
            'Changing the key alone logs everybody out: every old cookie stops verifying. Since Flask 3.1 you can rotate without that: put the old key in `SECRET_KEY_FALLBACKS`. Flask signs with the new key and still accepts cookies signed with a fallback; remove the old key once those have expired (31 days).',
          ],
        },
        {
          kind: 'code',
          language: 'python',
          caption: 'Before you deploy: a new key, the old one as a fallback, and a cookie that stays on https',
          // Flask's defaults: SESSION_COOKIE_HTTPONLY = True, SESSION_COOKIE_SECURE = False, SESSION_COOKIE_SAMESITE = None
          // (https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_SECURE ,
          // https://flask.palletsprojects.com/en/stable/web-security/#set-cookie-options).
          code: `app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SECRET_KEY_FALLBACKS"] = [os.environ["OLD_SECRET_KEY"]]   # while rotating (Flask 3.1+)

app.config["SESSION_COOKIE_SECURE"] = True      # default False: only ever send it over https
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"   # default None: keep it off cross-site POST forms`,
        },
        {
          kind: 'p',
          text: 'Flask\'s session cookie is HttpOnly by default, but **not** Secure and **without** SameSite: the two lines at the end are yours to add for production. ([SameSite](/lessons/cookie-options/same-site) shows why a missing SameSite matters in Firefox and Safari; note that Safari refuses a Secure cookie on `http://localhost`, so set `SESSION_COOKIE_SECURE` only where you serve https.)',
        },
        {
          kind: 'quiz',
          id: 'sessions/default-attributes',
          question: 'You deploy a Flask app without touching any `SESSION_COOKIE_*` setting. Which attributes does its `session` cookie get?',
          options: ['HttpOnly, Secure and SameSite=Lax', 'none: Flask sends a bare cookie', 'HttpOnly only (and Path=/)'],
          answer: 'HttpOnly only (and Path=/)',
          explanation: 'Flask defaults to `SESSION_COOKIE_HTTPONLY = True`, `SESSION_COOKIE_SECURE = False` and `SESSION_COOKIE_SAMESITE = None`. Secure and SameSite are yours to set.',
          whyWrong: {
            'HttpOnly, Secure and SameSite=Lax': 'That is the production setup you add yourself; Secure and SameSite are off by default.',
            'none: Flask sends a bare cookie': 'HttpOnly is on by default, so page scripts cannot read the session cookie.',
          },
          verify: 'Run the [hands-on lesson](/lessons/flask-sessions-hands-on/set-and-read)\'s app and read the `session` row in DevTools: HttpOnly ticked, Secure and SameSite empty.',
        },
        {
          kind: 'quiz',
          id: "sessions/readable",
          question: "Can a user read what is inside a Flask session cookie without the SECRET_KEY?",
          options: ["No: the SECRET_KEY encrypts it", "Only the timestamp part", "Yes: it is base64 JSON, signed only"],
          answer: "Yes: it is base64 JSON, signed only",
          explanation: "The signature stops changes, not reading. Never put a secret in Flask’s default session.",
          whyWrong: {
            "No: the SECRET_KEY encrypts it": "The key only signs. The payload is base64 of plain JSON: `atob` reads it.",
            "Only the timestamp part": "The timestamp is as readable as the payload; neither is hidden.",
          },
          verify: "Paste a session cookie into [the Flask session tool](/tools/flask-session) without a secret key: the decoded session shows anyway.",
        },
      ],
    },
  ],
  recap: [
    'Flask\'s session is a dictionary stored in a signed cookie; types survive the trip.',
    'Anyone can read it (base64 JSON); only someone with the `SECRET_KEY` can change it.',
    'A changed payload fails the signature: Flask then sees an empty session, without an error.',
    'Flask\'s cookie is HttpOnly, but not Secure and without SameSite unless you set them; `SECRET_KEY_FALLBACKS` rotates keys without logging everyone out.',
    'Keep the `SECRET_KEY` long, random and out of your repository: a weak one is guessed offline.',
  ],
} satisfies Lesson;
