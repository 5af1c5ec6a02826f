# ruff: noqa
"""The imported prompt is sent as is (PR014); a short one built the same way is not."""

import anthropic

from prompts import SHORT_PROMPT, SYSTEM_PROMPT

client = anthropic.Anthropic(timeout=30, max_retries=2)


def explain(text: str) -> str:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=2048,
            system=SYSTEM_PROMPT,  # expect: PR014
            messages=[{"role": "user", "content": text}],
        )
        short = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=256,
            system=SHORT_PROMPT,
            messages=[{"role": "user", "content": text}],
        )
    except anthropic.APIError:
        return "No explanation right now."
    print(reply.usage, short.usage)
    return reply.content[0].text + short.content[0].text
