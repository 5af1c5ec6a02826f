# ruff: noqa
"""A streaming generator that turns failures into events for a websocket (PR011): an
`{"type": "error"}` event is an error told to the user, not an alternative answer."""

import anthropic

client = anthropic.AsyncAnthropic(timeout=30, max_retries=2)


async def stream_reply(messages: list[dict]):
    try:
        async with client.messages.stream(  # expect: PR011
            model="claude-haiku-4-5", max_tokens=1024, messages=messages
        ) as stream:
            async for text in stream.text_stream:
                yield {"type": "text_delta", "delta": text}
            print((await stream.get_final_message()).usage)
    except anthropic.APIError as error:
        yield {"type": "error", "message": str(error)}


async def stream_with_fallback(messages: list[dict]):
    try:
        async with client.messages.stream(
            model="claude-haiku-4-5", max_tokens=1024, messages=messages
        ) as stream:
            async for text in stream.text_stream:
                yield {"type": "text_delta", "delta": text}
            print((await stream.get_final_message()).usage)
    except anthropic.APIError:
        yield {"type": "text_delta", "delta": "The assistant is busy; please try again in a minute."}
