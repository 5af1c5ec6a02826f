# ruff: noqa
"""`import llm` then `llm.client`, and the factory kept under another name
(`make = llm.get_client`): both calls were invisible (round 9: PR007 behind a factory
alias went unreported)."""

import llm

make = llm.get_client


def answer(question: str) -> str:
    reply = llm.client.messages.create(  # expect: PR006
        model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": question}]
    )
    print(reply.usage)
    return reply.content[0].text


def tag(text: str) -> str:
    try:
        reply = make().messages.create(
            model="claude-haiku-4-5", max_tokens=16, messages=[{"role": "user", "content": text}]
        )
    except Exception:  # expect: PR007
        return "untagged"
    print(reply.usage)
    return reply.content[0].text
