# ruff: noqa
"""Model calls in a helper module; their callers, in views.py, catch what they raise."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def summarize(text: str) -> str:
    reply = client.messages.create(  # expect: PR011
        model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": text}]
    )
    print(reply.usage)
    return reply.content[0].text


def answer(question: str) -> str:
    """Handles the SDK's errors itself: a broad handler further out sees none of them."""
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": question}]
        )
    except anthropic.APIError:
        return "The assistant is busy; please try again in a minute."
    print(reply.usage)
    return reply.content[0].text
