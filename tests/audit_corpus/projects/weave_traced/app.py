# ruff: noqa
"""Held-out round 6 (F4): the app turns Weave's tracing on; the function that makes the
call is a traced op, so each Message is recorded with its usage (no PR008)."""

import weave

from llm import ask, ask_untraced

weave.init("support-bot")
print(ask("hello").content[0].text, ask_untraced("hello").content[0].text)
