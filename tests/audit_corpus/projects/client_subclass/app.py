# ruff: noqa
"""Clients built from the project's subclass of the SDK's client, imported from another
module (at the top and inside a function): their calls were invisible. The tracer records
usage, so not reading it here is fine."""

from tracing import Anthropic

client = Anthropic()  # expect: PR001


def answer(question: str) -> str:
    reply = client.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": question}]
    )
    return reply.content[0].text


def summarize(text: str) -> str:
    from tracing import Anthropic

    local = Anthropic(timeout=30, max_retries=2)
    reply = local.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": text}]
    )
    return reply.content[0].text
