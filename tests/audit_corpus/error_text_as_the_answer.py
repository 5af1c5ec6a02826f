# ruff: noqa
"""The failure told as the answer (round 8 misses): text that opens with "Error" sent
back with a 200 is no fallback, and a route's fallback does not count for errors an inner
handler already stopped (they never reach it)."""

import anthropic
from flask import Flask, jsonify, request

app = Flask(__name__)
client = anthropic.Anthropic(timeout=30, max_retries=2)


def answer(question: str) -> str:
    reply = client.messages.create(  # expect: PR011
        model="claude-haiku-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": question}],
    )
    print(reply.usage)
    return reply.content[0].text


@app.post("/ask")
def ask():  # expect: PR009
    question = request.json.get("q", "")
    if len(question) > 2000:
        return jsonify({"message": "Too long."}), 413
    try:
        return jsonify({"message": answer(question)})
    except anthropic.APIError:
        return jsonify({"message": "Error: the tutor may be down, or something else went wrong."})


def explain(rows: str) -> str:
    try:
        reply = client.messages.create(  # expect: PR011
            model="claude-haiku-4-5",
            max_tokens=400,
            messages=[{"role": "user", "content": f"Explain these rows:\n{rows[:4000]}"}],
        )
    except anthropic.APIError as error:
        return f"Error explaining the results: {error.message}"
    print(reply.usage)
    return reply.content[0].text


@app.post("/explain")
def explain_route():  # expect: PR009
    rows = str(request.json.get("rows", ""))
    if len(rows) > 4000:
        return {"text": "Too many rows."}, 413
    try:
        return {"text": explain(rows)}
    except Exception:
        return {"text": "Something went wrong; here are the rows unexplained."}
