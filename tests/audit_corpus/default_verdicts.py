# ruff: noqa
"""A yes/no the model decides, with a default when it cannot (`return False`), answers
anyway: a fallback (round 10: PR011 said there was none). Where the `try` itself returns a
constant, `return True` once the work is done, `return False` says the call failed."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def is_calendar_request(text: str) -> bool:
    try:
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=5,
            messages=[{"role": "user", "content": f"Is this about a meeting? YES or NO.\n{text}"}],
        )
        print(reply.usage)
        return reply.content[0].text.strip().upper() == "YES"
    except anthropic.APIError:
        return False


def send_digest(text: str) -> bool:
    try:
        reply = client.messages.create(  # expect: PR011
            model="claude-haiku-4-5",
            max_tokens=300,
            messages=[{"role": "user", "content": f"Summarise:\n{text}"}],
        )
        print(reply.usage, reply.content[0].text)
        return True
    except anthropic.APIError:
        return False
