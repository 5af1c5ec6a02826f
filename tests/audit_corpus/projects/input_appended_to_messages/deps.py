# ruff: noqa
"""The dependency that builds the client: the routes never import its class."""

from claude import ClaudeChat


def chat_client() -> ClaudeChat:
    return ClaudeChat()
