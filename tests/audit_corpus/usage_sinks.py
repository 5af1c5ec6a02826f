# ruff: noqa
"""A response handed to a logger or a meter in another module is taken as read for its
usage (PR008); handed to anything else, it is not."""

import anthropic

from api_logging import ApiLogger

client = anthropic.Anthropic(timeout=30, max_retries=2)


class Chat:
    def __init__(self) -> None:
        self.api_log = ApiLogger()

    def send(self, text: str) -> str:
        try:
            reply = client.messages.create(
                model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": text}]
            )
        except anthropic.APIError:
            return "The assistant is busy; please try again in a minute."
        self.api_log.log_api_response(reply)
        return reply.content[0].text

    def send_unmetered(self, text: str) -> str:
        try:
            reply = client.messages.create(  # expect: PR008
                model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": text}]
            )
        except anthropic.APIError:
            return "The assistant is busy; please try again in a minute."
        render(reply)
        return reply.content[0].text


def render(reply) -> None: ...
