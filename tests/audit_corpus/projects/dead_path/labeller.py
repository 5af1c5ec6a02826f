# ruff: noqa
"""The model call, reached from a handled command and from a helper nothing calls."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def label(text: str) -> str:
    reply = client.messages.create(  # expect: PR011
        model="claude-haiku-4-5",
        max_tokens=50,
        messages=[{"role": "user", "content": "Label this text:\n" + text}],
    )
    print(reply.usage)
    return reply.content[0].text


def label_many(texts: list[str]) -> list[str]:
    return [label(text) for text in texts]
