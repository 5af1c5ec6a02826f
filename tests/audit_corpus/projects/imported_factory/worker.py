# ruff: noqa
"""A client built by an imported factory, under a retry decorator: retries multiply."""

import anthropic
from tenacity import retry, stop_after_attempt

from llm import get_anthropic_client

client = get_anthropic_client()


@retry(stop=stop_after_attempt(2))  # expect: PR002
def label(text: str) -> str:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5", max_tokens=64, messages=[{"role": "user", "content": text}]
        )
    except anthropic.APIError:
        return "unlabelled"
    print(reply.usage)
    return reply.content[0].text
