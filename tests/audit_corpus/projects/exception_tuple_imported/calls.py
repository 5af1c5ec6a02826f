# ruff: noqa
"""`except _RETRYABLE:`: a tuple of SDK errors held in a name covers the call."""

import anthropic

from errors import RETRYABLE

client = anthropic.Anthropic(timeout=30, max_retries=2)
_TRANSIENT = (anthropic.RateLimitError, anthropic.APIConnectionError, anthropic.OverloadedError)
CANNED = "The assistant is busy; please try again in a minute."


def local_tuple(text: str) -> str:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5", max_tokens=32, messages=[{"role": "user", "content": text}]
        )
    except _TRANSIENT:
        return CANNED
    print(reply.usage)
    return reply.content[0].text


def imported_tuple(text: str) -> str:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5", max_tokens=32, messages=[{"role": "user", "content": text}]
        )
    except RETRYABLE:
        return CANNED
    print(reply.usage)
    return reply.content[0].text
