# ruff: noqa
"""A conversation that keeps its turns on the instance and sends them all."""

import anthropic


class Conversation:
    def __init__(self) -> None:
        self.client = anthropic.Anthropic(timeout=30, max_retries=2)
        self.turns: list[dict[str, str]] = []

    def say(self, text: str) -> str:
        self.turns.append({"role": "user", "content": text})
        try:
            reply = self.client.messages.create(  # expect: PR012
                model="claude-haiku-4-5",
                max_tokens=300,
                messages=self.turns,
            )
        except anthropic.APIError:
            return "The assistant is busy; please try again in a minute."
        print(reply.usage)
        return reply.content[0].text
