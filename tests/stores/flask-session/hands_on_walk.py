"""Walks the downloadable demo app (public/downloads/flask-demo/) through every step of the course's
lesson "Sessions in Flask, hands on" with Flask's test client, and prints what a learner would see
as JSON: tests/stores/flask-session/hands-on-app.flask.test.ts checks it against the lesson's words."""

from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.normpath(os.path.join(HERE, "../../../public/downloads/flask-demo"))
sys.path.insert(0, DEMO)
os.chdir(DEMO)  # templates/ is found relative to the app

from app import app  # noqa: E402
import no_secret  # noqa: E402

client = app.test_client()
out: dict[str, object] = {}


def body(response) -> str:
    return response.get_data(as_text=True)


set_cookie = client.get("/some-route").headers.get("Set-Cookie", "")
out["some_route_set_cookie"] = set_cookie
out["my_route"] = body(client.get("/my-route"))
out["forget"] = body(client.get("/forget-number"))
out["my_route_after_pop"] = body(client.get("/my-route"))
client.get("/some-route")
out["logout_set_cookie"] = client.get("/logout").headers.get("Set-Cookie", "")
client.get("/cart/add?item=taco")
out["cart_after_taco"] = body(client.get("/cart"))
trap = client.get("/cart/add?item=pizza")
out["trap_body"] = body(trap)
out["trap_set_cookie"] = trap.headers.get("Set-Cookie")
out["cart_after_trap"] = body(client.get("/cart"))
client.get("/cart/add?item=pizza&fix=1")
out["cart_after_fix"] = body(client.get("/cart"))
out["step_two_post"] = body(client.post("/step-two", data={"fav-color": "blue"}))
out["step_one"] = body(client.get("/step-one?fav-color=blue"))
out["handle_form_cookie"] = client.get("/handle-form-cookie?fav_color=blue%3B%20Domain%3Devil.com").headers.get("Set-Cookie", "")

no_secret.app.config["PROPAGATE_EXCEPTIONS"] = False
no_secret.app.logger.disabled = True
bare = no_secret.app.test_client()
out["no_secret_status"] = bare.get("/some-route").status_code

print(json.dumps(out))
