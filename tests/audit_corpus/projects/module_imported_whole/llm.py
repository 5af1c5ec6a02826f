# ruff: noqa
"""The client and its factory, in a module the others import whole (`import llm`)."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def get_client() -> anthropic.Anthropic:
    return client
