# ruff: noqa
"""Held-out round 6 (a PR012 miss): the request's history is rebuilt by a comprehension
that keeps its text as is, then sent: still unvalidated input. Cleaning it ends the flow."""

import anthropic
from flask import Flask, jsonify, request

app = Flask(__name__)
client = anthropic.Anthropic(timeout=30, max_retries=2)
limiter = None


def checked_turns(history: list[dict]) -> list[dict]:
    if len(history) > 50 or any(len(str(turn.get("content", ""))) > 4000 for turn in history):
        raise ValueError("history too long")
    return [{"role": turn["role"], "content": str(turn["content"])} for turn in history]


@app.post("/chat")
@limiter.limit("10/minute")
def chat():
    history = request.json.get("history")
    history = [{"role": turn["role"], "content": turn["content"]} for turn in history]
    try:
        reply = client.messages.create(  # expect: PR012
            model="claude-haiku-4-5", max_tokens=512, messages=history
        )
    except anthropic.APIError:
        return jsonify(answer="The assistant is busy; please try again in a minute.")
    print(reply.usage)
    return jsonify(answer=reply.content[0].text)


@app.post("/chat-checked")
@limiter.limit("10/minute")
def chat_checked():
    history = request.json.get("history")
    history = checked_turns(history)
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5", max_tokens=512, messages=history
        )
    except anthropic.APIError:
        return jsonify(answer="The assistant is busy; please try again in a minute.")
    print(reply.usage)
    return jsonify(answer=reply.content[0].text)
