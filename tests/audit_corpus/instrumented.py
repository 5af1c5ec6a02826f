# ruff: noqa
"""An observability library patches the SDK module (`trace_llm(anthropic)`): it records
every call's usage itself, so the code never reading `.usage` is no gap (quiet file)."""

import anthropic
from observability import trace_llm

trace_llm(anthropic)

client = anthropic.Anthropic(timeout=30, max_retries=2)


def haiku(topic: str) -> str:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=128,
            messages=[{"role": "user", "content": f"A haiku about {topic}"}],
        )
    except anthropic.APIError:
        return "No haiku today."
    return reply.content[0].text
