# ruff: noqa
"""Held-out round 6 (F2): the stream is built before the `try` and entered inside it; the
request is made at the `with`, so the handlers around the `with` are the ones that count."""

import anthropic

client = anthropic.AsyncAnthropic(timeout=30, max_retries=2)


async def relay(messages: list[dict], send) -> None:
    pending = client.messages.stream(  # expect: PR011
        model="claude-haiku-4-5", max_tokens=512, messages=messages
    )
    try:
        async with pending as stream:
            async for text in stream.text_stream:
                await send(text)
            print((await stream.get_final_message()).usage)
    except Exception as error:  # expect: PR007
        print(f"stream failed: {error}")
    finally:
        await send(None)


async def relay_mapped(messages: list[dict]) -> str:
    pending = client.messages.stream(
        model="claude-haiku-4-5", max_tokens=512, messages=messages
    )
    try:
        async with pending as stream:
            parts = [text async for text in stream.text_stream]
            print((await stream.get_final_message()).usage)
    except anthropic.APIError:
        return "The assistant is busy; please try again in a minute."
    return "".join(parts)


async def relay_unguarded(messages: list[dict], send) -> None:
    pending = client.messages.stream(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=512, messages=messages
    )
    async with pending as stream:
        async for text in stream.text_stream:
            await send(text)
        print((await stream.get_final_message()).usage)
