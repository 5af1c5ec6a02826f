# ruff: noqa
"""The model calls, in a module with no web code."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def ask(prompt: str) -> str:
    try:
        reply = client.messages.create(  # expect: PR012
            model="claude-haiku-4-5",
            max_tokens=512,
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError:
        return "No plan right now; keep the order you have."
    print(reply.usage)
    return reply.content[0].text


def ask_checked(prompt: str) -> str:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=512,
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError:
        return "No plan right now; keep the order you have."
    print(reply.usage)
    return reply.content[0].text


def _build_rewrite_prompt(title: str, text: str) -> str:
    return f"Rewrite the section {title!r} more clearly:\n\n{text}"


def rewrite(title: str, text: str) -> str:
    prompt = _build_rewrite_prompt(title, text)
    try:
        reply = client.messages.create(  # expect: PR012
            model="claude-haiku-4-5",
            max_tokens=2048,
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError:
        return text
    print(reply.usage)
    return reply.content[0].text
