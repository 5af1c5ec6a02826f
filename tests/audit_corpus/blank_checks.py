# ruff: noqa
"""A check that the input is not blank bounds nothing (round 8 miss: `if not prompt or not
prompt.strip()` was read as validation); a length check is one."""

import anthropic
from flask import Flask, jsonify, request
from flask_limiter import Limiter

app = Flask(__name__)
limiter = Limiter(app=app, key_func=lambda: request.remote_addr, default_limits=["30/minute"])
client = anthropic.Anthropic(timeout=30, max_retries=2)


def ask(prompt: str) -> str:
    try:
        reply = client.messages.create(  # expect: PR012
            model="claude-haiku-4-5",
            max_tokens=300,
            messages=[{"role": "user", "content": "Answer briefly.\n" + prompt}],
        )
    except anthropic.APIError:
        return "The assistant is busy; try again in a minute."
    print(reply.usage)
    return reply.content[0].text


@app.get("/ask")
def ask_route():
    prompt = request.args.get("prompt")
    if not prompt or not prompt.strip():
        return jsonify({"error": "No prompt"}), 400
    return jsonify({"answer": ask(prompt)})


@app.get("/short")
def short_route():
    prompt = request.args.get("prompt", "")
    if not prompt.strip() or len(prompt) > 2000:
        return jsonify({"error": "Empty or too long"}), 400
    return jsonify({"answer": ask(prompt)})
