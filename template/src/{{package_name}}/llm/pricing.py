"""What a call cost, in USD, from the token usage the API reports and the model catalog.

The catalog (`catalog.yml`, next to this module) is the template's own data file: a
`copier update` delivers new prices and retirement dates without touching this code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any, Self

import structlog
import yaml
from anthropic.types import Usage

try:  # libyaml's loader, built into PyYAML's wheels: the catalog parses in 1 ms, not 10
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # a PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

log = structlog.get_logger(__name__)

PER_MILLION = Decimal(1_000_000)
SERVER_TOOLS = ("web_search", "web_fetch")
"""Server tools priced per use: `usage.server_tool_use.<tool>_requests`, `server_tool_prices`."""
RETIREMENT_WARNING_DAYS = 30
"""How far ahead a model's retirement is announced in the start-up log."""


@dataclass(frozen=True)
class Prices:
    """USD per million tokens of each kind."""

    input: Decimal
    output: Decimal
    cache_write_5m: Decimal
    cache_write_1h: Decimal
    cache_read: Decimal

    @classmethod
    def from_yaml(cls, raw: Mapping[str, Any]) -> Self:
        # str() first: Decimal(0.1) would carry the binary float's error into every sum.
        return cls(**{name: Decimal(str(raw[name])) for name in cls.__dataclass_fields__})

    @classmethod
    def most_expensive(cls, candidates: Iterable[Prices]) -> Self:
        """The highest price of each kind: a conservative price for an unknown model."""
        table = list(candidates)
        return cls(
            **{
                name: max(getattr(prices, name) for prices in table)
                for name in cls.__dataclass_fields__
            }
        )


@dataclass(frozen=True)
class PriceBand:
    """Prices that apply instead when the prompt exceeds `above_input_tokens`."""

    above_input_tokens: int
    prices: Prices


@dataclass(frozen=True)
class ModelEntry:
    """One model of the catalog."""

    id: str
    prices: Prices
    bands: tuple[PriceBand, ...] = ()
    aliases: tuple[str, ...] = ()
    retires: dt.date | None = None
    unverified: bool = False

    def prices_for(self, prompt_tokens: int) -> Prices:
        """The prices for a prompt of this many input tokens (the highest band it exceeds)."""
        prices = self.prices
        for band in sorted(self.bands, key=lambda band: band.above_input_tokens):
            if prompt_tokens > band.above_input_tokens:
                prices = band.prices
        return prices


class Catalog:
    """Model prices and retirement dates, looked up by model id or alias."""

    def __init__(
        self,
        models: Iterable[ModelEntry],
        *,
        batch_discount: Decimal,
        prices_as_of: dt.date,
        server_tool_prices: Mapping[str, Decimal] | None = None,
    ) -> None:
        self.models = tuple(models)
        self.batch_discount = batch_discount
        self.prices_as_of = prices_as_of
        self.server_tool_prices = dict(server_tool_prices or {})
        """USD per use of a server tool (`web_search`, `web_fetch`), on top of its tokens."""
        self._highest: dict[tuple[str, tuple[int, ...]], Prices] = {}
        """highest_prices by model and the bands a prompt reaches: every reservation asks."""
        self._by_name = {
            name: model for model in self.models for name in (model.id, *model.aliases)
        }
        self._unknown_prices = Prices.most_expensive(
            prices for model in self.models for prices in self._all_prices(model)
        )
        self._warned_unknown: set[str] = set()

    @classmethod
    def load(cls) -> Self:
        """The catalog shipped inside this package."""
        text = resources.files(__package__).joinpath("catalog.yml").read_text(encoding="utf-8")
        return cls.from_yaml(yaml.load(text, Loader=SafeLoader))

    @classmethod
    def from_yaml(cls, raw: Mapping[str, Any]) -> Self:
        models = [
            ModelEntry(
                id=entry["id"],
                prices=Prices.from_yaml(entry["prices"]),
                bands=tuple(
                    PriceBand(band["above_input_tokens"], Prices.from_yaml(band["prices"]))
                    for band in entry.get("bands", ())
                ),
                aliases=tuple(entry.get("aliases", ())),
                retires=_date(entry.get("retires")),
                unverified=bool(entry.get("unverified", False)),
            )
            for entry in raw["models"]
        ]
        as_of = _date(raw["prices_as_of"])
        if as_of is None:
            raise ValueError("catalog.yml: prices_as_of is required")
        return cls(
            models,
            batch_discount=Decimal(str(raw["batch_discount"])),
            prices_as_of=as_of,
            server_tool_prices={
                tool: Decimal(str(price["per_1000"])) / 1000
                for tool, price in (raw.get("server_tool_prices") or {}).items()
            },
        )

    def get(self, model: str) -> ModelEntry | None:
        """The catalog entry for a model id or alias, or None when the catalog lacks it."""
        return self._by_name.get(model)

    def cost_usd(self, model: str, usage: Usage, *, batch: bool = False) -> Decimal:
        """The exact cost of one call. An unknown model is priced at the highest known rates."""
        cache_read = usage.cache_read_input_tokens or 0
        cache_5m, cache_1h = _cache_writes(usage)
        prompt_tokens = usage.input_tokens + cache_5m + cache_1h + cache_read
        prices = self._prices(model, prompt_tokens)
        discount = self.batch_discount if batch else Decimal(1)
        total = (
            usage.input_tokens * prices.input * discount
            + usage.output_tokens * prices.output * discount
            + cache_5m * prices.cache_write_5m
            + cache_1h * prices.cache_write_1h
            + cache_read * prices.cache_read
        )
        return total / PER_MILLION + self._server_tools_usd(usage)

    def highest_prices(self, model: str, prompt_tokens: int) -> Prices:
        """The highest price of each kind a call with at most `prompt_tokens` of input can
        be charged: its base prices and every band a smaller prompt could fall in."""
        entry = self.get(model)
        if entry is None:
            return self._prices(model, prompt_tokens)
        bands = entry.bands
        reached = tuple(i for i, b in enumerate(bands) if prompt_tokens > b.above_input_tokens)
        key = (entry.id, reached)
        if (prices := self._highest.get(key)) is None:
            candidates = (entry.prices, *(bands[i].prices for i in reached))
            prices = self._highest[key] = Prices.most_expensive(candidates)
        return prices

    def server_tool_price(self, tool: str) -> Decimal:
        """USD per use of a server tool; one the catalog lacks costs the dearest known use."""
        return self.server_tool_prices.get(
            tool, max(self.server_tool_prices.values(), default=Decimal(0))
        )

    def _server_tools_usd(self, usage: Usage) -> Decimal:
        uses = usage.server_tool_use
        if uses is None:
            return Decimal(0)
        return sum(
            (
                (getattr(uses, f"{tool}_requests", None) or 0) * self.server_tool_price(tool)
                for tool in SERVER_TOOLS
            ),
            Decimal(0),
        )

    def retiring(
        self, models: Iterable[str], *, today: dt.date, within_days: int = RETIREMENT_WARNING_DAYS
    ) -> list[ModelEntry]:
        """The given models that are retired or retire within `within_days` of `today`."""
        horizon = today + dt.timedelta(days=within_days)
        entries = (self.get(model) for model in dict.fromkeys(models))
        return [e for e in entries if e is not None and e.retires and e.retires <= horizon]

    def log_notices(self, models: Iterable[str], *, today: dt.date) -> None:
        """Warn about models that retire soon, are missing from the catalog or are unverified."""
        names = list(dict.fromkeys(models))
        for entry in self.retiring(names, today=today):
            log.warning("llm.model_retiring", model=entry.id, retires=str(entry.retires))
        for name in names:
            model = self.get(name)
            if model is None:
                log.warning("llm.model_unknown", model=name, detail="not in catalog.yml")
            elif model.unverified:
                log.warning("llm.price_unverified", model=name, detail="price is an estimate")

    def _prices(self, model: str, prompt_tokens: int) -> Prices:
        entry = self.get(model)
        if entry is not None:
            return entry.prices_for(prompt_tokens)
        if model not in self._warned_unknown:
            # Once per model and process: the warning names the problem, repeats add nothing.
            self._warned_unknown.add(model)
            log.warning(
                "llm.pricing.unknown_model",
                model=model,
                detail="not in catalog.yml; priced at the highest known rates",
            )
        return self._unknown_prices

    @staticmethod
    def _all_prices(model: ModelEntry) -> Iterable[Prices]:
        yield model.prices
        yield from (band.prices for band in model.bands)


def priceable(usage: Usage) -> bool:
    """Whether `cost_usd` can price this usage. The SDK builds its models without validating
    them, so an upstream's (or a proxy's) body may lack a count or hold null in it."""
    try:
        return (
            isinstance(usage.input_tokens, int)
            and isinstance(usage.output_tokens, int)
            and isinstance(usage.cache_read_input_tokens, int | None)
            and isinstance(usage.cache_creation_input_tokens, int | None)
            and all(
                isinstance(getattr(usage.server_tool_use, f"{tool}_requests", None), int | None)
                for tool in SERVER_TOOLS
            )
        )
    except AttributeError:
        return False


def _cache_writes(usage: Usage) -> tuple[int, int]:
    """Cache-write tokens at the 5-minute and 1-hour rates.

    Without the per-TTL breakdown, all writes are taken at the 5-minute rate (the default TTL).
    """
    if usage.cache_creation is not None:
        return (
            usage.cache_creation.ephemeral_5m_input_tokens,
            usage.cache_creation.ephemeral_1h_input_tokens,
        )
    return usage.cache_creation_input_tokens or 0, 0


def _date(value: object) -> dt.date | None:
    # YAML reads an unquoted 2027-01-22 as a date and a quoted one as a string.
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
