# ruff: noqa
"""A Flask prototype: a key in source, no limiter, raw input into the prompt and max_tokens."""

import anthropic
from flask import Flask, abort, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from pydantic import BaseModel

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)
client = anthropic.Anthropic(
    api_key="sk-ant-api03-EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE-notreal",  # expect: PR010
    timeout=30,
    max_retries=2,
)


class SummarizeRequest(BaseModel):
    text: str
    max_tokens: int = 512


@app.route("/chat", methods=["POST"])
def chat():  # expect: PR009
    data = request.json
    try:
        message = client.messages.create(  # expect: PR012
            model="claude-sonnet-5-5",
            max_tokens=data.get("max_tokens", 1024),  # expect: PR005
            messages=[{"role": "user", "content": data["prompt"]}],
        )
    except anthropic.APIError:
        return jsonify(answer="The assistant is busy; try again shortly.")
    print(message.usage)
    return jsonify(answer=message.content[0].text)


@app.post("/summarize")
@limiter.limit("10/minute")
def summarize():
    body = SummarizeRequest.model_validate(request.get_json())
    try:
        message = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=min(body.max_tokens, 2048),
            messages=[{"role": "user", "content": f"Summarize:\n{body.text}"}],
        )
    except anthropic.APIError:
        return jsonify(answer="Summaries are unavailable right now.")
    print(message.usage)
    return jsonify(summary=message.content[0].text)


@app.post("/guarded")
@limiter.limit("5/minute")
def guarded():
    prompt = request.json["prompt"]
    if len(prompt) > 4000:
        abort(413)
    try:
        message = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=512,
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError:
        return jsonify(answer="The assistant is busy; try again shortly.")
    print(message.usage)
    return jsonify(answer=message.content[0].text)


@app.post("/ask")
@limiter.limit("5/minute")
def ask():
    """Checked for presence only: any length of question goes through."""
    question = request.json.get("question")
    if not question:
        return jsonify(error="No question provided"), 400
    try:
        message = client.messages.create(  # expect: PR012
            model="claude-haiku-4-5",
            max_tokens=512,
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.APIError:
        return jsonify(answer="The assistant is busy; try again shortly.")
    print(message.usage)
    return jsonify(answer=message.content[0].text)


@app.get("/health")
def health():
    return "ok"
