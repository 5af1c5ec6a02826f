# ruff: noqa
"""Usage read through getattr, as duck-typed code does: read all the same (PR008)."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def tally(totals: dict[str, int], usage: object) -> None:
    totals["input"] += getattr(usage, "input_tokens", 0) or 0


def ask(prompt: str, totals: dict[str, int]) -> str:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": prompt}]
        )
    except anthropic.APIError:
        return "The assistant is busy; please try again in a minute."
    tally(totals, getattr(reply, "usage", None))
    return reply.content[0].text


def ask_unread(prompt: str) -> str:
    try:
        reply = client.messages.create(  # expect: PR008
            model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": prompt}]
        )
    except anthropic.APIError:
        return "The assistant is busy; please try again in a minute."
    return reply.content[0].text
