# ruff: noqa
"""The interface the runner is written against: it never names an implementation."""

from abc import ABC, abstractmethod


class Provider(ABC):
    @abstractmethod
    async def answer(self, prompt: str) -> str:
        """One completion for the prompt."""
