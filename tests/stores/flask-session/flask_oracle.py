"""Real Flask as an oracle for real-flask.flask.test.ts.

Reads {"ops": [...]} as JSON on stdin and prints one JSON result per op, in
order, as a JSON list on stdout. Imports the downloadable demo app from
public/downloads/flask-demo/app.py (SECRET_KEY comes from the environment).

Ops:
  {"op": "demo"}                                  hit the demo routes with Flask's test client
  {"op": "show", "cookie": c}                     GET /session-show with that session cookie
  {"op": "loads", "cookie": c, "max_age": n|null} what Flask's session serializer makes of c
  {"op": "dumps", "tagged_json": t, "timestamp": n}  the cookie Flask signs for that data at that time
  {"op": "canon", "text": t}                      TaggedJSONSerializer: dumps(loads(t))
  {"op": "b64", "text": t}                        itsdangerous base64_decode(t.encode("utf-8"))
"""

from __future__ import annotations

import json
import os
import sys
from unittest import mock

sys.dont_write_bytecode = True  # leave no __pycache__ in public/downloads/flask-demo

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "..", "..", "public", "downloads", "flask-demo")
sys.path.insert(0, os.path.normpath(DEMO))

from itsdangerous.encoding import base64_decode  # noqa: E402

from app import app  # noqa: E402

app.config["TESTING"] = True
interface = app.session_interface
tagged = interface.serializer


def signer():
    serializer = interface.get_signing_serializer(app)
    if serializer is None:
        raise RuntimeError("SECRET_KEY is empty")
    return serializer


def cookie_from(response, name: str) -> str | None:
    for header in response.headers.getlist("Set-Cookie"):
        key, _, rest = header.partition("=")
        if key == name:
            return rest.split(";", 1)[0]
    return None


def client():
    """No cookie jar: each request carries exactly the Cookie header we give it."""
    return app.test_client(use_cookies=False)


def demo() -> dict:
    client_ = client()
    response = client_.get("/session-demo")
    cookie = cookie_from(response, app.config["SESSION_COOKIE_NAME"])
    data = signer().loads(cookie)
    show = client_.get("/session-show", headers={"Cookie": f"session={cookie}"}).get_data(as_text=True)

    color = client_.get("/handle-form-cookie?fav_color=blue")
    fav = cookie_from(color, "fav_color")
    later = client_.get("/later-cookie", headers={"Cookie": f"fav_color={fav}"}).get_data(as_text=True)
    unset = client_.get("/later-cookie").get_data(as_text=True)

    server = client_.get("/server-session-demo")
    sid = cookie_from(server, "sid")
    server_show = client_.get("/server-session-show", headers={"Cookie": f"sid={sid}"}).get_data(as_text=True)
    return {
        "secret": app.secret_key,
        "cookie": cookie,
        "tagged_json": tagged.dumps(data),
        "show": show,
        "fav_color_cookie": fav,
        "later": later,
        "later_unset": unset,
        "sid": sid,
        "server_show": server_show,
    }


def loads(cookie: str, max_age) -> dict:
    try:
        data = signer().loads(cookie, max_age=max_age)
    except Exception as error:  # report the class, like the codec's `kind`
        return {"ok": False, "exception": type(error).__name__, "message": str(error)}
    return {"ok": True, "tagged_json": tagged.dumps(data)}


def dumps(text: str, timestamp: int) -> dict:
    data = tagged.loads(text)
    with mock.patch("time.time", return_value=float(timestamp)):
        return {"cookie": signer().dumps(data)}


def canon(text: str) -> dict:
    try:
        return {"ok": True, "text": tagged.dumps(tagged.loads(text))}
    except Exception as error:
        return {"ok": False, "exception": type(error).__name__, "message": str(error)}


def b64(text: str) -> dict:
    try:
        return {"ok": True, "hex": base64_decode(text.encode("utf-8")).hex()}
    except Exception as error:
        return {"ok": False, "exception": type(error).__name__}


def run(op: dict) -> dict:
    kind = op["op"]
    if kind == "demo":
        return demo()
    if kind == "show":
        response = client().get("/session-show", headers={"Cookie": f"session={op['cookie']}"})
        return {"show": response.get_data(as_text=True)}
    if kind == "loads":
        return loads(op["cookie"], op.get("max_age", int(app.permanent_session_lifetime.total_seconds())))
    if kind == "dumps":
        return dumps(op["tagged_json"], op["timestamp"])
    if kind == "canon":
        return canon(op["text"])
    if kind == "b64":
        return b64(op["text"])
    raise ValueError(f"unknown op {kind!r}")


def main() -> None:
    request = json.load(sys.stdin)
    with app.app_context():  # Flask sorts keys through the app's JSON provider
        results = [run(op) for op in request["ops"]]
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
