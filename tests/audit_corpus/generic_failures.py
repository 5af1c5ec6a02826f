# ruff: noqa
"""A broad handler that turns every error into the same generic failure handles nothing
(round 10): a 429 still becomes a 500, or ends the run, for the user. Near misses: a 503
that tells the client when to come back, and a handler that tells the SDK's errors apart."""

import sys

import anthropic
from fastapi import HTTPException

client = anthropic.Anthropic(timeout=30, max_retries=2)


def summary(text: str) -> str:
    try:
        reply = client.messages.create(  # expect: PR006
            model="claude-haiku-4-5", max_tokens=300, messages=[{"role": "user", "content": text}]
        )
    except Exception as error:
        raise RuntimeError(f"Summary failed: {error}")
    print(reply.usage)
    return reply.content[0].text


def answer(question: str) -> str:
    reply = client.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=300, messages=[{"role": "user", "content": question}]
    )
    print(reply.usage)
    return reply.content[0].text


def answer_for_the_api(question: str) -> str:
    try:
        return answer(question)
    except Exception as error:
        raise HTTPException(status_code=500, detail=str(error))


def review(diff: str) -> None:
    try:
        reply = client.messages.create(  # expect: PR006
            model="claude-haiku-4-5", max_tokens=900, messages=[{"role": "user", "content": diff}]
        )
    except Exception as error:
        print(f"Review failed: {error}")
        sys.exit(1)
    print(reply.usage)
    print(reply.content[0].text)


def busy_answer(question: str) -> str:
    try:
        reply = client.messages.create(  # expect: PR011
            model="claude-haiku-4-5", max_tokens=300, messages=[{"role": "user", "content": question}]
        )
    except Exception:
        raise HTTPException(status_code=503, headers={"Retry-After": "30"})
    print(reply.usage)
    return reply.content[0].text


def told_apart(question: str) -> str:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5", max_tokens=300, messages=[{"role": "user", "content": question}]
        )
    except Exception as error:
        if isinstance(error, anthropic.RateLimitError):
            raise HTTPException(status_code=429, headers={"Retry-After": "30"})
        raise RuntimeError("The assistant failed.")
    print(reply.usage)
    return reply.content[0].text


def draft(text: str) -> str:
    """Translated to RuntimeError, which its caller catches by name and answers anyway."""
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5", max_tokens=300, messages=[{"role": "user", "content": text}]
        )
    except Exception as error:
        raise RuntimeError("Drafting failed.") from error
    print(reply.usage)
    return reply.content[0].text


def draft_or_note(text: str) -> str:
    try:
        return draft(text)
    except RuntimeError:
        return "No draft right now, write your own for today."
