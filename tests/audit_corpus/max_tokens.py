# ruff: noqa
"""max_tokens on each call: missing (PR003), above the threshold (PR004); near misses."""

import anthropic

client = anthropic.Anthropic(timeout=30, max_retries=2)
MESSAGES = [{"role": "user", "content": "Hello"}]
CAP = 2048


def run(settings, **options):
    try:
        missing = client.messages.create(model="m", messages=MESSAGES)  # expect: PR003
        huge = client.messages.create(
            model="m",
            max_tokens=64_000,  # expect: PR004
            messages=MESSAGES,
        )
        at_threshold = client.messages.create(model="m", max_tokens=8192, messages=MESSAGES)
        from_settings = client.messages.create(
            model="m", max_tokens=settings.max_tokens, messages=MESSAGES
        )
        from_kwargs = client.messages.create(model="m", messages=MESSAGES, **options)
        capped = client.messages.create(model="m", max_tokens=min(CAP, 9000), messages=MESSAGES)
    except anthropic.APIError:
        return "Please try again later."
    for message in (missing, huge, at_threshold, from_settings, from_kwargs, capped):
        print(message.usage)
