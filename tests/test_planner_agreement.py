"""copier.yml's computed plan and prodready's planner agree, on every derived default.

Both implement catalog.yml's planning rules; the templates only read copier's results,
so a rule written twice (or a number written into a template) fails here.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import copier
import pexpect
import pytest

from prodready.planner import Traffic, default_peak, plan
from prodready.questions import load_questions

from .conftest import REPO

# (domain, (requests/day, peak or None for the default, input tokens, output tokens), budget):
# cases picked to reach every branch of the rules (copier takes about a second a case).
CASES = [
    ("general", (1000, 20, 1500, 400), 300.0),  # the defaults: Sonnet, Haiku as fallback
    ("general", (1000, 20, 1500, 400), 262.5),  # exactly at the headroom
    ("general", (1000, None, 1500, 400), 100.0),  # Haiku 5.5 and no pricier fallback
    ("healthcare", (50, None, 200, 50), 250_000.0),  # Opus; floors: in flight, input, cap
    ("healthcare", (200_000, None, 120_000, 9000), 3.0),  # nothing fits; price band; ceilings
    ("finance", (20_000, 120, 1500, 400), 2000.0),
    ("legal", (1000, 20, 1500, 400), 0.003),  # budgets below a cent: the smallest setting
    ("ugc", (200_000, 139, 900_000, 64), 2000.0),  # peak at the average; stricter per user
]
# Every setting whose default the plan derives, as config.py.jinja names it.
DERIVED = (
    "max_tokens_cap",
    "daily_budget_usd",
    "user_monthly_budget_usd",
    "user_daily_budget_usd",
    "budget_alert_thresholds",
    "per_user_limit",
    "global_rpm",
    "max_in_flight",
    "max_input_tokens",
    "audit_retention_days",
)
UNITS = {"0", "1", "100", "1440"}
TEMPLATES_WITH_DEFAULTS = (
    "src/{{package_name}}/config.py.jinja",
    ".env.example.jinja",
    "README.md.jinja",
    "docs/production-checklist.md.jinja",
)


@pytest.fixture(scope="module")
def questions_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """copier.yml and catalog.yml without the files: copier asks and computes, fast."""
    root = tmp_path_factory.mktemp("questions")
    for name in ("copier.yml", "catalog.yml"):
        shutil.copy(REPO / name, root / name)
    (root / "template").mkdir()
    return root


def copier_answers(template: Path, tmp_path: Path, answers: dict[str, Any]) -> dict[str, Any]:
    """What copier computes for these answers (pretend mode: nothing is written)."""
    worker = copier.run_copy(
        str(template),
        tmp_path / "never-written",
        data={"project_name": "Grid", **answers},
        defaults=True,
        pretend=True,
        quiet=True,
    )
    assert not (tmp_path / "never-written").exists()
    return dict(worker.answers.combined)


@pytest.mark.parametrize(("domain", "traffic", "budget"), CASES)
def test_copier_defaults_match_the_planner(
    questions_only: Path, tmp_path: Path, domain: str, traffic: tuple[Any, ...], budget: float
) -> None:
    per_day, peak, tokens_in, tokens_out = traffic
    answers = {
        "domain": domain,
        "requests_per_day": per_day,
        "input_tokens_per_request": tokens_in,
        "output_tokens_per_request": tokens_out,
        "monthly_budget_usd": budget,
    }
    if peak is not None:
        answers["peak_requests_per_minute"] = peak
    computed = copier_answers(questions_only, tmp_path, answers)
    peak = peak or default_peak(per_day)
    expected = plan(domain, Traffic(per_day, peak, tokens_in, tokens_out), budget)
    assert computed["peak_requests_per_minute"] == peak
    assert computed["plan"] == expected.copier_defaults()
    assert computed["model"] == expected.model
    assert computed["fallback_model"] == (expected.fallback_model or expected.model)
    assert computed["fallback_chain"] == list(expected.fallback_chain)


def test_the_plan_covers_every_derived_setting_and_templates_only_read_it(repo: Path) -> None:
    """No template computes a default itself: it reads `plan.<name>` (or an answer)."""
    expected = plan("general", Traffic(1000, 20, 1500, 400), 300)
    keys = set(expected.copier_defaults())
    config = (repo / "template" / TEMPLATES_WITH_DEFAULTS[0]).read_text()
    for setting in DERIVED:
        line = next(line for line in config.splitlines() if line.startswith(f"    {setting}:"))
        assert re.search(r"\{\{ plan\.(\w+)", line), f"{setting} is not read from the plan"
    for name in TEMPLATES_WITH_DEFAULTS:
        text = (repo / "template" / name).read_text()
        assert set(re.findall(r"\bplan\.(\w+)", text)) <= keys, name
        for expression in re.findall(r"\{\{(.*?)\}\}", text, flags=re.S):
            # A number in an expression that mentions an answer is a rule written twice;
            # only units pass (per cent, minutes per day).
            if re.search(r"budget|tokens|rpm|domain|requests", expression):
                numbers = set(re.findall(r"(?<![\w.'])\d+(?:\.\d+)?", expression))
                assert numbers <= UNITS, f"{name}: {expression}"


GENERAL_TRAFFIC = {
    "domain": "general",
    "requests_per_day": 1000,
    "peak_requests_per_minute": 20,
    "input_tokens_per_request": 1500,
    "output_tokens_per_request": 400,
}
"""The answers before the budget question, as Traffic(1000, 20, 1500, 400) has them."""


def test_the_budget_help_shows_the_planners_costs_and_warning() -> None:
    """Plain copier shows this help before the budget: the plan for any budget."""
    answers = GENERAL_TRAFFIC
    text = " ".join(load_questions()["monthly_budget_usd"].given(answers).help.split())
    costs = {
        row.model.id: row.monthly_cost_usd
        for row in plan("general", Traffic(1000, 20, 1500, 400), 300).costs
    }
    assert f"claude-sonnet-5-5, ${costs['claude-sonnet-5-5']:,.2f}/month" in text
    assert "from $262.50: claude-sonnet-5-5" in text
    assert "from $13.13: claude-haiku-5-5, $10.50/month" in text
    assert "claude-haiku-4-5" not in text  # never chosen while Haiku 5.5 is cheaper
    assert "Warning: below $13.13 no model fits" in text
    # One cent less does not fit: the shown budget is where the model starts to fit.
    assert plan("general", Traffic(1000, 20, 1500, 400), 13.12).fits_budget is False
    assert plan("general", Traffic(1000, 20, 1500, 400), 13.13).model == "claude-haiku-5-5"


def test_the_model_help_shows_the_chosen_models_cost_and_the_budget_warning() -> None:
    answers = GENERAL_TRAFFIC
    model = load_questions()["model"]
    fits = " ".join(model.given({**answers, "monthly_budget_usd": 300.0}).help.split())
    assert "claude-sonnet-5-5, projected at $210.00/month of $300.00" in fits
    assert "Warning" not in fits
    short = " ".join(model.given({**answers, "monthly_budget_usd": 5.0}).help.split())
    assert "claude-haiku-5-5, projected at $10.50/month of $5.00" in short
    assert "Warning: the budget is too small even for the cheapest suitable model" in short


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"model": "claude-sonnet-4-5"}, '"claude-sonnet-4-5" was retired on 2026-11-30'),
        ({"fallback_model": "claude-mythos-preview"}, "was retired on 2026-06-30"),
        (
            {"model": "claude-haiku-5-5", "fallback_model": "claude-haiku-4-5"},
            '"claude-haiku-4-5" costs more per token than claude-haiku-5-5',
        ),
        (
            {"requests_per_day": 200_000, "peak_requests_per_minute": 20},
            "below the average of 138.9/minute",
        ),
    ],
)
def test_plain_copier_refuses_them_too(
    questions_only: Path, tmp_path: Path, answers: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        copier_answers(questions_only, tmp_path, answers)


@pytest.mark.filterwarnings("ignore::Warning")
def test_plain_copier_shows_the_plan_in_its_prompts(questions_only: Path, tmp_path: Path) -> None:
    """`copier copy` in a pseudo-terminal: the budget and model prompts carry the plan."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "copier", "copy", "--pretend", str(questions_only), str(tmp_path / "p")],
        env={**os.environ, "TERM": "xterm", "COLUMNS": "160"},
        encoding="utf-8",
        timeout=60,
        dimensions=(60, 160),
    )
    try:
        for prompt, keys in [
            ("Project name", "Plan Demo\r"),
            ("Python package name", "\r"),
            ("description", "\r"),
            ("Domain", "\r"),
            ("requests per day", "\r"),
            ("Peak requests per minute", "\r"),
            ("input tokens", "\r"),
            ("output tokens", "\r"),
        ]:
            child.expect(prompt)
            child.send(keys)
        child.expect(r"from \$262\.50: claude-sonnet-5-5, \$210\.00/month")
        child.expect(r"Warning: below \$13\.13 no model fits")
        child.send("\x15" + "5\r")
        child.expect(r"projected at \$10\.50/month of \$5\.00\. Warning: the")
    finally:
        child.close(force=True)
