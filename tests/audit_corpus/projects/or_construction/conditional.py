# ruff: noqa
"""A client built only when a key is set (a conditional expression)."""

import os

from anthropic import AsyncAnthropic

client = AsyncAnthropic(timeout=30, max_retries=2) if os.environ.get("ANTHROPIC_API_KEY") else None


async def ask(question: str) -> str:
    reply = await client.messages.create(  # expect: PR006
        model="claude-sonnet-5-5", max_tokens=512, messages=[{"role": "user", "content": question}]
    )
    print(reply.usage)
    return reply.content[0].text
