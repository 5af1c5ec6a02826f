# ruff: noqa
"""Rate limits and dropped connections handled explicitly, then a broad except: what
still reaches it (overload, a bad key) is swallowed, and the finding says which."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)


def research(question: str) -> str:
    try:
        reply = client.messages.create(
            model="claude-sonnet-5-5",
            max_tokens=1024,
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.RateLimitError:
        return "The assistant is busy, please try again in a minute."
    except anthropic.APIConnectionError:
        return "The assistant is unreachable, please try again in a minute."
    except Exception as error:  # expect: PR007
        return f"Error: {error}"
    print(reply.usage)
    return reply.content[0].text


def tags(text: str) -> list[str]:
    """The handler logs and falls through; the return right after the try is in a branch,
    then the function raises: no alternative answer."""
    try:
        reply = client.messages.create(  # expect: PR011
            model="claude-haiku-4-5", max_tokens=64, messages=[{"role": "user", "content": text}]
        )
        print(reply.usage)
        return reply.content[0].text.split(",")
    except anthropic.APIError as error:
        print(f"tagging failed: {error}")
    if not text:
        return []
    raise RuntimeError("no tags")
