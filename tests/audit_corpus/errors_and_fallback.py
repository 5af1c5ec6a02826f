# ruff: noqa
"""Handling of SDK errors around the call (PR006, PR007) and the fallback path (PR011)."""

import logging

import anthropic
from anthropic import RateLimitError

log = logging.getLogger(__name__)
client = anthropic.Anthropic(timeout=30, max_retries=2)
FALLBACK_TEXT = "The assistant is unavailable right now; please try again shortly."
MESSAGES = [{"role": "user", "content": "Hello"}]


def unhandled():
    message = client.messages.create(model="m", max_tokens=256, messages=MESSAGES)  # expect: PR006
    print(message.usage)
    return message


def only_rate_limits():
    try:
        message = client.messages.create(  # expect: PR006
            model="m", max_tokens=256, messages=MESSAGES
        )
    except RateLimitError:
        return "Busy, try again soon."
    print(message.usage)
    return message


def swallowed():
    try:
        message = client.messages.create(  # expect: PR011
            model="m", max_tokens=256, messages=MESSAGES
        )
    except Exception:  # expect: PR007
        log.exception("claude failed")
        return None
    print(message.usage)
    return message


def bare_except_with_static_answer():
    try:
        message = client.messages.create(model="m", max_tokens=256, messages=MESSAGES)
    except:  # expect: PR007
        return "Sorry, the assistant is unavailable."
    print(message.usage)
    return message


def broad_but_reraised():
    try:
        message = client.messages.create(  # expect: PR006
            model="m", max_tokens=256, messages=MESSAGES
        )
    except Exception:
        log.exception("claude failed")
        raise
    print(message.usage)
    return message


def specific_first_then_broad():
    try:
        message = client.messages.create(model="m", max_tokens=256, messages=MESSAGES)
    except anthropic.APIError:
        return FALLBACK_TEXT
    except Exception:
        return None
    print(message.usage)
    return message


def mapped_to_errors_only():
    try:
        message = client.messages.create(  # expect: PR011
            model="m", max_tokens=256, messages=MESSAGES
        )
    except anthropic.APIStatusError as error:
        return {"error": str(error)}, 503
    except anthropic.APIConnectionError:
        return {"error": "unavailable"}, 503
    print(message.usage)
    return message


def fallback_model():
    try:
        message = client.messages.create(model="big", max_tokens=256, messages=MESSAGES)
    except (anthropic.RateLimitError, anthropic.InternalServerError, anthropic.APIConnectionError):
        message = client.messages.create(  # expect: PR006
            model="small", max_tokens=256, messages=MESSAGES
        )
    print(message.usage)
    return message


def _call():
    return client.messages.create(model="m", max_tokens=256, messages=MESSAGES)


def handled_by_the_caller():
    try:
        message = _call()
    except anthropic.APIError:
        return FALLBACK_TEXT
    print(message.usage)
    return message.content[0].text
