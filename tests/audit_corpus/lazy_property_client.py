# ruff: noqa
"""A client made on first use behind a property (`self.client` reads it, no call), by a
factory method a subclass overrides (held-out round 4: the call was invisible)."""

import anthropic


class Chatbot:
    def __init__(self) -> None:
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = self.new_client()
        return self._client

    def new_client(self):
        raise NotImplementedError


class Claude(Chatbot):
    def new_client(self):
        return anthropic.Anthropic(timeout=30, max_retries=2)

    def complete(self, text: str) -> str:
        try:
            reply = self.client.messages.create(  # expect: PR006
                model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": text}]
            )
        except anthropic.InternalServerError:
            return "The assistant is busy, please try again in a minute."
        print(reply.usage)
        return reply.content[0].text
