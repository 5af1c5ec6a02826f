# ruff: noqa
"""functools.partial over messages.create: the keywords bound there count at each call."""

import functools

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
ask = functools.partial(client.messages.create, model="claude-sonnet-5-5", max_tokens=256)
ask_unbounded = functools.partial(client.messages.create, model="claude-sonnet-5-5")


def first(text: str) -> str:
    try:
        reply = ask(messages=[{"role": "user", "content": text}])
    except anthropic.APIError:
        return "Please try again."
    print(reply.usage)
    return reply.content[0].text


def second(text: str) -> str:
    try:
        reply = ask_unbounded(messages=[{"role": "user", "content": text}])  # expect: PR003
    except anthropic.APIError:
        return "Please try again."
    print(reply.usage)
    return reply.content[0].text
