# ruff: noqa
"""A client injected or built with `or`, kept on self by __init__."""

import anthropic


class Agent:
    def __init__(self, client: object = None) -> None:
        self.client = client or anthropic.Anthropic(timeout=30, max_retries=2)

    def answer(self, question: str) -> str:
        reply = self.client.messages.create(  # expect: PR006
            model="claude-sonnet-5-5",
            max_tokens=512,
            messages=[{"role": "user", "content": question}],
        )
        print(reply.usage)
        return reply.content[0].text
