# ruff: noqa
"""An abstract agent whose loop runs a step the subclass implements: the loop never names
a tool, the step sends them, and nothing but a tool raising ends it (round 8 miss)."""

import abc

from anthropic.types import MessageParam


class Finished(Exception):
    """Raised by the `finish` tool."""


class Agent(abc.ABC):
    def __init__(self) -> None:
        self.history: list[MessageParam] = []

    @abc.abstractmethod
    def step(self) -> None: ...

    def run(self, task: str) -> None:
        self.history.append({"role": "user", "content": task})
        try:
            self.loop()
        except Finished:
            return

    def loop(self) -> None:
        while True:  # expect: PR017
            self.step()
