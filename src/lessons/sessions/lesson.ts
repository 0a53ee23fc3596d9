import type { Lesson } from '../../content/types.ts';

export const sessionsLesson = {
  slug: 'sessions',
  title: 'Sessions: a signed magic dictionary',
  summary: 'Flask\'s session keeps typed data in a cookie that users can read but not change.',
  status: 'ready',
  youWillLearn: [
    'how Flask\'s `session` behaves like a dictionary that keeps types',
    'that the session cookie is only encoded, not encrypted',
    'how the signature and `SECRET_KEY` stop tampering — and exactly what Flask tolerates',
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
          text: 'A Flask session cookie looks like `eyJmYXZfbnVtYmVyIjo0Mn0.awdHWg.JUidk…`: three parts separated by dots. The first is just base64 of `{"fav_number":42}` — `eyJ` is what `{"` always turns into. The second is when it was signed. The third is an HMAC signature made with the `SECRET_KEY`.',
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
          text: 'Reading is free; **changing** is what the signature stops. The server recomputes `HMAC-SHA1(key, "payload.timestamp")` and compares it with the third part. Make yourself admin by editing the payload, and the signature no longer matches: Flask throws the cookie away (`BadSignature`) and starts an empty session.',
        },
        { kind: 'demo', demo: 'flask-session-tamper' },
        {
          kind: 'callout',
          variant: 'note',
          title: 'Exactly what Flask tolerates',
          text: 'Not every change of a character changes the signature. A SHA-1 signature is 20 bytes; base64 needs 27 characters for it, and the last character carries only 4 bits of signature plus 2 bits that decoding throws away. Flask decodes leniently, so changing a final `A` to `B`, `C` or `D` — the ignored bits — still verifies. Change the signature\'s **first** character, or any character of the payload or timestamp, and it fails every time: those bits are signed.',
        },
        {
          kind: 'p',
          text: 'Try the buttons above, or edit the box by hand. The [Flask session tool](/tools/flask-session) does the same for any cookie you paste.',
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
          text: 'The seed\'s `"SHHHHHHHHHH SEEKRIT"` is fine for a classroom demo and fatal anywhere else: it is public (it is in the lecture), short, and made of words. Real apps need a long random key, kept out of the repository:',
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
            'Changing the key logs everybody out: every old cookie stops verifying.',
          ],
        },
        {
          kind: 'quiz',
          id: "sessions/readable",
          question: "Can a user read what is inside a Flask session cookie without the SECRET_KEY?",
          options: ["Yes: it is only base64-encoded JSON, signed but not encrypted", "No: the SECRET_KEY encrypts it", "Only the timestamp part"],
          answer: "Yes: it is only base64-encoded JSON, signed but not encrypted",
          explanation: "The signature stops changes, not reading. Never put a secret in Flask’s default session.",
          verify: "Paste a session cookie into [the Flask session tool](/tools/flask-session) without a secret key: the decoded session shows anyway.",
        },
      ],
    },
  ],
  recap: [
    'Flask\'s session is a dictionary stored in a signed cookie; types survive the trip.',
    'Anyone can read it (base64 JSON); only someone with the `SECRET_KEY` can change it.',
    'Flask decodes signatures leniently: only the 2 ignored bits of the last character may differ.',
    'Keep the `SECRET_KEY` long, random and out of your repository: a weak one is guessed offline.',
  ],
} satisfies Lesson;
