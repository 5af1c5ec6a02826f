# ruff: noqa
"""Async clients held in attributes, beta and raw-response calls; no usage read anywhere."""

import anthropic
from anthropic import AsyncAnthropic


class Assistant:
    def __init__(self) -> None:
        self.client = AsyncAnthropic()  # expect: PR001
        self.quiet = self.client.with_options(timeout=10, max_retries=0)

    async def ask(self, prompt: str):
        try:
            return await self.client.beta.messages.create(  # expect: PR008
                model="claude-sonnet-5-5",
                max_tokens=300,
                messages=[{"role": "user", "content": prompt}],
                betas=["some-beta"],
            )
        except anthropic.APIError:
            return "Please try again later."

    async def raw(self, prompt: str):
        try:
            return await self.quiet.messages.with_raw_response.create(  # expect: PR003, PR008
                model="claude-sonnet-5-5", messages=[{"role": "user", "content": prompt}]
            )
        except anthropic.APIError:
            return "Please try again later."

    async def stream(self, prompt: str):
        async with self.client.messages.stream(  # expect: PR006, PR008
            model="claude-sonnet-5-5",
            max_tokens=300,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            async for text in stream.text_stream:
                yield text
