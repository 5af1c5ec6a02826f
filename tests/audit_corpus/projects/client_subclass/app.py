# ruff: noqa
"""Clients built from a subclass of the SDK's client, imported from another module (at the
top and inside a function): their calls were invisible."""

from tracing import TracedAnthropic

client = TracedAnthropic()  # expect: PR001


def answer(question: str) -> str:
    reply = client.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": question}]
    )
    print(reply.usage)
    return reply.content[0].text


def summarize(text: str) -> str:
    from tracing import TracedAnthropic

    local = TracedAnthropic(timeout=30, max_retries=2)
    reply = local.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": text}]
    )
    print(reply.usage)
    return reply.content[0].text
