# ruff: noqa
"""Whether the response's usage is read (PR008): create, streams, escapes."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
MESSAGES = [{"role": "user", "content": "Hello"}]


def record(usage) -> None: ...


def calls():
    try:
        client.messages.create(model="m", max_tokens=100, messages=MESSAGES)  # expect: PR008
        reply = client.messages.create(model="m", max_tokens=9, messages=[])  # expect: PR008
        text = reply.content[0].text
        first = client.messages.create(model="m", max_tokens=9, messages=[]).id  # expect: PR008
        unread = client.messages.create(  # expect: PR008
            model="m", max_tokens=100, messages=MESSAGES
        )
        print(unread.content)
        read = client.messages.create(model="m", max_tokens=100, messages=MESSAGES)
        record(read.usage)
        passed_on = client.messages.create(model="m", max_tokens=100, messages=MESSAGES)
        keep(passed_on)
        return text
    except anthropic.APIError:
        return "Please try again later."


def keep(message) -> None:
    record(message.usage)


def returned():
    try:
        return client.messages.create(model="m", max_tokens=100, messages=MESSAGES)
    except anthropic.APIError:
        return "Please try again later."


def stream_text_only():
    try:
        with client.messages.stream(  # expect: PR008
            model="m", max_tokens=100, messages=MESSAGES
        ) as stream:
            yield from stream.text_stream
    except anthropic.APIError:
        yield "Please try again later."


def stream_with_final_usage():
    try:
        with client.messages.stream(model="m", max_tokens=100, messages=MESSAGES) as stream:
            yield from stream.text_stream
            record(stream.get_final_message().usage)
    except anthropic.APIError:
        yield "Please try again later."


def raw_events():
    try:
        events = client.messages.create(model="m", max_tokens=100, messages=MESSAGES, stream=True)
        for event in events:
            if event.type == "message_delta":
                record(event.usage)
    except anthropic.APIError:
        yield "Please try again later."
