import type { Lesson } from '../../content/types.ts';

// The app this lesson runs is public/downloads/flask-demo/ (served at <base>downloads/flask-demo/…).
// Every route named below is in its app.py; each step was run with Flask 3.1 (Flask's test client).

export const flaskSessionsHandsOn = {
  slug: 'flask-sessions-hands-on',
  title: 'Sessions in Flask, hands on',
  summary: 'Run a real Flask app on your own computer: set, read, pop and clear session values, and watch the cookie in DevTools.',
  status: 'ready',
  youWillLearn: [
    'how to store, read and remove values in Flask\'s `session`, and show one in a Jinja template',
    'what Flask does without a `SECRET_KEY`',
    'the mutation trap: changing a list inside the session is lost unless you set `session.modified = True`',
    'how Flask-Session keeps the data on the server, and the one line to add at login',
  ],
  steps: [
    {
      id: 'run-it',
      title: 'Run the demo app',
      panels: [],
      blocks: [
        {
          kind: 'p',
          text: 'Everything so far ran in this page. This lesson runs a **real** Flask app on your own computer, so the cookies you see are your browser\'s and the server is Flask itself. Download the files into one folder (keep `my-route.html` in a `templates` folder beside `app.py`):',
        },
        {
          kind: 'list',
          items: [
            '[app.py](/downloads/flask-demo/app.py): the app, every route of this lesson',
            '[templates/my-route.html](/downloads/flask-demo/templates/my-route.html): a Jinja template that reads the session',
            'the query-params lesson\'s pages, also in `templates`: [step-zero.html](/downloads/flask-demo/templates/step-zero.html), [step-one.html](/downloads/flask-demo/templates/step-one.html), [step-two.html](/downloads/flask-demo/templates/step-two.html)',
            '[no_secret.py](/downloads/flask-demo/no_secret.py): the same idea without a `SECRET_KEY`',
            '[flask_session_app.py](/downloads/flask-demo/flask_session_app.py): server-side sessions with Flask-Session',
            '[requirements.txt](/downloads/flask-demo/requirements.txt) and [README.md](/downloads/flask-demo/README.md): what to install and every route',
          ],
        },
        {
          kind: 'code',
          language: 'text',
          // Flask 3.1 requires Python >= 3.9: https://flask.palletsprojects.com/en/stable/installation/#python-version
          caption: 'In a terminal, in that folder (Python 3.9 or newer)',
          // `flask run` finds app.py on its own: https://flask.palletsprojects.com/en/stable/cli/#application-discovery
          code: `python3 -m venv .venv
source .venv/bin/activate        # Windows: .venv\\Scripts\\activate
pip install flask
flask run                        # the same as: flask --app app run`,
        },
        {
          kind: 'callout',
          variant: 'try-it',
          title: 'What you should see',
          text: 'The terminal prints `Running on http://127.0.0.1:5000`. Open that address: the page lists the routes to try. Keep DevTools open (F12) on its **Application** tab, under **Cookies** → `http://127.0.0.1:5000`.',
        },
      ],
    },
    {
      id: 'set-and-read',
      title: 'Set a value, read it later',
      panels: [],
      blocks: [
        {
          kind: 'p',
          text: 'This is the lecture\'s example. One route puts a value in the session; a later request — a different route — reads it back, as a number:',
        },
        {
          kind: 'code',
          language: 'python',
          caption: 'app.py',
          code: `@app.get("/some-route")
def some_route():
    session["fav_number"] = 42
    return text("Stored fav_number = 42 in the session. Now visit /my-route.")

@app.get("/my-route")
def my_route():
    return render_template("my-route.html")`,
        },
        {
          kind: 'code',
          language: 'html',
          caption: 'templates/my-route.html: every template can use `session` without being passed it',
          // Flask puts `session` in every template's context: https://flask.palletsprojects.com/en/stable/templating/#standard-context
          code: `<p>Favorite number is {{ session['fav_number'] }}</p>`,
        },
        {
          kind: 'callout',
          variant: 'try-it',
          title: 'Do it, and look',
          text: 'Open `/some-route`. In DevTools a cookie named `session` appears: its value starts with `eyJ`, **HttpOnly** is ticked, **Secure** and **SameSite** are empty, and Expires says **Session**. Open `/my-route`: the page says `Favorite number is 42`. Copy the cookie\'s value into the [Flask session tool](/tools/flask-session): it reads `{"fav_number": 42}` without any key.',
        },
        {
          kind: 'p',
          text: 'Those columns are Flask\'s defaults: the session cookie is HttpOnly, but not Secure and without SameSite, and it has no Expires until you set `session.permanent = True`. The [Sessions lesson](/lessons/sessions/secret-key) shows the two settings to add before you deploy.',
          // Flask's defaults: SESSION_COOKIE_HTTPONLY True, SESSION_COOKIE_SECURE False, SESSION_COOKIE_SAMESITE None
          // (https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_HTTPONLY and the entries after it).
        },
        {
          kind: 'quiz',
          id: 'flask-sessions-hands-on/edited-payload',
          question: 'You edit the `session` cookie in DevTools: you base64-decode its first part, change `42` to `43`, encode it again and reload `/my-route`. What does the page show?',
          options: [
            'An error page: Flask answers 400 Bad Request',
            'There is no fav_number in your session',
            'Favorite number is 43',
          ],
          answer: 'There is no fav_number in your session',
          explanation: 'The signature no longer matches the payload, so Flask discards the cookie (itsdangerous raises `BadSignature`, Flask catches it) and the view gets an empty session — no error, just nothing remembered.',
          whyWrong: {
            'An error page: Flask answers 400 Bad Request': 'Flask does not answer with an error for a bad signature: it treats the request as one without a session.',
            'Favorite number is 43': 'That would need a new signature, which only someone with the `SECRET_KEY` can make.',
          },
          verify: 'Edit the cookie in DevTools and reload `/my-route`; or change a character of the payload in the [Flask session tool](/tools/flask-session) and read its status.',
        },
      ],
    },
    {
      id: 'pop-and-clear',
      title: 'Remove one value, or all of them',
      panels: [],
      blocks: [
        {
          kind: 'code',
          language: 'python',
          caption: 'app.py',
          // session is a dict: pop and clear are dict methods, and Flask notices both
          // (https://flask.palletsprojects.com/en/stable/api/#flask.session).
          code: `@app.get("/forget-number")
def forget_number():
    removed = session.pop("fav_number", None)   # one key; None if it was not there
    return text(f"Removed fav_number (it was {removed!r}).")

@app.get("/logout")
def logout():
    session.clear()                             # everything: this is how you log out
    return text("Logged out.")`,
        },
        {
          kind: 'callout',
          variant: 'try-it',
          title: 'Do it, and look',
          // An empty, modified session makes Flask delete the cookie: SecureCookieSessionInterface.save_session,
          // https://github.com/pallets/flask/blob/main/src/flask/sessions.py
          text: 'Visit `/some-route`, then `/forget-number`, then `/my-route`: the number is gone. Visit `/some-route` again, then `/logout`: the `session` row disappears from DevTools. In the **Network** tab the `/logout` response carries `Set-Cookie: session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/` — Flask asks the browser to delete the cookie.',
        },
        {
          kind: 'quiz',
          id: 'flask-sessions-hands-on/pop-or-clear',
          question: 'The session holds `user` and `cart`. The user logs out and the cart must go too. Which line does it?',
          options: ['`session.pop("user", None)`', '`session.clear()`', '`session.modified = True`'],
          answer: '`session.clear()`',
          explanation: '`clear()` empties the whole session; with nothing left, Flask deletes the cookie.',
          whyWrong: {
            '`session.pop("user", None)`': '`pop` removes only `user`: the cart stays in the cookie.',
            '`session.modified = True`': 'That only tells Flask to save the session again; it removes nothing.',
          },
          verify: 'Run `/some-route`, `/cart/add`, then `/logout`, and check `/cart` and the Cookies list in DevTools.',
        },
      ],
    },
    {
      id: 'no-secret-key',
      title: 'Without a SECRET_KEY',
      panels: [],
      blocks: [
        {
          kind: 'p',
          text: 'Flask signs the session with `SECRET_KEY`. Without one it cannot sign, so it refuses to store anything: reading the session works (it is always empty), and the first write raises an error.',
          // NullSession: flask/sessions.py raises RuntimeError on every write when secret_key is unset
          // (https://github.com/pallets/flask/blob/main/src/flask/sessions.py, class NullSession).
        },
        {
          kind: 'code',
          language: 'text',
          caption: 'Stop the app (Ctrl+C), then run the file without a key',
          code: `flask --app no_secret run
# open http://127.0.0.1:5000/some-route, then read the terminal:
RuntimeError: The session is unavailable because no secret key was set.
Set the secret_key on the application to something unique and secret.`,
        },
        {
          kind: 'callout',
          variant: 'try-it',
          title: 'What you should see',
          text: 'The browser shows **500 Internal Server Error**; the traceback is in the terminal, not the page (run with `flask --app no_secret run --debug` to see it in the browser). DevTools shows no `session` cookie.',
        },
        {
          kind: 'quiz',
          id: 'flask-sessions-hands-on/no-secret',
          question: 'An app has no `SECRET_KEY`. A view only reads `session.get("user")` and never writes. What happens?',
          options: [
            'It fails with RuntimeError, like a write',
            'It returns `None`: reading an empty session works',
            'Flask makes up a random key for this run',
          ],
          answer: 'It returns `None`: reading an empty session works',
          explanation: 'Without a key Flask opens a `NullSession`: an empty session you may read, whose every write raises RuntimeError.',
          whyWrong: {
            'It fails with RuntimeError, like a write': 'Only writes (`session[...] = `, `pop`, `clear`, `update`) raise; reads see an empty session.',
            'Flask makes up a random key for this run': 'Flask never invents a key: sessions would then break at every restart. It refuses to sign instead.',
          },
          verify: 'Add a route that only reads the session to `no_secret.py` and open it; then open `/some-route`.',
        },
      ],
    },
    {
      id: 'mutation-trap',
      title: 'The mutation trap',
      panels: [],
      blocks: [
        {
          kind: 'p',
          text: 'Flask saves the session when you **assign** to it. It cannot see you change a list or a dictionary that is already inside it, so that change is lost at the end of the request.',
          // session.modified: "When data is changed, this is set to True. Only the session dictionary itself is
          // tracked; if the session contains mutable data (for example a nested dict) then this must be set to True
          // manually" — https://flask.palletsprojects.com/en/stable/api/#flask.session.modified
        },
        {
          kind: 'code',
          language: 'python',
          caption: 'app.py',
          code: `@app.get("/cart/add")
def cart_add():
    item = request.args.get("item", "taco")
    if "cart" not in session:
        session["cart"] = []          # assignment: Flask notices
    session["cart"].append(item)      # in place: Flask does NOT notice
    if request.args.get("fix") == "1":
        session.modified = True       # the fix
    return text(f"This request sees cart = {session['cart']!r}.")`,
        },
        {
          kind: 'callout',
          variant: 'try-it',
          title: 'Fall in, then climb out',
          text: 'Open `/logout` to start clean, then `/cart/add?item=taco` and `/cart`: `[\'taco\']`. Now `/cart/add?item=pizza`: the page says the cart has both — but `/cart` still shows only `[\'taco\']`, and the Network tab shows the pizza response had **no** `Set-Cookie`. Finally `/cart/add?item=pizza&fix=1`, then `/cart`: `[\'taco\', \'pizza\']`.',
        },
        {
          kind: 'quiz',
          id: 'flask-sessions-hands-on/mutation',
          question: 'The session already holds `cart = ["taco"]`. A view runs `session["cart"].append("pizza")` and nothing else. What does the next request see?',
          options: ['`["taco", "pizza"]`', '`["taco"]`', 'an empty session'],
          answer: '`["taco"]`',
          explanation: 'Appending changes the list in place; the session dictionary itself was not assigned to, so `session.modified` stays False and Flask sends no new cookie. Set `session.modified = True`, or assign a new list: `session["cart"] = session["cart"] + ["pizza"]`.',
          whyWrong: {
            '`["taco", "pizza"]`': 'That is what this request sees in memory; the browser never got a cookie holding it.',
            'an empty session': 'Nothing deleted the cookie: the old one, with `["taco"]`, is sent again.',
          },
          verify: 'Follow the steps above with `/cart/add?item=pizza` and `/cart`, and watch for `Set-Cookie` in the Network tab.',
        },
      ],
    },
    {
      id: 'flask-session',
      title: 'Server-side, with Flask-Session',
      panels: [],
      blocks: [
        {
          kind: 'p',
          text: 'With the Flask-Session extension the same `session` code keeps its data on the server, and the `session` cookie holds only a random id. The file store is a cachelib `FileSystemCache` (Flask-Session 0.7 deprecated its old `"filesystem"` type for `"cachelib"`).',
          // Deprecation: Flask-Session 0.7.0 changelog, "Deprecate FileSystemSessionInterface in favor of the broader
          // CacheLibSessionInterface" — https://flask-session.readthedocs.io/en/latest/changes.html
        },
        {
          kind: 'code',
          language: 'python',
          caption: 'flask_session_app.py (run: pip install Flask-Session cachelib, then flask --app flask_session_app run)',
          // Config names: https://flask-session.readthedocs.io/en/latest/config.html ; SESSION_PERMANENT = True is the
          // default in src/flask_session/defaults.py; regenerate() is in src/flask_session/base.py
          // (https://github.com/pallets-eco/flask-session).
          code: `from cachelib.file import FileSystemCache
from flask_session import Session

app.config["SESSION_TYPE"] = "cachelib"
app.config["SESSION_CACHELIB"] = FileSystemCache(cache_dir="flask_session", threshold=500)
app.config["SESSION_PERMANENT"] = False   # Flask-Session's default is True (31-day cookie)
Session(app)

@app.post("/login")
def login():
    app.session_interface.regenerate(session)   # a fresh id at login
    session["user"] = request.form.get("user", "ada")
    return text(f"Logged in as {session['user']} with a new session id.")`,
        },
        {
          kind: 'list',
          items: [
            '**Permanent by default.** Flask-Session sets `SESSION_PERMANENT = True`, unlike Flask: its cookie gets an Expires 31 days ahead (`PERMANENT_SESSION_LIFETIME`). Set it to `False` for a cookie that dies with the browser.',
            '**One line at login.** `app.session_interface.regenerate(session)` deletes the stored session and gives it a new id, so an id an attacker planted before login is worthless after it ([session fixation](/lessons/server-side-sessions/rotate-at-login)).',
            '**Log out** with `session.clear()`: Flask-Session deletes the stored data and the cookie.',
          ],
        },
        {
          kind: 'callout',
          variant: 'try-it',
          title: 'What you should see',
          // The id: secrets.token_urlsafe(SESSION_ID_LENGTH = 32) = 43 characters (src/flask_session/base.py, defaults.py).
          text: 'Open `/some-route`: the `session` cookie is now a random id of 43 characters (no `eyJ`, nothing to decode), and a file appears in the `flask_session` folder. Send `curl -X POST -b "session=<the id>" -c - http://127.0.0.1:5000/login`: the answer sets a different id.',
        },
        {
          kind: 'quiz',
          id: 'flask-sessions-hands-on/flask-session-cookie',
          question: 'With Flask-Session installed, you paste the `session` cookie into the Flask session tool. What does it show?',
          options: [
            'Your `fav_number`, readable as before',
            'That it is not a signed Flask session: only an id',
            'The data, but with the signature marked invalid',
          ],
          answer: 'That it is not a signed Flask session: only an id',
          explanation: 'The cookie is a random id from `secrets.token_urlsafe`; the data is in the server\'s store, so there is nothing in the cookie to decode.',
          whyWrong: {
            'Your `fav_number`, readable as before': 'The data never leaves the server now: the cookie carries no payload at all.',
            'The data, but with the signature marked invalid': 'There is no payload to show, signed or not: just an id.',
          },
          verify: 'Paste the id into [the Flask session tool](/tools/flask-session): it recognises a Flask-Session id.',
        },
      ],
    },
  ],
  recap: [
    '`session["key"] = value` stores, `session.get(...)` or `{{ session[...] }}` reads, `pop` removes one key, `clear()` logs out.',
    'No `SECRET_KEY`: reads see an empty session, the first write raises RuntimeError.',
    'Changing a list or dict inside the session in place is lost unless you set `session.modified = True`.',
    'Flask-Session keeps the data on the server, is permanent by default, and needs `app.session_interface.regenerate(session)` at login.',
  ],
} satisfies Lesson;
