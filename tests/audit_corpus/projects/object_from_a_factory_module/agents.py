# ruff: noqa
"""Two callers that get the connector from the factory: one handles the SDK's errors,
one does not (round 8 miss: the unhandled path went unseen, the object's module is
imported only by the factory)."""

import anthropic

from connectors import Connectors


class Summarizer:
    def __init__(self) -> None:
        self.connector = Connectors.llm()

    async def summarize(self, text: str) -> str:
        try:
            return await self.connector.complete_chat(f"Summarize: {text}")
        except anthropic.APIError:
            return "No summary right now; the text is unchanged."


class Tagger:
    def __init__(self) -> None:
        self.connector = Connectors.llm()

    async def tags(self, text: str) -> list[str]:
        return (await self.connector.complete_chat(f"Tags for: {text}")).split(",")
