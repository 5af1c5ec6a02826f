# ruff: noqa
"""Held-out round 7 (PR002, outside the libraries known): the project's own retry decorator
loops over attempts and sleeps between them; over a client that keeps the SDK's own
retries the attempts multiply. A decorator that neither loops nor sleeps is no retry."""

import asyncio
import functools
import logging

import anthropic

logger = logging.getLogger(__name__)
retrying = anthropic.AsyncAnthropic(timeout=30)  # expect: PR001
single = anthropic.AsyncAnthropic(timeout=30, max_retries=0)


def retry_with_backoff(max_retries: int = 3, base_delay: float = 1.0):
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(max_retries + 1):
                try:
                    return await func(*args, **kwargs)
                except anthropic.APIError:
                    if attempt == max_retries:
                        raise
                    await asyncio.sleep(base_delay * 2**attempt)

        return wrapper

    return decorator


def logged(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        logger.info("calling %s", func.__name__)
        return await func(*args, **kwargs)

    return wrapper


@retry_with_backoff(max_retries=3)  # expect: PR002
async def summarise(text: str) -> str:
    reply = await retrying.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=300, messages=[{"role": "user", "content": text}]
    )
    print(reply.usage)
    return reply.content[0].text


@retry_with_backoff(max_retries=3)
async def summarise_once(text: str) -> str:
    reply = await single.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=300, messages=[{"role": "user", "content": text}]
    )
    print(reply.usage)
    return reply.content[0].text


@logged
async def title(text: str) -> str:
    reply = await retrying.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=30, messages=[{"role": "user", "content": text}]
    )
    print(reply.usage)
    return reply.content[0].text
