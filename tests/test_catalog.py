"""The catalog is consistent with itself, with copier.yml and with the installed SDK."""

from __future__ import annotations

from datetime import date

from prodready.catalog import load_catalog, sdk_model_ids, sdk_retirements
from prodready.planner import DOMAINS, monthly_cost
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


def test_ladders_cover_the_copier_domains_and_run_from_dear_to_cheap() -> None:
    catalog = load_catalog()
    choices = set(load_questions()["domain"].choices.values())
    assert set(catalog.planning["ladders"]) == choices == set(DOMAINS)
    from prodready.planner import Traffic

    traffic = Traffic(1000, 10, 1000, 1000)
    for ladder in catalog.planning["ladders"].values():
        costs = [monthly_cost(catalog.model(m), traffic, 30) for m in ladder[:-1]]
        assert costs == sorted(costs, reverse=True), ladder


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
