# ruff: noqa
"""Retry decorators around a client that still retries on its own (PR002)."""

import anthropic
import backoff
import stamina
from tenacity import retry, stop_after_attempt

client = anthropic.Anthropic(timeout=30, max_retries=2)
STATIC_FALLBACK = "The assistant is busy; please try again in a minute."
MESSAGES = [{"role": "user", "content": "Hello"}]


@retry(stop=stop_after_attempt(3))  # expect: PR002
def with_tenacity():
    return client.messages.create(model="m", max_tokens=100, messages=MESSAGES)


@backoff.on_exception(backoff.expo, anthropic.RateLimitError, max_tries=4)  # expect: PR002
def with_backoff():
    return _inner()


def _inner():
    return client.messages.create(model="m", max_tokens=100, messages=MESSAGES)


@stamina.retry(on=anthropic.APIConnectionError, attempts=3)
def one_owner():
    return client.with_options(max_retries=0).messages.create(
        model="m", max_tokens=100, messages=MESSAGES
    )


@retry(stop=stop_after_attempt(3))
def not_an_sdk_call():
    return len(MESSAGES)


def answer():
    try:
        messages = [with_tenacity(), with_backoff(), one_owner()]
    except anthropic.APIError:
        return STATIC_FALLBACK
    return [m.usage for m in messages]
