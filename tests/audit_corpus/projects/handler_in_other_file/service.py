# ruff: noqa
"""The model call, in a service module with no web code."""

import anthropic

client = anthropic.AsyncAnthropic(timeout=30, max_retries=2)


async def complete(prompt: str) -> str:
    try:
        reply = await client.messages.create(
            model="claude-sonnet-5-5", max_tokens=512, messages=[{"role": "user", "content": prompt}]
        )
    except anthropic.APIError:
        return "The assistant is busy; please try again in a minute."
    print(reply.usage)
    return reply.content[0].text
