# ruff: noqa
"""Held-out round 6 (F7): a retiring id as the KEY of a lookup table (prices, context
limits, display names) or a side of an `==`/`case` test names a model chosen elsewhere:
quiet. A default, a choice or a table's VALUE is still a model someone picks (PR013)."""

PRICE_PER_MTOK = {
    "claude-sonnet-5-5": (3.00, 15.00),
    "claude-sonnet-4-5": (3.00, 15.00),
    "claude-opus-4-5-20251101": (5.00, 25.00),
}
CONTEXT_WINDOW = {"claude-sonnet-4-5": 200_000, "claude-haiku-4-5": 200_000}
DISPLAY = dict({"claude-opus-4-5": "Opus 4.5"})

PRESET = {"name": "careful", "model": "claude-opus-4-5"}  # expect: PR013
LABEL_TO_MODEL = {"Sonnet (balanced)": "claude-sonnet-4-5"}  # expect: PR013


def price(model: str, tokens_in: int, tokens_out: int) -> float:
    per_in, per_out = PRICE_PER_MTOK.get(model, (3.00, 15.00))
    return (tokens_in * per_in + tokens_out * per_out) / 1_000_000


def short_name(model: str) -> str:
    if model == "claude-sonnet-4-5":
        return "Sonnet 4.5"
    match model:
        case "claude-opus-4-5":
            return "Opus 4.5"
        case _:
            return model


def pick(user_choice: str | None) -> str:
    return user_choice or "claude-sonnet-4-5"  # expect: PR013
