# ruff: noqa
"""Two entry points: the handled one hid the other from a union of the callers' handlers."""

import anthropic

from llm import ask


def safe_view(prompt: str) -> str:
    try:
        return ask(prompt)
    except anthropic.APIError:
        return "The assistant is busy; please try again in a minute."


def raw_view(prompt: str) -> str:
    return ask(prompt)


def _unused_wrapper(prompt: str) -> str:
    """Nothing calls it: dead code opens no path."""
    return ask(prompt)
