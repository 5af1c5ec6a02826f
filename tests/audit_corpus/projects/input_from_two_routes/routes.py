# ruff: noqa
"""Round 11 (PR012 named one route only): /cards hands its input to a module function that
builds the prompt (and to the call directly), /feedback to the call directly; neither bounds
it, so the call has one PR012 for each of these routes; /feedback-short bounds it."""

from flask import Flask, jsonify, request

from bot import Tutor, cards_from_notes

app = Flask(__name__)


def limit(rule: str):
    return lambda view: view


@app.route("/cards", methods=["POST"])
@limit("10/minute")
def cards():
    if "notes" not in request.json:  # presence, not a bound
        return jsonify(error="notes are required"), 400
    notes = request.json["notes"]
    return jsonify(cards=cards_from_notes(notes), title=Tutor().chat(f"Title for:\n{notes}"))


@app.route("/feedback", methods=["POST"])
@limit("10/minute")
def feedback():
    answer = request.json["answer"]
    return jsonify(feedback=Tutor().chat(f"Grade this answer:\n{answer}"))


@app.route("/feedback-short", methods=["POST"])
@limit("10/minute")
def feedback_short():
    answer = request.json["answer"]
    if len(answer) > 2000:
        return jsonify(error="answer too long"), 413
    return jsonify(feedback=Tutor().chat(f"Grade this answer:\n{answer}"))
