# ruff: noqa
"""One model call that two routes reach with their request input, by different ways."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


class Tutor:
    def chat(self, text: str) -> str:
        try:
            reply = client.messages.create(  # expect: PR012
                model="claude-haiku-4-5",
                max_tokens=800,
                messages=[{"role": "user", "content": text}],
            )
        except anthropic.APIError:
            return "The tutor is busy; your cards are saved, try again shortly."
        print(reply.usage)
        return reply.content[0].text


def cards_from_notes(notes: str) -> str:
    return Tutor().chat(f"Write question/answer cards from these notes:\n{notes}")
