"""copier.yml's computed `plan` and prodready's planner agree over a grid of answers."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import copier
import pytest

from prodready.planner import DOMAINS, Traffic, plan

GRID = list(
    itertools.product(
        DOMAINS,
        [(50, 1, 200, 50), (1000, 20, 1500, 400), (20_000, 120, 120_000, 9000)],
        [3.0, 262.5, 2000.0, 250_000.0],
    )
)


def copier_plan(repo: Path, tmp_path: Path, answers: dict[str, Any]) -> dict[str, Any]:
    """The `plan` copier computes for these answers (pretend mode: nothing is written)."""
    worker = copier.run_copy(
        str(repo),
        tmp_path / "never-written",
        data={"project_name": "Grid", **answers},
        defaults=True,
        vcs_ref="HEAD",
        pretend=True,
        quiet=True,
    )
    assert not (tmp_path / "never-written").exists()
    computed: dict[str, Any] = worker.answers.combined["plan"]
    return computed


@pytest.mark.filterwarnings("ignore::Warning")  # copier warns about a dirty checkout
@pytest.mark.parametrize(("domain", "traffic", "budget"), GRID)
def test_copier_defaults_match_the_planner(
    repo: Path, tmp_path: Path, domain: str, traffic: tuple[int, ...], budget: float
) -> None:
    per_day, peak, tokens_in, tokens_out = traffic
    answers = {
        "domain": domain,
        "requests_per_day": per_day,
        "peak_requests_per_minute": peak,
        "input_tokens_per_request": tokens_in,
        "output_tokens_per_request": tokens_out,
        "monthly_budget_usd": budget,
    }
    expected = plan(domain, Traffic(per_day, peak, tokens_in, tokens_out), budget)
    assert copier_plan(repo, tmp_path, answers) == expected.copier_defaults()
