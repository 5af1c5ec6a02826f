# ruff: noqa
"""The messages resource kept in a name (and on self), then called."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
messages_client = client.messages


class Chat:
    def __init__(self) -> None:
        self.messages = anthropic.Anthropic(timeout=30, max_retries=0).messages

    def reply(self, text: str) -> str:
        try:
            message = self.messages.create(  # expect: PR003
                model="claude-sonnet-5-5", messages=[{"role": "user", "content": text}]
            )
        except anthropic.APIError:
            return "Please try again."
        print(message.usage)
        return message.content[0].text


def one_shot(text: str) -> str:
    message = messages_client.create(  # expect: PR006
        model="claude-sonnet-5-5", max_tokens=256, messages=[{"role": "user", "content": text}]
    )
    print(message.usage)
    return message.content[0].text


def streamed(text: str) -> None:
    with messages_client.stream(  # expect: PR006, PR008
        model="claude-sonnet-5-5", max_tokens=256, messages=[{"role": "user", "content": text}]
    ) as stream:
        for chunk in stream.text_stream:
            print(chunk)
