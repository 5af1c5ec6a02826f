# ruff: noqa
"""Routes that reach the SDK through `from assistant import *`: the route and the input
are linked to the call only once the star is expanded (round 8: the route went unseen)."""

from flask import Flask, request

from assistant import *

app = Flask(__name__)


@app.route("/ask")
def ask():  # expect: PR009
    return {"answer": ask_assistant(request.args.get("q", ""))}


@app.route("/again")
def again():  # expect: PR009
    reply = client.messages.create(  # expect: PR006, PR008
        model="claude-haiku-4-5", max_tokens=100, messages=[{"role": "user", "content": "hi"}]
    )
    return {"answer": reply.content[0].text}
