# ruff: noqa
"""Held-out round 6 (F1): a loop whose counter runs down in its body is bounded, whatever
its name (a continuation loop asking for the rest of a long answer, page by page)."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def long_answer(prompt: str, pages: int = 4) -> str:
    parts: list[str] = []
    left = pages
    while left:
        messages = [{"role": "user", "content": prompt}]
        if parts:
            messages.append({"role": "assistant", "content": "".join(parts)})
        try:
            reply = client.messages.create(
                model="claude-haiku-4-5", max_tokens=1024, messages=messages
            )
        except anthropic.APIError:
            return "The answer is not available right now."
        print(reply.usage)
        parts.append(reply.content[0].text)
        if reply.stop_reason != "max_tokens":
            break
        left -= 1
    return "".join(parts)


def run_tools(messages: list[dict], handle) -> str:
    while True:  # expect: PR017
        try:
            reply = client.messages.create(
                model="claude-haiku-4-5", max_tokens=1024, messages=messages, tools=[]
            )
        except anthropic.APIError:
            return "Tools are unavailable right now."
        print(reply.usage)
        if reply.stop_reason != "tool_use":
            return reply.content[0].text
        messages.append({"role": "user", "content": handle(reply)})
