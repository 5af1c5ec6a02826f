# ruff: noqa
"""Held-out round 7 (a PR007 miss): the runner is handed a provider typed by its abstract
base and retries it in a loop, swallowing every error (`reply = None`) on each attempt."""

from providers import Provider


class Runner:
    def __init__(self, provider: Provider) -> None:
        self.provider = provider

    async def ask(self, prompt: str) -> str | None:
        reply = None
        attempts = 0
        while reply is None and attempts < 10:
            attempts += 1
            try:
                reply = await self.provider.answer(prompt)
            except Exception as error:  # expect: PR007
                reply = None
                last = error
        return reply
