"""Real Flask (and itsdangerous) as an oracle for flask-options.flask.test.ts: apps that rotate keys,
override the session interface's salt / digest / key derivation, signed with itsdangerous before
1.0 (legacy timestamps), or keep their sessions server-side with Flask-Session.

Reads {"ops": [...]} as JSON on stdin, prints a JSON list of results (one per op) on stdout.
Every op names the app it runs in:
  "app": {"secret": s, "fallbacks": [..], "salt": s, "digest": "sha1"|"sha256"|..., "key_derivation": k}
Ops:
  {"op": "dumps", "app": .., "tagged_json": t, "timestamp": n}  the cookie this app sets for the session
  {"op": "loads", "app": .., "cookie": c, "max_age": n|null}      what this app reads from the cookie
  {"op": "request", "app": .., "cookie": c}                       a real request with Cookie: session=c;
                                                                  the session the view sees, as tagged JSON
  {"op": "legacy_dumps", "secret": s, "tagged_json": t, "timestamp": n}  itsdangerous < 1.0's cookie
  {"op": "legacy_loads", "secret": s, "cookie": c, "now": n, "max_age": n}
  {"op": "signer_sign", "secret": s, "salt": s, "value": v}      itsdangerous Signer(key_derivation="hmac")
  {"op": "flask_session", "secret": s}  (needs Flask-Session: see FLASK_SESSION_PYTHON in the test)
      a real Flask-Session app (SESSION_USE_SIGNER): the cookie it sets, then what it reads back
  {"op": "flask_session_read", "secret": s, "cookie": c, "sid_dir": d}
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from unittest import mock

sys.dont_write_bytecode = True

from flask import Flask, session  # noqa: E402
from flask.sessions import SecureCookieSessionInterface  # noqa: E402
from itsdangerous import Signer, TimestampSigner, URLSafeTimedSerializer  # noqa: E402

DIGESTS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512}


def make_app(spec: dict) -> Flask:
    class Interface(SecureCookieSessionInterface):
        # flask/src/flask/sessions.py: the class attributes apps override.
        salt = spec.get("salt", "cookie-session")
        digest_method = staticmethod(DIGESTS[spec.get("digest", "sha1")])
        key_derivation = spec.get("key_derivation", "hmac")

        def get_signing_serializer(self, app):
            if "SECRET_KEY_FALLBACKS" in app.default_config or not app.config.get("SECRET_KEY_FALLBACKS"):
                return super().get_signing_serializer(app)
            # Flask < 3.1 (Debian's 2.2) has no SECRET_KEY_FALLBACKS: the same lines as Flask 3.1's
            # get_signing_serializer (flask/src/flask/sessions.py), so the check runs on itsdangerous either way.
            keys = [*app.config["SECRET_KEY_FALLBACKS"], app.secret_key]
            signer_kwargs = {"key_derivation": self.key_derivation, "digest_method": self.digest_method}
            return URLSafeTimedSerializer(keys, salt=self.salt, serializer=self.serializer, signer_kwargs=signer_kwargs)

    app = Flask(__name__)
    app.config["TESTING"] = True
    app.secret_key = spec["secret"]
    if spec.get("fallbacks"):
        app.config["SECRET_KEY_FALLBACKS"] = spec["fallbacks"]  # Flask 3.1 (backported above for older Flask)
    app.session_interface = Interface()

    @app.route("/show")
    def show():
        return {"tagged_json": app.session_interface.serializer.dumps(dict(session)), "empty": len(session) == 0}

    return app


def serializer(app: Flask):
    with app.app_context():
        s = app.session_interface.get_signing_serializer(app)
    if s is None:
        raise RuntimeError("no SECRET_KEY")
    return s


class LegacyTimestampSigner(TimestampSigner):
    """itsdangerous 0.24's clock: seconds since 2011-01-01 (EPOCH = 1293840000)."""

    EPOCH = 1293840000

    def get_timestamp(self) -> int:
        return int(time.time() - self.EPOCH)

    def timestamp_to_datetime(self, ts: int):
        return super().timestamp_to_datetime(ts + self.EPOCH)


def legacy_serializer(secret: str):
    flask_like = SecureCookieSessionInterface()
    return URLSafeTimedSerializer(
        secret,
        salt="cookie-session",
        serializer=flask_like.serializer,
        signer=LegacyTimestampSigner,
        signer_kwargs={"key_derivation": "hmac", "digest_method": hashlib.sha1},
    )


def outcome(fn):
    try:
        return {"ok": True, **fn()}
    except Exception as error:  # the exception class, like the codec's kind
        return {"ok": False, "exception": type(error).__name__, "message": str(error)}


def flask_session_app(secret: str, sid_dir: str):
    from flask_session import Session  # Debian's python3-flask-session (0.3.x)

    app = Flask(__name__)
    app.config.update(SECRET_KEY=secret, SESSION_TYPE="filesystem", SESSION_FILE_DIR=sid_dir, SESSION_USE_SIGNER=True, TESTING=True)
    Session(app)

    @app.route("/set")
    def set_():
        session["fav_number"] = 42
        return "ok"

    @app.route("/get")
    def get():
        return {"fav_number": session.get("fav_number")}

    return app


def cookie_from(response, name: str):
    for header in response.headers.getlist("Set-Cookie"):
        key, _, rest = header.partition("=")
        if key == name:
            return rest.split(";", 1)[0]
    return None


def run(op: dict) -> dict:
    kind = op["op"]
    if kind == "dumps":
        app = make_app(op["app"])
        data = app.session_interface.serializer.loads(op["tagged_json"])
        with mock.patch("time.time", return_value=float(op["timestamp"])):
            return {"cookie": serializer(app).dumps(data)}
    if kind == "loads":
        app = make_app(op["app"])
        return outcome(lambda: {"tagged_json": app.session_interface.serializer.dumps(serializer(app).loads(op["cookie"], max_age=op.get("max_age")))})
    if kind == "request":
        app = make_app(op["app"])
        response = app.test_client(use_cookies=False).get("/show", headers={"Cookie": f"session={op['cookie']}"})
        return response.get_json()
    if kind == "legacy_dumps":
        s = legacy_serializer(op["secret"])
        data = s.serializer.loads(op["tagged_json"])
        with mock.patch("time.time", return_value=float(op["timestamp"])):
            return {"cookie": s.dumps(data)}
    if kind == "legacy_loads":
        s = legacy_serializer(op["secret"])
        with mock.patch("time.time", return_value=float(op["now"])):
            return outcome(lambda: {"tagged_json": s.serializer.dumps(s.loads(op["cookie"], max_age=op["max_age"]))})
    if kind == "signer_sign":
        return {"signed": Signer(op["secret"], salt=op["salt"], key_derivation="hmac").sign(op["value"].encode()).decode()}
    if kind == "flask_session":
        sid_dir = tempfile.mkdtemp(prefix="flask-session-oracle-")
        app = flask_session_app(op["secret"], sid_dir)
        client = app.test_client(use_cookies=False)
        cookie = cookie_from(client.get("/set"), "session")
        back = client.get("/get", headers={"Cookie": f"session={cookie}"}).get_json()
        import flask_session

        return {"cookie": cookie, "read_back": back, "sid_dir": sid_dir, "version": getattr(flask_session, "__version__", "?")}
    if kind == "flask_session_read":
        app = flask_session_app(op["secret"], op["sid_dir"])
        return app.test_client(use_cookies=False).get("/get", headers={"Cookie": f"session={op['cookie']}"}).get_json()
    raise ValueError(f"unknown op {kind!r}")


def main() -> None:
    request = json.load(sys.stdin)
    json.dump([run(op) for op in request["ops"]], sys.stdout)


if __name__ == "__main__":
    main()
