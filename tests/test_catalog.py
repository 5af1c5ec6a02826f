"""The catalog is consistent with itself, with copier.yml and with the installed SDK."""

from __future__ import annotations

import itertools
from datetime import date

from prodready.catalog import load_catalog, sdk_model_ids, sdk_retirements
from prodready.planner import DOMAINS
from prodready.questions import load_questions


def test_every_model_the_sdk_names_is_in_the_catalog() -> None:
    missing = sdk_model_ids() - load_catalog().known_ids()
    assert not missing, f"add these SDK models to catalog.yml: {sorted(missing)}"


def test_retirement_dates_match_the_sdk_deprecation_table() -> None:
    catalog = load_catalog()
    for model_id, retires in sdk_retirements().items():
        assert catalog.model(model_id).retires == retires, model_id


def test_no_ladder_offers_a_model_the_sdk_marks_as_retiring() -> None:
    retiring = set(sdk_retirements())
    ladders = load_catalog().planning["ladders"]
    for domain, ladder in ladders.items():
        assert not retiring & set(ladder), domain


def test_ladders_cover_the_copier_domains_and_every_rule_is_per_domain() -> None:
    catalog = load_catalog()
    choices = set(load_questions()["domain"].choices.values())
    rules = catalog.planning
    assert set(rules["ladders"]) == choices == set(DOMAINS)
    for per_domain in (
        "per_user_per_minute",
        "per_user_per_day",
        "audit_retention_days",
        "fallback_chains",
    ):
        assert set(rules[per_domain]) == set(DOMAINS), per_domain


def test_each_ladder_model_but_the_stand_ins_is_cheaper_than_the_one_before() -> None:
    """A stand-in (pricier than an earlier entry) is only chosen when that one is retiring."""
    catalog = load_catalog()
    for ladder in catalog.planning["ladders"].values():
        prices = [catalog.model(model_id).prices for model_id in ladder]
        for earlier, later in itertools.pairwise(prices):
            cheaper = later.input <= earlier.input and later.output <= earlier.output
            assert cheaper or later is prices[-1], ladder


def test_the_global_guard_margin_never_sits_below_the_peak() -> None:
    rules = load_catalog().planning
    assert float(rules["global_rpm_margin"]) >= 1
    assert float(rules["peak_factor"]) >= 1  # the default peak is at least the average
    assert set(rules["fallback_chains"]["general"]) <= {"fallback_model", "cache", "static_message"}


def test_prices_are_complete_and_positive() -> None:
    catalog = load_catalog()
    assert catalog.prices_as_of <= date.today()
    for model in catalog.models:
        for band in (model.prices, *(b.prices for b in model.bands)):
            values = vars(band).values()
            assert all(price > 0 for price in values), model.id


def test_aliases_resolve_and_bands_apply_above_their_threshold() -> None:
    catalog = load_catalog()
    assert catalog.model("claude-haiku-4-5-20251001").id == "claude-haiku-4-5"
    haiku = catalog.model("claude-haiku-5-5")
    assert haiku.prices_for(100_000).input == 0.1
    assert haiku.prices_for(100_001).input == 0.5
