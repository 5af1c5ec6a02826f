# ruff: noqa
"""Flask-RESTX resources are routes (round 9): a class routed by `@ns.route(...)` or
registered with `api.add_resource(...)` answers requests in its `get`/`post` methods.
`ns.payload` is the request's JSON body; a limiter in the class's `decorators` limits it."""

import anthropic
from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_restx import Api, Namespace, Resource

app = Flask(__name__)
api = Api(app)
ns = Namespace("assistant")
limiter = Limiter(get_remote_address, app=app)
client = anthropic.Anthropic(timeout=30, max_retries=2)


@ns.route("/ask")
class Ask(Resource):
    def post(self):  # expect: PR009
        question = ns.payload["question"]
        try:
            reply = client.messages.create(  # expect: PR012
                model="claude-haiku-4-5",
                max_tokens=512,
                messages=[{"role": "user", "content": question}],
            )
        except anthropic.APIError:
            return {"answer": "The assistant is busy, try again in a minute."}
        print(reply.usage)
        return {"answer": reply.content[0].text}


class Summary(Resource):
    decorators = [limiter.limit("5/minute")]

    def get(self, topic: str):
        if len(topic) > 80:
            return {"error": "topic too long"}, 400
        try:
            reply = client.messages.create(
                model="claude-haiku-4-5",
                max_tokens=512,
                messages=[{"role": "user", "content": f"Summarise {topic}."}],
            )
        except anthropic.APIError:
            return {"summary": "No summary right now."}
        print(reply.usage)
        return {"summary": reply.content[0].text}


class Cache:
    """Not a resource: its `get` answers no request."""

    def get(self, key: str) -> str:
        reply = client.messages.create(  # expect: PR006
            model="claude-haiku-4-5", max_tokens=64, messages=[{"role": "user", "content": key}]
        )
        print(reply.usage)
        return reply.content[0].text


api.add_namespace(ns)
api.add_resource(Summary, "/summary/<topic>")
