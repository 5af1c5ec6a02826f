# ruff: noqa
"""The client and the call, in a module another one imports with `*`."""

import anthropic

__all__ = ["ask_assistant", "client"]

client = anthropic.Anthropic(timeout=30, max_retries=2)


def ask_assistant(question: str) -> str:
    try:
        reply = client.messages.create(  # expect: PR012
            model="claude-haiku-4-5",
            max_tokens=300,
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.APIError:
        return "The assistant is unavailable; try again later."
    print(reply.usage)
    return reply.content[0].text


def _not_exported() -> None:
    """Left out of `__all__`: a star import does not bind it."""
