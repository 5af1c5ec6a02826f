"""The planner: from traffic, budget and domain to a model, limits and alert thresholds.

copier.yml computes the same defaults in Jinja (its `plan` value) from the same
catalog rules; tests/test_planner_agreement.py proves the two agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .catalog import Catalog, Model, load_catalog

DOMAINS = ("general", "healthcare", "finance", "legal", "ugc")


class PlanInputError(ValueError):
    """An answer the planner cannot use; the message says what to type instead."""


@dataclass(frozen=True)
class Traffic:
    requests_per_day: int
    peak_requests_per_minute: int
    input_tokens_per_request: int
    output_tokens_per_request: int

    def __post_init__(self) -> None:
        for name in (
            "requests_per_day",
            "peak_requests_per_minute",
            "input_tokens_per_request",
            "output_tokens_per_request",
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                label = name.replace("_", " ")
                raise PlanInputError(
                    f"{label} must be a whole number of at least 1, not {value!r}."
                )


@dataclass(frozen=True)
class ModelCost:
    """One row of the plan table: what a model would cost a month at this traffic."""

    model: Model
    monthly_cost_usd: float
    status: str  # recommended | fallback | fits | over budget | retiring | unverified price


@dataclass(frozen=True)
class Plan:
    domain: str
    traffic: Traffic
    monthly_budget_usd: float
    model: str
    fallback_model: str
    fits_budget: bool
    max_tokens_cap: int
    per_user_limit: str
    global_rpm: int
    alert_thresholds: tuple[float, ...]
    costs: tuple[ModelCost, ...]
    reason: str
    prices_as_of: date
    warnings: tuple[str, ...] = field(default=())

    def copier_defaults(self) -> dict[str, Any]:
        """The values copier.yml's computed `plan` holds for the same answers."""
        return {
            "model": self.model,
            "fallback_model": self.fallback_model,
            "fits_budget": self.fits_budget,
            "max_tokens_cap": self.max_tokens_cap,
            "per_user_limit": self.per_user_limit,
            "global_rpm": self.global_rpm,
            "alert_thresholds": list(self.alert_thresholds),
        }


def monthly_cost(model: Model, traffic: Traffic, days_per_month: int) -> float:
    """Projected monthly cost in USD; the arithmetic mirrors copier.yml step for step."""
    prices = model.prices_for(traffic.input_tokens_per_request)
    monthly_requests = traffic.requests_per_day * days_per_month
    per_request = (
        traffic.input_tokens_per_request * prices.input
        + traffic.output_tokens_per_request * prices.output
    ) / 1000000
    return monthly_requests * per_request


def _eligible(model: Model, today: date, margin_days: int) -> bool:
    """Whether a model may be a default: priced for sure and not retiring soon."""
    days = model.days_to_retirement(today)
    return not model.unverified and (days is None or days > margin_days)


def plan(
    domain: str,
    traffic: Traffic,
    monthly_budget_usd: float,
    *,
    catalog: Catalog | None = None,
    today: date | None = None,
) -> Plan:
    """Derive the recommended model, fallback, caps, limits and warnings."""
    catalog = catalog or load_catalog()
    today = today or date.today()
    rules = catalog.planning
    if domain not in DOMAINS:
        raise PlanInputError(f"domain must be one of {', '.join(DOMAINS)}, not {domain!r}.")
    budget = float(monthly_budget_usd)
    if not math.isfinite(budget) or budget <= 0:
        raise PlanInputError(
            "the monthly budget must be a positive number of US dollars, "
            f"not {monthly_budget_usd!r}."
        )

    days = int(rules["days_per_month"])
    margin = int(rules["retirement_margin_days"])
    ceiling = budget * float(rules["budget_headroom"])
    ladder = [catalog.model(model_id) for model_id in rules["ladders"][domain]]
    eligible = [model for model in ladder if _eligible(model, today, margin)]
    if not eligible:
        raise PlanInputError(f"the catalog offers no current model for the {domain} domain.")
    cost = {model.id: monthly_cost(model, traffic, days) for model in eligible}

    # The ladder's last model only ever serves as a fallback.
    candidates = eligible[:-1] if len(eligible) > 1 else eligible
    fitting = [model for model in candidates if cost[model.id] <= ceiling]
    chosen = fitting[0] if fitting else candidates[-1]
    position = eligible.index(chosen)
    fallback = eligible[position + 1] if position + 1 < len(eligible) else chosen

    output = traffic.output_tokens_per_request
    step = int(rules["max_tokens_step"])
    raw_cap = ((output * int(rules["max_tokens_factor"]) + step - 1) // step) * step
    cap = min(max(raw_cap, int(rules["max_tokens_min"])), int(rules["max_tokens_max"]))
    global_rpm = math.ceil(traffic.peak_requests_per_minute * float(rules["global_rpm_margin"]))
    per_user = (
        f"{rules['per_user_per_minute'][domain]}/minute;{rules['per_user_per_day'][domain]}/day"
    )

    headroom_pct = round(float(rules["budget_headroom"]) * 100)
    if fitting:
        better = candidates[: candidates.index(chosen)]
        reason = (
            f"{chosen.id} is the first model of the {domain} ladder whose projected cost "
            f"(${cost[chosen.id]:,.2f}/month) stays under {headroom_pct} % of the budget"
            + (f"; {', '.join(m.id for m in better)} would not." if better else ".")
        )
    else:
        reason = f"no model fits the budget; {chosen.id} is the cheapest suitable model."

    return Plan(
        domain=domain,
        traffic=traffic,
        monthly_budget_usd=budget,
        model=chosen.id,
        fallback_model=fallback.id,
        fits_budget=bool(fitting),
        max_tokens_cap=cap,
        per_user_limit=per_user,
        global_rpm=global_rpm,
        alert_thresholds=tuple(float(t) for t in rules["alert_thresholds"]),
        costs=_cost_rows(catalog, traffic, days, ceiling, chosen, fallback, today, margin),
        reason=reason,
        prices_as_of=catalog.prices_as_of,
        warnings=tuple(_warnings(catalog, traffic, budget, chosen, cost[chosen.id], fitting)),
    )


def _cost_rows(
    catalog: Catalog,
    traffic: Traffic,
    days: int,
    ceiling: float,
    chosen: Model,
    fallback: Model,
    today: date,
    margin: int,
) -> tuple[ModelCost, ...]:
    rows = []
    for model in catalog.models:
        to_retirement = model.days_to_retirement(today)
        if to_retirement is not None and to_retirement < 0:
            continue  # retired: not worth a row
        cost = monthly_cost(model, traffic, days)
        if model is chosen:
            status = "recommended"
        elif model is fallback:
            status = "fallback"
        elif to_retirement is not None and to_retirement <= margin:
            status = "retiring"
        elif model.unverified:
            status = "unverified price"
        else:
            status = "fits" if cost <= ceiling else "over budget"
        rows.append(ModelCost(model, cost, status))
    return tuple(sorted(rows, key=lambda row: (row.monthly_cost_usd, row.model.id)))


def _warnings(
    catalog: Catalog,
    traffic: Traffic,
    budget: float,
    chosen: Model,
    chosen_cost: float,
    fitting: list[Model],
) -> list[str]:
    warnings = []
    if not fitting:
        warnings.append(
            f"The budget (${budget:,.2f}/month) is too small even for the cheapest suitable "
            f"model: {chosen.id} is projected at ${chosen_cost:,.2f}/month. Raise the budget or "
            "expect requests to be refused once it is spent."
        )
    start = catalog.tiers[0]
    if start.requests_per_minute and traffic.peak_requests_per_minute > start.requests_per_minute:
        warnings.append(
            f"Peak traffic ({traffic.peak_requests_per_minute} requests/minute) exceeds the "
            f"{start.name}-tier RPM limit ({start.requests_per_minute}"
            + (", unverified" if start.unverified else "")
            + "); check your organisation's tier before launch."
        )
    if start.monthly_spend_cap_usd and budget > start.monthly_spend_cap_usd:
        warnings.append(
            f"A monthly budget above ${start.monthly_spend_cap_usd:,.0f} needs a tier beyond "
            f"{start.name}, whose spend cap stops all requests at "
            f"${start.monthly_spend_cap_usd:,.0f}/month."
        )
    return warnings
