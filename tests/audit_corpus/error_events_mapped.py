# ruff: noqa
"""Held-out round 6 (F5): a broad handler that hands the error to the caller as an error
event (its type and text) maps it: no PR007. An error told as the answer's text still
swallows it (PR007). Neither is an alternative answer (PR011)."""

import logging
from dataclasses import dataclass

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
logger = logging.getLogger(__name__)


@dataclass
class Event:
    kind: str
    data: object


def events(messages: list[dict]):
    try:
        with client.messages.stream(  # expect: PR011
            model="claude-haiku-4-5", max_tokens=512, messages=messages
        ) as stream:
            for text in stream.text_stream:
                yield Event("text", text)
            yield Event("done", stream.get_final_message().usage)
    except Exception as error:
        logger.error("stream failed: %s", error)
        yield Event("error", {"error": str(error), "type": type(error).__name__})


def chunks(messages: list[dict]):
    try:
        with client.messages.stream(  # expect: PR011
            model="claude-haiku-4-5", max_tokens=512, messages=messages
        ) as stream:
            for text in stream.text_stream:
                yield {"type": "text", "data": text}
            print(stream.get_final_message().usage)
    except Exception as error:
        yield {"type": "error", "data": {"message": str(error)}}


def answer(question: str) -> str:
    try:
        reply = client.messages.create(  # expect: PR011
            model="claude-haiku-4-5", max_tokens=512, messages=[{"role": "user", "content": question}]
        )
    except Exception as error:  # expect: PR007
        return f"[Error generating the answer: {error}]"
    print(reply.usage)
    return reply.content[0].text
