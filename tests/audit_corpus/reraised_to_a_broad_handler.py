# ruff: noqa
"""Held-out round 6 (a PR007 miss): the wrapper logs the SDK's errors and re-raises them,
so they reach the caller's broad handler, which turns them into the answer's text."""

import logging

import anthropic

logger = logging.getLogger(__name__)


class Claude:
    def __init__(self) -> None:
        self.client = anthropic.Anthropic(timeout=30, max_retries=2)

    def ask(self, prompt: str):
        try:
            reply = self.client.messages.create(
                model="claude-haiku-4-5",
                max_tokens=512,
                messages=[{"role": "user", "content": prompt}],
            )
        except anthropic.APIError as error:
            logger.error("Claude failed: %s", error)
            raise
        print(reply.usage)
        return reply


def debate(topic: str) -> str:
    try:
        return Claude().ask(f"Argue for {topic}").content[0].text
    except Exception as error:  # expect: PR007
        return f"[Error generating the argument: {error}]"


def debate_or_pass(topic: str) -> str:
    try:
        return Claude().ask(f"Argue against {topic}").content[0].text
    except anthropic.APIError:
        return "No argument against it today."
    except Exception as error:
        return f"[Error: {error}]"
