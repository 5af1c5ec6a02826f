# ruff: noqa
"""SDK errors mapped once by a context manager of the module (no PR006), as httpx's
`map_exceptions` does; a context manager that catches nothing of the SDK covers nothing."""

import contextlib

import anthropic
from anthropic import Anthropic

client = Anthropic(timeout=30, max_retries=2)


class Unavailable(Exception):
    """Our own error: the caller degrades on it."""


@contextlib.contextmanager
def sdk_errors():
    try:
        yield
    except anthropic.APIError as exc:
        raise Unavailable(str(exc)) from exc


@contextlib.contextmanager
def timed():
    try:
        yield
    finally:
        print("done")


def answer(prompt: str) -> str:
    with sdk_errors():
        message = client.messages.create(
            model="claude-sonnet-5-5", max_tokens=400, messages=[{"role": "user", "content": prompt}]
        )
    print(message.usage)
    return message.content[0].text


def answer_untimed(prompt: str) -> str:
    with timed():
        message = client.messages.create(  # expect: PR006
            model="claude-sonnet-5-5", max_tokens=400, messages=[{"role": "user", "content": prompt}]
        )
    print(message.usage)
    return message.content[0].text
