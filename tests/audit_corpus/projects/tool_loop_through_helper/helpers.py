# ruff: noqa
"""A notebook-style helper: one model call, the conversation kept by the caller."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def chat(messages: list[dict], tools: list[dict] | None = None):
    try:
        reply = client.messages.create(  # expect: PR011
            model="claude-haiku-4-5", max_tokens=1024, messages=messages, tools=tools or []
        )
    except anthropic.APIError:
        return None
    print(reply.usage)
    return reply
