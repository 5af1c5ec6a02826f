# ruff: noqa
"""`Anthropic(**options)` (round 9): a dict literal, there or bound once to the name in the
same scope, shows its keys, and PR001 judges them; options a caller hands in, or a dict
changed after it is built, may hold anything: quiet."""

import anthropic

OPTIONS = {"base_url": "https://llm-gateway.internal/anthropic"}
client = anthropic.Anthropic(**OPTIONS)  # expect: PR001


def tuned() -> anthropic.Anthropic:
    settings = {"timeout": 20, "max_retries": 1}
    return anthropic.Anthropic(**settings)


def half_tuned() -> anthropic.Anthropic:
    return anthropic.Anthropic(**{"timeout": 20})  # expect: PR001


def handed_in(**kwargs) -> anthropic.Anthropic:
    return anthropic.Anthropic(**kwargs)


def changed_later() -> anthropic.Anthropic:
    options = {"base_url": "https://llm-gateway.internal/anthropic"}
    options["timeout"] = 5
    options["max_retries"] = 0
    return anthropic.Anthropic(**options)
