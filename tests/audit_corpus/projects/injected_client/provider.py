# ruff: noqa
"""A client handed in by a decorator (key rotation): the method only names its parameter."""

import functools

import anthropic


def rotate(method):
    @functools.wraps(method)
    async def wrapper(self, *args):
        return await method(self, anthropic.AsyncAnthropic(timeout=30, max_retries=2), *args)

    return wrapper


class Provider:
    @rotate
    async def generate(self, client, messages: list) -> str:
        reply = await client.messages.create(  # expect: PR006
            model="claude-haiku-4-5", max_tokens=256, messages=messages
        )
        print(reply.usage)
        return reply.content[0].text
