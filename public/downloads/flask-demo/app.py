"""How the web remembers things: a tiny Flask app to run for real.

Four ways a server can remember you:

* /handle-form-cookie and /later-cookie: a plain cookie you (or anyone) can
  read and edit.
* /session-demo and /session-show: Flask's signed session cookie. You can
  read it (it is only base64, try the course's decoder), but you cannot change
  it without SECRET_KEY.
* /server-session-demo and /server-session-show: the data stays on the
  server; the cookie only carries a random id.
* /some-route, /my-route, /forget-number, /logout, /cart/add and /cart: the
  course's hands-on lesson "Sessions in Flask, hands on" — set, read, pop and
  clear session values, show one in a Jinja template (templates/my-route.html),
  and fall into (then out of) the mutation trap.

Two more files go with that lesson: no_secret.py (what happens without a
SECRET_KEY) and flask_session_app.py (server-side sessions with Flask-Session).

Run it with:  flask --app app run
"""

from __future__ import annotations

import os
import secrets

from flask import Flask, render_template, request, session

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


# --- 0. State in the query string and in hidden fields (GET and POST) --------


@app.get("/step-zero")
def step_zero():
    return render_template("step-zero.html")


@app.get("/step-one")
def step_one():
    return render_template("step-one.html", fav_color=request.args.get("fav-color", ""))


@app.route("/step-two", methods=["GET", "POST"])
def step_two():
    # GET forms and links send fav-color in the URL (request.args); a POST form sends it in the body (request.form).
    source = request.form if request.method == "POST" else request.args
    return render_template("step-two.html", fav_color=source.get("fav-color", ""), method=request.method)


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


# --- 4. Sessions in Flask, hands on (the course's lesson of that name) --------
# Sources: https://flask.palletsprojects.com/en/stable/quickstart/#sessions and
# https://flask.palletsprojects.com/en/stable/api/#sessions (session.modified, session.clear).


@app.get("/some-route")
def some_route():
    # The lecture's example: put a value in the session; Flask signs it into the cookie.
    session["fav_number"] = 42
    return text("Stored fav_number = 42 in the session. Now visit /my-route.")


@app.get("/my-route")
def my_route():
    # templates/my-route.html reads it with {{ session['fav_number'] }}: Jinja templates see
    # `session` without passing it (https://flask.palletsprojects.com/en/stable/templating/#standard-context).
    return render_template("my-route.html")


@app.get("/forget-number")
def forget_number():
    # pop removes one key (and tolerates a missing one with the default); the rest stays.
    removed = session.pop("fav_number", None)
    return text(f"Removed fav_number (it was {removed!r}). Everything else in the session stays.")


@app.get("/logout")
def logout():
    # clear() empties the whole session; Flask then tells the browser to delete the cookie.
    session.clear()
    return text("Logged out: the session is empty and the session cookie was deleted.")


@app.get("/cart/add")
def cart_add():
    item = request.args.get("item", "taco")
    if "cart" not in session:
        session["cart"] = []  # assigning a key: Flask notices and saves the session
    session["cart"].append(item)  # changing the list IN PLACE: Flask does not notice
    if request.args.get("fix") == "1":
        session.modified = True  # the fix: tell Flask the session changed
    return text(
        f"Appended {item!r}. This request sees cart = {session['cart']!r}. "
        "Visit /cart to see what the next request gets."
    )


@app.get("/cart")
def cart_show():
    return text(f"The session cookie holds cart = {session.get('cart', [])!r}")


@app.get("/")
def index():
    return text(
        "Try: /step-zero, /handle-form-cookie?fav_color=blue, /later-cookie, /session-demo, /session-show, "
        "/server-session-demo, /server-session-show, /some-route, /my-route, /forget-number, "
        "/logout, /cart/add?item=taco, /cart"
    )
