# ruff: noqa
"""SDK errors mapped by a context manager imported from another module, inside a broad
handler that only cleans up and re-raises (which handles nothing by itself)."""

import anthropic

from upstream_errors import mapped_errors

client = anthropic.Anthropic(timeout=30, max_retries=2)


def reply(prompt: str, log: list[str]) -> str:
    try:
        with mapped_errors():
            message = client.messages.create(
                model="claude-haiku-4-5",
                max_tokens=400,
                messages=[{"role": "user", "content": prompt}],
            )
    except BaseException:
        log.append("reply failed")
        raise
    print(message.usage)
    return message.content[0].text


def reply_unmapped(prompt: str, log: list[str]) -> str:
    try:
        message = client.messages.create(  # expect: PR006
            model="claude-haiku-4-5",
            max_tokens=400,
            messages=[{"role": "user", "content": prompt}],
        )
    except BaseException:
        log.append("reply failed")
        raise
    print(message.usage)
    return message.content[0].text
