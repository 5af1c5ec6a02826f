# ruff: noqa
"""The model call, in a module with no web code."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def summarise(text: str) -> str:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=400,
            messages=[{"role": "user", "content": f"Summarise:\n{text}"}],
        )
    except anthropic.APIError:
        return "No summary right now; the text is kept as it is."
    print(reply.usage)
    return reply.content[0].text
