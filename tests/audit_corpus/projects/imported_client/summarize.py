# ruff: noqa
"""A client imported from another module: its call was invisible to a per-file audit."""

import anthropic

from services.claude.client import claude


def summarize(text: str) -> str:
    try:
        reply = claude.messages.create(  # expect: PR003
            model="claude-haiku-4-5", messages=[{"role": "user", "content": text}]
        )
    except anthropic.APIError:
        return "No summary right now."
    print(reply.usage)
    return reply.content[0].text
