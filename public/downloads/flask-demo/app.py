"""How the web remembers things: a tiny Flask app to run for real.

Four ways a server can remember you:

* /handle-form-cookie and /later-cookie: a plain cookie you (or anyone) can
  read and edit.
* /session-demo and /session-show: Flask's signed session cookie. You can
  read it (it is only base64, try the course's decoder), but you cannot change
  it without SECRET_KEY.
* /server-session-demo and /server-session-show: the data stays on the
  server; the cookie only carries a random id.

Run it with:  flask --app app run
"""

from __future__ import annotations

import os
import secrets

from flask import Flask, request, session

app = Flask(__name__)

# WARNING: "SHHHHHHHHHH SEEKRIT" is a demo default and is NOT a secret: it is
# printed in this file and in the course. Anyone who knows SECRET_KEY can
# forge any session cookie for this app. For anything real, set a long random
# key in the environment, e.g.
#   export SECRET_KEY="$(python -c 'import secrets; print(secrets.token_hex(32))')"
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "SHHHHHHHHHH SEEKRIT")


def text(body: str):
    """Plain-text responses, so whatever a visitor typed is never run as HTML."""
    return body + "\n", 200, {"Content-Type": "text/plain; charset=utf-8"}


# --- 1. A plain cookie -----------------------------------------------------


@app.get("/handle-form-cookie")
def handle_form_cookie():
    fav_color = request.args.get("fav_color", "")
    response = app.make_response(text(f"I will remember that your favourite colour is {fav_color!r}."))
    response.set_cookie("fav_color", fav_color, samesite="Lax")
    return response


@app.get("/later-cookie")
def later_cookie():
    fav_color = request.cookies.get("fav_color", "<unset>")
    return text(f"Your fav_color cookie says: {fav_color}")


# --- 2. Flask's signed session cookie ----------------------------------------


@app.get("/session-demo")
def session_demo():
    session["fav_number"] = 42
    session["fav_foods"] = ["tacos", "dumplings", "pho"]
    return text("Stored fav_number and fav_foods in the session cookie. Now visit /session-show.")


@app.get("/session-show")
def session_show():
    if not session:
        return text("The session is empty (no cookie yet, or its signature did not check out).")
    lines = [f"{key} = {value!r}" for key, value in sorted(session.items())]
    return text("Your session holds:\n" + "\n".join(lines))


# --- 3. A server-side session ------------------------------------------------

# In-memory only: it forgets everything on restart and is not shared between
# processes. Real apps keep this in a database or Redis.
SERVER_SESSIONS: dict[str, dict[str, object]] = {}
SESSION_ID_COOKIE = "sid"


@app.get("/server-session-demo")
def server_session_demo():
    session_id = request.cookies.get(SESSION_ID_COOKIE)
    if session_id not in SERVER_SESSIONS:
        # An unguessable id; the cookie carries nothing else.
        session_id = secrets.token_urlsafe(32)
    SERVER_SESSIONS[session_id] = {"fav_number": 42, "fav_foods": ["tacos", "dumplings", "pho"]}
    response = app.make_response(
        text("Stored fav_number and fav_foods on the server. Your cookie only holds a random id. Now visit /server-session-show.")
    )
    response.set_cookie(SESSION_ID_COOKIE, session_id, httponly=True, samesite="Lax")
    return response


@app.get("/server-session-show")
def server_session_show():
    data = SERVER_SESSIONS.get(request.cookies.get(SESSION_ID_COOKIE, ""))
    if data is None:
        return text("No server-side session for this browser (no sid cookie, or the server forgot it).")
    lines = [f"{key} = {value!r}" for key, value in sorted(data.items())]
    return text("The server holds, for your session id:\n" + "\n".join(lines))


@app.get("/")
def index():
    return text(
        "Try: /handle-form-cookie?fav_color=blue, /later-cookie, /session-demo, /session-show, "
        "/server-session-demo, /server-session-show"
    )
