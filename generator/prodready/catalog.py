"""The model catalog: prices, retirements and planning rules from catalog.yml.

The same file feeds copier's computed defaults and every generated project, so this
module only reads it; it never restates a price.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

import yaml

from .source import template_root

PRICE_KINDS = ("input", "output", "cache_write_5m", "cache_write_1h", "cache_read")


@dataclass(frozen=True)
class Prices:
    """USD per million tokens of each kind."""

    input: float
    output: float
    cache_write_5m: float
    cache_write_1h: float
    cache_read: float


@dataclass(frozen=True)
class PriceBand:
    """Prices that apply once a prompt has more than `above_input_tokens` tokens."""

    above_input_tokens: int
    prices: Prices


@dataclass(frozen=True)
class Model:
    id: str
    prices: Prices
    bands: tuple[PriceBand, ...] = ()
    aliases: tuple[str, ...] = ()
    retires: date | None = None
    unverified: bool = False

    def prices_for(self, input_tokens: int) -> Prices:
        """The prices that apply to a prompt of `input_tokens` tokens."""
        prices = self.prices
        for band in self.bands:
            if input_tokens > band.above_input_tokens:
                prices = band.prices
        return prices

    def days_to_retirement(self, today: date) -> int | None:
        return None if self.retires is None else (self.retires - today).days

    def retired(self, today: date) -> bool:
        """Whether the API no longer serves this model: its retirement date has come."""
        return self.retires is not None and self.retires <= today


@dataclass(frozen=True)
class Tier:
    name: str
    monthly_spend_cap_usd: float | None
    requests_per_minute: int | None
    unverified: bool


@dataclass(frozen=True)
class Catalog:
    prices_as_of: date
    batch_discount: float
    models: tuple[Model, ...]
    tiers: tuple[Tier, ...]
    planning: Mapping[str, Any]

    def model(self, model_id: str) -> Model:
        """The model named by `model_id` or one of its aliases; KeyError when unknown."""
        for model in self.models:
            if model_id == model.id or model_id in model.aliases:
                return model
        raise KeyError(model_id)

    def ids(self) -> tuple[str, ...]:
        return tuple(model.id for model in self.models)

    def known_ids(self) -> frozenset[str]:
        """Every id the catalog answers to, aliases included."""
        return frozenset(self.ids()).union(*(model.aliases for model in self.models))


def _prices(raw: Mapping[str, Any]) -> Prices:
    return Prices(**{kind: float(raw[kind]) for kind in PRICE_KINDS})


def _date(raw: Any) -> date | None:
    if raw is None:
        return None
    return raw if isinstance(raw, date) else date.fromisoformat(str(raw))


def parse_catalog(raw: Mapping[str, Any]) -> Catalog:
    """Build a Catalog from the parsed YAML document."""
    models = tuple(
        Model(
            id=entry["id"],
            prices=_prices(entry["prices"]),
            bands=tuple(
                PriceBand(int(band["above_input_tokens"]), _prices(band["prices"]))
                for band in entry.get("bands", ())
            ),
            aliases=tuple(entry.get("aliases", ())),
            retires=_date(entry.get("retires")),
            unverified=bool(entry.get("unverified", False)),
        )
        for entry in raw["models"]
    )
    tiers = tuple(
        Tier(
            name=entry["name"],
            monthly_spend_cap_usd=entry.get("monthly_spend_cap_usd"),
            requests_per_minute=entry.get("requests_per_minute"),
            unverified=bool(entry.get("unverified", False)),
        )
        for entry in raw["tiers"]
    )
    prices_as_of = _date(raw["prices_as_of"])
    assert prices_as_of is not None
    return Catalog(
        prices_as_of=prices_as_of,
        batch_discount=float(raw["batch_discount"]),
        models=models,
        tiers=tiers,
        planning=raw["planning"],
    )


@cache
def load_catalog() -> Catalog:
    """The catalog shipped with this prodready (catalog.yml at the template root)."""
    text = (template_root() / "catalog.yml").read_text(encoding="utf-8")
    return parse_catalog(yaml.safe_load(text))


# --- Drift against the installed anthropic SDK ------------------------------------


def sdk_model_ids() -> frozenset[str]:
    """The model ids that the installed SDK's `Model` type names."""
    from anthropic.types.model import Model as SdkModel

    literal = typing.get_args(SdkModel)[0]
    return frozenset(typing.get_args(literal))


def sdk_retirements() -> dict[str, date]:
    """Retirement dates from the SDK's deprecation table, where the SDK has one."""
    try:
        from anthropic._data import DEPRECATED_MODELS
    except ImportError:
        return {}
    return {model_id: _parse_sdk_date(text) for model_id, text in DEPRECATED_MODELS.items()}


def _parse_sdk_date(text: str) -> date:
    # The SDK writes dates like "January 22nd, 2027".
    cleaned = re.sub(r"(\d)(st|nd|rd|th)", r"\1", text)
    return datetime.strptime(cleaned, "%B %d, %Y").date()
