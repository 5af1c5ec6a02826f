# ruff: noqa
"""The model call, in a service module with no web code."""

import os

import anthropic

from schemas import ChatBody

client = anthropic.AsyncAnthropic(timeout=30, max_retries=2)
DEFAULT_MAX_TOKENS = int(os.environ.get("DEFAULT_MAX_TOKENS", "1024"))


async def reply(body: ChatBody) -> str:
    max_tokens = body.max_tokens or DEFAULT_MAX_TOKENS
    turns = [{"role": t.role, "content": t.content} for t in body.turns]
    try:
        message = await client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=max_tokens,  # expect: PR005
            messages=turns,
        )
    except anthropic.APIError:
        return "The assistant is busy; please try again in a minute."
    print(message.usage)
    return message.content[0].text
