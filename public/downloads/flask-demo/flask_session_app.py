"""Server-side sessions with Flask-Session: the cookie holds only a random id.

    pip install Flask-Session cachelib
    flask --app flask_session_app run

Sources: https://flask-session.readthedocs.io/ and the Flask-Session source
(src/flask_session/defaults.py: SESSION_PERMANENT = True; base.py: regenerate()),
https://github.com/pallets-eco/flask-session . Flask-Session 0.7 deprecated the
"filesystem" type in favour of "cachelib" with a FileSystemCache.
"""

import os

from cachelib.file import FileSystemCache
from flask import Flask, request, session
from flask_session import Session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "SHHHHHHHHHH SEEKRIT")  # demo default, not a secret
app.config["SESSION_TYPE"] = "cachelib"
app.config["SESSION_CACHELIB"] = FileSystemCache(cache_dir="flask_session", threshold=500)
# Flask-Session makes every session permanent by default (SESSION_PERMANENT = True), unlike Flask:
# the id cookie gets Expires = now + PERMANENT_SESSION_LIFETIME (31 days). False makes it a session cookie.
app.config["SESSION_PERMANENT"] = False
Session(app)


def text(body: str):
    return body + "\n", 200, {"Content-Type": "text/plain; charset=utf-8"}


@app.get("/some-route")
def some_route():
    session["fav_number"] = 42  # stored in ./flask_session/, not in the cookie
    return text("Stored fav_number = 42 on the server. Your session cookie holds only an id. Now visit /my-route.")


@app.get("/my-route")
def my_route():
    return text(f"Favorite number is {session.get('fav_number', '<unset>')}")


@app.post("/login")
def login():
    # Against session fixation: a fresh id at login, the old stored session deleted.
    app.session_interface.regenerate(session)
    session["user"] = request.form.get("user", "ada")
    return text(f"Logged in as {session['user']} with a new session id.")


@app.get("/logout")
def logout():
    session.clear()  # the stored session is deleted and the cookie removed
    return text("Logged out.")
