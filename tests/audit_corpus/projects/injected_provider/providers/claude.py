# ruff: noqa
"""The Claude implementation of the interface."""

import anthropic

from .base import Provider


class ClaudeProvider(Provider):
    def __init__(self) -> None:
        self.client = anthropic.AsyncAnthropic(timeout=60, max_retries=2)

    async def answer(self, prompt: str) -> str:
        reply = await self.client.messages.create(  # expect: PR011
            model="claude-haiku-4-5",
            max_tokens=300,
            messages=[{"role": "user", "content": prompt}],
        )
        print(reply.usage)
        return reply.content[0].text
