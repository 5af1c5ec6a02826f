"""The planner's choices, caps, limits and warnings."""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import date, timedelta

import pytest

from prodready.catalog import load_catalog
from prodready.planner import DOMAINS, PlanInputError, Traffic, default_peak, plan
from prodready.questions import AnswerError, load_questions, parse_data

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
        ("general", 100, "claude-haiku-5-5", None),
        ("healthcare", 1000, "claude-opus-5-5", "claude-sonnet-5-5"),
        ("legal", 300, "claude-sonnet-5-5", "claude-haiku-5-5"),
        ("ugc", 15, "claude-haiku-5-5", None),
    ],
)
def test_recommends_the_best_ladder_model_under_the_headroom(
    domain: str, budget: float, model: str, fallback: str | None
) -> None:
    result = plan(domain, DEFAULT_TRAFFIC, budget, today=TODAY)
    assert (result.model, result.fallback_model) == (model, fallback)
    assert result.fits_budget


def test_headroom_is_eighty_percent_of_the_budget() -> None:
    # Sonnet 5.5 costs exactly $210 a month here: it fits $262.50 (x0.8 = 210) but not $262.
    assert plan("general", DEFAULT_TRAFFIC, 262.5, today=TODAY).model == "claude-sonnet-5-5"
    assert plan("general", DEFAULT_TRAFFIC, 262, today=TODAY).model == "claude-haiku-5-5"


def test_budget_too_small_for_any_model_warns_and_picks_the_cheapest() -> None:
    result = plan("healthcare", Traffic(100_000, 70, 1500, 400), 10, today=TODAY)
    assert not result.fits_budget
    assert result.model == "claude-haiku-5-5"
    assert any("too small even for the cheapest" in w for w in result.warnings)


def test_peak_above_start_tier_rpm_warns() -> None:
    assert not any("RPM" in w for w in plan("general", DEFAULT_TRAFFIC, 300, today=TODAY).warnings)
    busy = plan("general", Traffic(1000, 51, 1500, 400), 300, today=TODAY)
    assert any("exceeds the Start-tier RPM limit" in w for w in busy.warnings)
    assert any("the peak needs Build" in w for w in busy.warnings)


# --- The fallback is never pricier per token than the model -----------------------------


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("budget", [0.5, 15, 100, 300, 1000, 100_000])
def test_the_fallback_never_costs_more_per_token_than_the_model(domain: str, budget: float) -> None:
    catalog = load_catalog()
    result = plan(domain, DEFAULT_TRAFFIC, budget, today=TODAY)
    if result.fallback_model is not None:
        model, fallback = catalog.model(result.model), catalog.model(result.fallback_model)
        assert fallback.prices.input <= model.prices.input
        assert fallback.prices.output <= model.prices.output


def test_a_small_budget_gets_no_pricier_fallback_and_the_plan_says_so() -> None:
    # Haiku 5.5 ($0.1/$0.5) once fell back to Haiku 4.5 ($1/$5): ten times the price.
    result = plan("general", DEFAULT_TRAFFIC, 100, today=TODAY)
    assert (result.model, result.fallback_model) == ("claude-haiku-5-5", None)
    assert "no fallback-model step" in result.reason
    assert result.fallback_chain == ("cache", "static_message")
    assert "no fallback model" in " ".join(result.summary())
    assert not any(row.status == "fallback" for row in result.costs)


@pytest.mark.parametrize(
    ("domain", "chain"),
    [
        ("healthcare", ()),
        ("legal", ()),
        ("finance", ("cache",)),
        ("ugc", ("cache", "static_message")),
    ],
)
def test_without_a_fallback_model_the_chain_drops_only_that_step(
    domain: str, chain: tuple[str, ...]
) -> None:
    assert plan(domain, DEFAULT_TRAFFIC, 1, today=TODAY).fallback_chain == chain
    with_fallback = plan(domain, DEFAULT_TRAFFIC, 100_000, today=TODAY)
    assert with_fallback.fallback_chain == ("fallback_model", *chain)


def test_a_retiring_cheap_model_leaves_the_next_cheaper_one_as_fallback() -> None:
    # Haiku 4.5 stands in for Haiku 5.5 when that one is retiring: cheaper than Sonnet 5.5.
    catalog = _catalog_with("claude-haiku-5-5", retires=TODAY + timedelta(days=10))
    result = plan("general", DEFAULT_TRAFFIC, 300, catalog=catalog, today=TODAY)
    assert (result.model, result.fallback_model) == ("claude-sonnet-5-5", "claude-haiku-4-5")


# --- Traffic that cannot fit -------------------------------------------------------------


@pytest.mark.parametrize(
    ("per_day", "peak"), [(1, 20), (1000, 20), (28_800, 80), (200_000, 556), (1_000_000, 2778)]
)
def test_the_peak_default_follows_the_daily_volume(per_day: int, peak: int) -> None:
    # The average per minute (per day / 1,440) times 4, and at least 20.
    assert default_peak(per_day) == peak


def test_a_peak_below_the_average_is_refused() -> None:
    with pytest.raises(PlanInputError, match=r"below the average of 138.9/minute.*at least 139"):
        Traffic(200_000, 20, 1500, 400)
    assert Traffic(200_000, 139, 1500, 400).peak_requests_per_minute == 139


@pytest.mark.parametrize("per_day", [1, 1000, 36_000, 200_000, 2_000_000])
def test_the_global_guard_carries_the_planned_volume(per_day: int) -> None:
    for peak in {default_peak(per_day), math.ceil(per_day / 1440)}:
        result = plan("general", Traffic(per_day, peak, 1500, 400), 1e6, today=TODAY)
        assert result.global_rpm * 1440 >= per_day  # a day of the guard holds a day's traffic
        assert result.global_rpm >= peak


def test_an_average_above_the_tier_limit_is_a_warning_of_its_own() -> None:
    # 200,000 requests/day is 139/minute on average: the Start tier (50) cannot carry it at
    # all, whatever the peak; a peak alone above it only needs checking.
    heavy = plan("general", Traffic(200_000, 139, 1500, 400), 1e6, today=TODAY)
    assert any(
        "Average traffic (138.9 requests/minute" in w and "plan for the Build tier" in w
        for w in heavy.warnings
    )
    spiky = plan("general", Traffic(50_000, 60, 1500, 400), 1e6, today=TODAY)
    assert not any("Average traffic" in w for w in spiky.warnings)
    assert any("Peak traffic (60 requests/minute) exceeds" in w for w in spiky.warnings)


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


def test_budgets_in_flight_input_and_retention_defaults() -> None:
    result = plan("healthcare", Traffic(100_000, 300, 2000, 400), 300, today=TODAY)
    assert (result.daily_budget_usd, result.user_monthly_budget_usd) == (30.0, 30.0)
    assert result.user_daily_budget_usd == 6.0
    assert result.global_rpm == 375
    assert result.max_in_flight == math.ceil(375 * 15 / 60) == 94  # 15 s a call, Little's law
    assert result.max_input_tokens == 16_000  # eight typical prompts
    assert result.audit_retention_days == 2190  # HIPAA: six years
    small = plan("general", Traffic(10, 20, 100, 50), 0.000004, today=TODAY)
    assert small.max_in_flight == 8 and small.max_input_tokens == 8000
    assert small.user_daily_budget_usd == 0.000001  # never below what a setting accepts
    assert small.audit_retention_days == 30
    assert plan("general", Traffic(10, 20, 900_000, 50), 1, today=TODAY).max_input_tokens == (
        1_000_000
    )


def test_the_plan_shows_every_derived_default() -> None:
    result = plan("finance", Traffic(100_000, 300, 2000, 400), 40_000, today=TODAY)
    assert (result.model, result.fallback_model) == ("claude-sonnet-5-5", "claude-haiku-5-5")
    text = " ".join(result.summary())
    for shown in (
        "69.4/minute on average, peak 300/minute",
        "max_tokens cap 1,024",
        "max input tokens 16,000",
        "per user 20/minute;500/day",
        "global 375 requests/minute",
        "94 calls in flight",
        "(fallback claude-haiku-5-5)",
        "$40,000.00/month, $4,000.00/day",
        "each user $4,000.00/month, $800.00/day",
        "spend alerts at 50%, 80%, 100%",
        "fallback_model, cache",
        "kept 1,825 days",
    ):
        assert shown in text, shown


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


# --- Answers refused before any plan: retired models, a pricier fallback, a low peak -----


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (["model=claude-sonnet-4-5"], '"claude-sonnet-4-5" was retired on 2026-11-30'),
        (["fallback_model=claude-mythos-preview"], "was retired on 2026-06-30"),
        (
            ["model=claude-haiku-5-5", "fallback_model=claude-haiku-4-5"],
            '"claude-haiku-4-5" costs more per token than claude-haiku-5-5',
        ),
        (
            ["peak_requests_per_minute=20", "requests_per_day=200000"],
            "below the average of 138.9/minute that 200,000 requests/day need",
        ),
    ],
)
def test_prodready_data_refuses_what_copier_would(data: list[str], message: str) -> None:
    with pytest.raises(AnswerError, match=re.escape(message)):
        parse_data(data)


def test_current_models_and_a_cheaper_fallback_are_accepted() -> None:
    answers = parse_data(["model=claude-haiku-5-5", "fallback_model=claude-haiku-5-5"])
    assert answers == {"model": "claude-haiku-5-5", "fallback_model": "claude-haiku-5-5"}
    assert parse_data(["requests_per_day=200000", "peak_requests_per_minute=139"])


def test_the_peak_question_defaults_from_the_daily_volume() -> None:
    peak = load_questions()["peak_requests_per_minute"]
    assert peak.given({"requests_per_day": 200_000}).default == 556 == default_peak(200_000)
    assert (
        "the average at 200,000/day is 138.9/minute"
        in peak.given({"requests_per_day": 200_000}).help
    )
