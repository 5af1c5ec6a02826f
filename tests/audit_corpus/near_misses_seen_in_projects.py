# ruff: noqa
"""False positives seen on real projects: each of these is fine and must stay quiet."""

from unittest import mock

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
_RETRYABLE = (anthropic.RateLimitError, anthropic.APIConnectionError, anthropic.InternalServerError)


def rerank(query: str, results: list[str], k: int = 5) -> list[str]:
    """A fallback that returns data the function already has: the unranked results."""
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=256,
            messages=[{"role": "user", "content": query + "\n".join(results)}],
        )
    except anthropic.APIError:
        return results[:k]
    print(reply.usage)
    return reply.content[0].text.splitlines()[:k]


def classify(text: str) -> str:
    """An exception tuple held in a name covers the call."""
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5", max_tokens=8, messages=[{"role": "user", "content": text}]
        )
    except _RETRYABLE:
        return "unknown"
    print(reply.usage)
    return reply.content[0].text


@mock.patch("near_misses_seen_in_projects.client")
def check_classify(fake_client: mock.MagicMock) -> None:
    """A test's decorator: `mock.patch("...")` is no HTTP PATCH route."""
    assert classify("hi") == fake_client.messages.create.return_value.content[0].text
