# ruff: noqa
"""A server-sent event line framing an error event, `f"data: {json.dumps({'type': 'error',
...})}\\n\\n"`, hands the error to the caller as the event would (round 10: reported as a
swallow, PR007). The error's bare text on the line is still swallowed."""

import json

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def event_lines(messages: list[dict]):
    try:
        with client.messages.stream(  # expect: PR011
            model="claude-haiku-4-5", max_tokens=512, messages=messages
        ) as stream:
            for text in stream.text_stream:
                yield f"data: {json.dumps({'type': 'text', 'content': text})}\n\n"
            print(stream.get_final_message().usage)
    except Exception as error:
        yield f"data: {json.dumps({'type': 'error', 'content': str(error)})}\n\n"


def text_lines(messages: list[dict]):
    try:
        with client.messages.stream(  # expect: PR011
            model="claude-haiku-4-5", max_tokens=512, messages=messages
        ) as stream:
            for text in stream.text_stream:
                yield f"data: {text}\n\n"
            print(stream.get_final_message().usage)
    except Exception as error:  # expect: PR007
        yield f"data: Something went wrong: {error}\n\n"
