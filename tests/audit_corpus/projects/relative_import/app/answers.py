# ruff: noqa
"""The client reached through a relative import of a package that re-exports it."""

from .llm import default_client


def answer(question: str) -> str:
    reply = default_client.messages.create(  # expect: PR006
        model="claude-sonnet-5-5", max_tokens=512, messages=[{"role": "user", "content": question}]
    )
    print(reply.usage)
    return reply.content[0].text
