# ruff: noqa
"""One model call, reached from views.py on two paths: one handles the SDK's errors, one
does not."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def ask(prompt: str) -> str:
    reply = client.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": prompt}]
    )
    print(reply.usage)
    return reply.content[0].text
