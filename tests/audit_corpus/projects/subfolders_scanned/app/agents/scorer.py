# ruff: noqa
"""Imports written from the root (`from app.services...`) while only `app/agents` and
`app/services` are scanned: the client is still found."""

from app.services.llm_client import get_client


async def score(text: str) -> str:
    client = get_client()
    reply = await client.messages.create(  # expect: PR006, PR008
        model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": text}]
    )
    return reply.content[0].text
