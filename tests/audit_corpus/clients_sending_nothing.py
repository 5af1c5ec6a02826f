# ruff: noqa
"""Held-out round 7 (PR001 false positives): a client built only for the SDK's local
tokenizer, or kept in a name nothing reads, sends no request, so no default retry or
timeout is ever used; the client the calls go through is judged."""

import os

import anthropic
from anthropic import Anthropic

spare = anthropic.Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))


class Provider:
    def __init__(self, key: str) -> None:
        self.model = anthropic.AsyncAnthropic(api_key=key)  # expect: PR001
        self.tokenizer = Anthropic().get_tokenizer()
        self.counter = Anthropic()

    def tokens(self, text: str) -> int:
        return self.counter.count_tokens(text)

    async def answer(self, prompt: str) -> str:
        try:
            reply = await self.model.messages.create(
                model="claude-haiku-4-5",
                max_tokens=256,
                messages=[{"role": "user", "content": prompt}],
            )
        except anthropic.APIError:
            return "No answer right now."
        print(reply.usage)
        return reply.content[0].text


def count_remotely(text: str) -> int:
    counter = Anthropic(timeout=10)  # expect: PR001
    return counter.messages.count_tokens(
        model="claude-haiku-4-5", messages=[{"role": "user", "content": text}]
    ).input_tokens
