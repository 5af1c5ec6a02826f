# ruff: noqa
"""A service's generator streams the answer; the system prompt is built from what it is
handed."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def build_system_prompt(document: str) -> str:
    return f"You edit this document:\n{document}"


def stream_edit(instruction: str, document: str):
    system = build_system_prompt(document)
    with client.messages.stream(  # expect: PR011, PR012
        model="claude-haiku-4-5",
        max_tokens=2048,
        system=system,
        messages=[{"role": "user", "content": instruction[:2000]}],
    ) as stream:
        yield from stream.text_stream
        print(stream.get_final_message().usage)
