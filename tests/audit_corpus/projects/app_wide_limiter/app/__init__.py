# ruff: noqa
"""Held-out round 7 (a PR009 false positive): the app factory builds a Flask-Limiter with
default limits and hands it the app; every route of every blueprint is limited. This module
never names the SDK."""

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(key_func=get_remote_address, default_limits=["200 per day", "30 per hour"])


def create_app() -> Flask:
    app = Flask(__name__)
    limiter.init_app(app)
    from .views import pages

    app.register_blueprint(pages)
    return app
