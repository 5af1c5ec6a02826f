# ruff: noqa
"""The connector that makes the Messages API call; its callers decide about errors."""

import anthropic


class LlmConnector:
    def __init__(self) -> None:
        self.client = anthropic.AsyncAnthropic(timeout=30, max_retries=2)

    async def complete_chat(self, prompt: str) -> str:
        reply = await self.client.messages.create(  # expect: PR006
            model="claude-haiku-4-5",
            max_tokens=400,
            messages=[{"role": "user", "content": prompt}],
        )
        print(reply.usage)
        return reply.content[0].text
