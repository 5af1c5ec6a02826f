# ruff: noqa
"""A test calling the function bare opens no path either (test files are not audited)."""

from llm import ask


def test_ask() -> None:
    assert ask("hi")
