"""What Flask does without a SECRET_KEY: run  flask --app no_secret run  and open /some-route.

Reading the session works (it is empty); the first write raises
RuntimeError: The session is unavailable because no secret key was set.
(flask/sessions.py, NullSession: https://github.com/pallets/flask/blob/main/src/flask/sessions.py)
"""

from flask import Flask, session

app = Flask(__name__)  # no app.config["SECRET_KEY"] on purpose


@app.get("/some-route")
def some_route():
    session["fav_number"] = 42  # raises RuntimeError: the browser gets 500 Internal Server Error
    return "never reached"
