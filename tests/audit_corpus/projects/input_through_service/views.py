# ruff: noqa
"""Held-out round 7 (a PR012 miss): routes build the prompt from the request's JSON and
hand it to a service module's function, which sends it as the user turn."""

import json

from flask import Flask, jsonify, request

from assistant import ask, ask_checked, rewrite

app = Flask(__name__)


def limit(rule: str):
    return lambda view: view


@app.route("/plan", methods=["POST"])
@limit("10/minute")
def plan():
    data = request.get_json()
    tasks = data["tasks"]
    prompt = f"Order these tasks by urgency:\n{json.dumps(tasks)}"
    return jsonify(plan=ask(prompt))


@app.route("/plan-checked", methods=["POST"])
@limit("10/minute")
def plan_checked():
    tasks = request.get_json()["tasks"]
    if len(tasks) > 50:
        return jsonify(error="too many tasks"), 413
    return jsonify(plan=ask_checked(f"Order these tasks by urgency:\n{tasks}"))


@app.route("/rewrite", methods=["POST"])
@limit("10/minute")
def rewrite_section():
    data = request.get_json()
    title, text = data.get("title"), data.get("text")
    if not all([title, text]):  # there, not checked
        return jsonify(error="title and text are required"), 400
    return jsonify(text=rewrite(title=title, text=text))
