# ruff: noqa
"""A blueprint route with no limiter of its own: the app's default limits cover it."""

from flask import Blueprint, jsonify, request

from .writer import summarise

pages = Blueprint("pages", __name__)


@pages.route("/summary", methods=["POST"])
def summary():
    text = request.get_json()["text"]
    if len(text) > 5000:
        return jsonify(error="too long"), 413
    return jsonify(summary=summarise(text))
