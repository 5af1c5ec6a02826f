# ruff: noqa
"""The project's one place that maps the SDK's errors, used by other modules."""

import contextlib

import anthropic


class Unavailable(Exception):
    """Our own error: the caller answers 503 with Retry-After on it."""


@contextlib.contextmanager
def mapped_errors():
    try:
        yield
    except anthropic.APIError as exc:
        raise Unavailable(str(exc)) from exc
