# ruff: noqa
"""Calls on the proxies imported from another module, one of them run in a thread."""

import asyncio

from clients import assistant, client


def tag(text: str) -> str:
    try:
        reply = client.messages.create(  # expect: PR008
            model="claude-haiku-4-5",
            max_tokens=64,
            messages=[{"role": "user", "content": text}],
        )
    except Exception:  # expect: PR007
        return "Could not tag this note."
    return reply.content[0].text


async def summary(text: str) -> str:
    reply = await asyncio.to_thread(
        lambda: assistant.messages.create(  # expect: PR006
            model="claude-haiku-4-5",
            max_tokens=256,
            messages=[{"role": "user", "content": text}],
        )
    )
    print(reply.usage.output_tokens)
    return reply.content[0].text
