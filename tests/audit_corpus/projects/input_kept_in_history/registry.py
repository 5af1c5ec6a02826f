# ruff: noqa
"""Hands out each user's conversation together with a note, as a tuple."""

from conversation import Conversation


class Registry:
    def __init__(self) -> None:
        self.open: dict[str, Conversation] = {}

    def pick(self, user: str) -> tuple[Conversation, str]:
        if user not in self.open:
            self.open[user] = Conversation()
            return self.open[user], "new"
        return self.open[user], "resumed"


registry = Registry()
