# ruff: noqa
"""Held-out round 7 (PR011 false positives): a handler that returns an empty result of
the answer's own shape lets the caller go on without the part (a degraded answer); one
that says it failed (`"success": False`, an error key) is an error, not a fallback."""

import logging

import anthropic

logger = logging.getLogger(__name__)
client = anthropic.Anthropic(timeout=60, max_retries=2)


def introduction(outline: str) -> dict:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=2048,
            messages=[{"role": "user", "content": f"Introduce: {outline}"}],
        )
        return {"content": reply.content[0].text, "usage": {"tokens": reply.usage.output_tokens}}
    except Exception as error:  # expect: PR007
        logger.error("introduction failed: %s", error)
        return {"content": "", "notes": [], "usage": {"tokens": 0}}


def epilogue(outline: str) -> dict:
    try:
        reply = client.messages.create(  # expect: PR011
            model="claude-haiku-4-5",
            max_tokens=2048,
            messages=[{"role": "user", "content": f"Close: {outline}"}],
        )
        return {"content": reply.content[0].text, "tokens": reply.usage.output_tokens}
    except Exception as error:  # expect: PR007
        logger.error("epilogue failed: %s", error)
        return {"content": "", "tokens": 0, "success": False}
