# ruff: noqa
"""A conversation object called like a function (`chat("hi")`): its `__call__` makes the
model call, and `self(...)` reuses it from a method."""

import anthropic


class Chat:
    def __init__(self) -> None:
        self.client = anthropic.Anthropic(timeout=30, max_retries=2)
        self.history: list[dict] = []

    def __call__(self, text: str):
        self.history.append({"role": "user", "content": text})
        reply = self.client.messages.create(  # expect: PR011
            model="claude-haiku-4-5", max_tokens=512, messages=self.history
        )
        print(reply.usage)
        return reply

    def ask_twice(self, text: str):
        first = self(text)
        return first, self("And once more, shorter.")
