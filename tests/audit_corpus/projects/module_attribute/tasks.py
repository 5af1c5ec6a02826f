# ruff: noqa
"""The client used as an attribute of an imported module."""

from core import llm


def tag(text: str) -> str:
    reply = llm.client.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=32, messages=[{"role": "user", "content": text}]
    )
    print(reply.usage)
    return reply.content[0].text
