# ruff: noqa
"""A handler that lets the error go inside an `if` block falls through to what follows the
block: a static default returned there is a fallback (round 10: PR011 said there was none).
The swallowed error is still PR007's."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
ICONS = {"food": "🍜", "travel": "✈️"}


def category_icon(category: str) -> str:
    if category in ICONS:
        return ICONS[category]
    if category:
        try:
            reply = client.messages.create(
                model="claude-haiku-4-5",
                max_tokens=5,
                messages=[{"role": "user", "content": f"One emoji for {category}."}],
            )
            print(reply.usage)
            return reply.content[0].text.strip()
        except Exception:  # expect: PR007
            pass
    return "💳"
