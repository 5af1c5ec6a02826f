# ruff: noqa
"""The client the routes are handed, as a `typing.Protocol`: nothing names it as a base."""

from typing import Protocol


class ChatClient(Protocol):
    async def reply(self, text: str) -> str: ...
