# ruff: noqa
"""A system prompt built as an f-string from another module's constant (round 10: its
size, known statically, was not counted, and the uncached prompt went unreported)."""

from schema import ANSWER_SCHEMA

TONE = "Be brief and precise."
SYSTEM_PROMPT = f"""You explain old texts line by line.

{ANSWER_SCHEMA}

{TONE}"""
SHORT_PROMPT = f"You explain old texts. {TONE}"
