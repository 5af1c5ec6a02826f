# ruff: noqa
"""A coroutine made before a `try` and awaited inside it (through `asyncio.gather`) raises
at the await: the handler there covers the call (round 9 false positive); one awaited
after the `try` is still unhandled."""

import asyncio
import logging

import anthropic

logger = logging.getLogger(__name__)
client = anthropic.AsyncAnthropic(timeout=30, max_retries=2)


async def summarise(text: str) -> str:
    reply = await client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=300,
        messages=[{"role": "user", "content": "Summarise:\n" + text}],
    )
    logger.info("tokens: %s", reply.usage)
    return reply.content[0].text


async def translate(text: str) -> str:
    reply = await client.messages.create(  # expect: PR006
        model="claude-haiku-4-5",
        max_tokens=300,
        messages=[{"role": "user", "content": "Translate:\n" + text}],
    )
    logger.info("tokens: %s", reply.usage)
    return reply.content[0].text


async def both(text: str) -> tuple[str, str]:
    first = summarise(text)
    second = translate(text)
    try:
        summary = await asyncio.gather(first)
    except anthropic.APIStatusError as exc:
        return "The summary service is busy; try again.", str(exc.status_code)
    except anthropic.APIConnectionError:
        return "The summary service is unreachable; try again.", ""
    return summary[0], await second
