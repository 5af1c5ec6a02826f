# ruff: noqa
"""The client factory, imported from the project's root package (`app.services...`)."""

import anthropic


def get_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic()  # expect: PR001
