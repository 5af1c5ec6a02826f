# ruff: noqa
"""A function of the project handed to `asyncio.to_thread` runs there: the `try` around the
runner is around the call inside it (round 10: reported as unhandled, and the broad
handler that swallows its errors went unseen)."""

import asyncio

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def parse_request(text: str) -> str:
    reply = client.messages.create(
        model="claude-haiku-4-5", max_tokens=200, messages=[{"role": "user", "content": text}]
    )
    print(reply.usage)
    return reply.content[0].text


async def add_event(text: str) -> str:
    try:
        parsed = await asyncio.to_thread(parse_request, text)
    except Exception:  # expect: PR007
        return "Couldn't read that, try: Dentist 23 May 10am"
    return parsed
