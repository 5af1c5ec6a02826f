"""The planner's choices, caps, limits and warnings."""

from __future__ import annotations

import dataclasses
import math
from datetime import date, timedelta

import pytest

from prodready.catalog import load_catalog
from prodready.planner import PlanInputError, Traffic, plan

TODAY = date(2026, 11, 25)
DEFAULT_TRAFFIC = Traffic(1000, 20, 1500, 400)


def test_projected_cost_is_requests_times_token_prices() -> None:
    result = plan("general", DEFAULT_TRAFFIC, 300, today=TODAY)
    sonnet = next(row for row in result.costs if row.model.id == "claude-sonnet-5-5")
    # 30,000 requests x (1,500 x $2 + 400 x $10) per million tokens
    assert sonnet.monthly_cost_usd == pytest.approx(30_000 * (1500 * 2 + 400 * 10) / 1e6)
    assert sonnet.status == "recommended"


@pytest.mark.parametrize(
    ("domain", "budget", "model", "fallback"),
    [
        ("general", 300, "claude-sonnet-5-5", "claude-haiku-5-5"),
        ("general", 100, "claude-haiku-5-5", "claude-haiku-4-5"),
        ("healthcare", 1000, "claude-opus-5-5", "claude-sonnet-5-5"),
        ("legal", 300, "claude-sonnet-5-5", "claude-haiku-5-5"),
        ("ugc", 15, "claude-haiku-5-5", "claude-haiku-4-5"),
    ],
)
def test_recommends_the_best_ladder_model_under_the_headroom(
    domain: str, budget: float, model: str, fallback: str
) -> None:
    result = plan(domain, DEFAULT_TRAFFIC, budget, today=TODAY)
    assert (result.model, result.fallback_model) == (model, fallback)
    assert result.fits_budget


def test_headroom_is_eighty_percent_of_the_budget() -> None:
    # Sonnet 5.5 costs exactly $210 a month here: it fits $262.50 (x0.8 = 210) but not $262.
    assert plan("general", DEFAULT_TRAFFIC, 262.5, today=TODAY).model == "claude-sonnet-5-5"
    assert plan("general", DEFAULT_TRAFFIC, 262, today=TODAY).model == "claude-haiku-5-5"


def test_budget_too_small_for_any_model_warns_and_picks_the_cheapest() -> None:
    result = plan("healthcare", Traffic(100_000, 10, 1500, 400), 10, today=TODAY)
    assert not result.fits_budget
    assert result.model == "claude-haiku-5-5"
    assert any("too small even for the cheapest" in w for w in result.warnings)


def test_peak_above_start_tier_rpm_warns() -> None:
    assert not any("RPM" in w for w in plan("general", DEFAULT_TRAFFIC, 300, today=TODAY).warnings)
    busy = plan("general", Traffic(1000, 51, 1500, 400), 300, today=TODAY)
    assert any("exceeds the Start-tier RPM limit" in w for w in busy.warnings)


def _catalog_with(model_id: str, **changes: object):  # type: ignore[no-untyped-def]
    catalog = load_catalog()
    models = tuple(
        dataclasses.replace(m, **changes) if m.id == model_id else m  # type: ignore[arg-type]
        for m in catalog.models
    )
    return dataclasses.replace(catalog, models=models)


@pytest.mark.parametrize(("days", "chosen"), [(0, False), (30, False), (31, True), (400, True)])
def test_models_retiring_within_thirty_days_are_never_the_default(days: int, chosen: bool) -> None:
    catalog = _catalog_with("claude-sonnet-5-5", retires=TODAY + timedelta(days=days))
    result = plan("general", DEFAULT_TRAFFIC, 300, catalog=catalog, today=TODAY)
    assert (result.model == "claude-sonnet-5-5") is chosen


def test_unverified_prices_are_never_the_default() -> None:
    catalog = _catalog_with("claude-sonnet-5-5", unverified=True)
    assert plan("general", DEFAULT_TRAFFIC, 300, catalog=catalog, today=TODAY).model != (
        "claude-sonnet-5-5"
    )


def test_price_band_applies_to_long_prompts() -> None:
    short = plan("general", Traffic(100, 1, 100_000, 100), 1, today=TODAY)
    long = plan("general", Traffic(100, 1, 100_001, 100), 1, today=TODAY)
    cost = {r.model.id: r.monthly_cost_usd for r in short.costs}
    cost_long = {r.model.id: r.monthly_cost_usd for r in long.costs}
    assert cost["claude-haiku-5-5"] == pytest.approx(3000 * (100_000 * 0.1 + 100 * 0.5) / 1e6)
    assert cost_long["claude-haiku-5-5"] == pytest.approx(3000 * (100_001 * 0.5 + 100 * 2.5) / 1e6)


@pytest.mark.parametrize(
    ("output_tokens", "cap"), [(1, 256), (128, 256), (129, 512), (400, 1024), (9000, 16384)]
)
def test_max_tokens_cap_is_twice_the_output_rounded_and_bounded(
    output_tokens: int, cap: int
) -> None:
    result = plan("general", Traffic(1000, 20, 1500, output_tokens), 10_000, today=TODAY)
    assert result.max_tokens_cap == cap


def test_limits_and_alerts() -> None:
    general = plan("general", Traffic(1000, 33, 1500, 400), 300, today=TODAY)
    assert general.per_user_limit == "20/minute;500/day"
    assert general.global_rpm == math.ceil(33 * 1.25) == 42
    assert general.alert_thresholds == (0.5, 0.8, 1.0)
    assert plan("ugc", DEFAULT_TRAFFIC, 300, today=TODAY).per_user_limit == "10/minute;200/day"


@pytest.mark.parametrize("budget", [0, -5, float("nan"), float("inf")])
def test_rejects_a_budget_that_is_not_positive(budget: float) -> None:
    with pytest.raises(PlanInputError, match="positive number"):
        plan("general", DEFAULT_TRAFFIC, budget, today=TODAY)


@pytest.mark.parametrize("field", ["requests_per_day", "peak_requests_per_minute"])
def test_rejects_traffic_below_one(field: str) -> None:
    values = dict(
        requests_per_day=1000,
        peak_requests_per_minute=20,
        input_tokens_per_request=1500,
        output_tokens_per_request=400,
    )
    values[field] = 0
    with pytest.raises(PlanInputError, match="at least 1"):
        Traffic(**values)


def test_rejects_an_unknown_domain() -> None:
    with pytest.raises(PlanInputError, match="domain must be one of"):
        plan("retail", DEFAULT_TRAFFIC, 300, today=TODAY)
