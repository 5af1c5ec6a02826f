# ruff: noqa
"""Implements ChatClient structurally; the text is appended to the list sent as `messages`."""

import anthropic


class ClaudeChat:
    def __init__(self) -> None:
        self.client = anthropic.AsyncAnthropic(timeout=30, max_retries=2)

    async def reply(self, text: str) -> str:
        try:
            messages = []
            messages.append({"role": "user", "content": text})
            answer = await self.client.messages.create(  # expect: PR012
                model="claude-haiku-4-5",
                max_tokens=300,
                messages=messages,
            )
        except anthropic.APIError:
            return "The assistant is busy; please try again in a minute."
        print(answer.usage)
        return answer.content[0].text
