# ruff: noqa
"""The answer's JSON schema, described at length; this module never names the SDK."""

FIELD = "- every field is required, written in plain words, with no markup inside it.\n"
ANSWER_SCHEMA = "Answer as a JSON object with these fields:\n" + FIELD * 60
