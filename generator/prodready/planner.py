"""The planner: from traffic, budget and domain to a model, limits and alert thresholds.

Every rule comes from catalog.yml's `planning` section. copier.yml computes the same
defaults in Jinja (its `costs`, `plan` and `fallback_chain` values) from the same rules;
tests/test_planner_agreement.py proves the two agree on every derived default.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .catalog import Catalog, Model, Prices, load_catalog

DOMAINS = ("general", "healthcare", "finance", "legal", "ugc")
MAX_MONTHLY_BUDGET_USD = 1_000_000_000
"""The generated service's ledgers count nano-dollars in 64-bit integers (its config.py
bounds every budget by the same figure)."""
MINUTES_PER_DAY = 24 * 60


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
        if self.peak_requests_per_minute < self.average_per_minute:
            # A guard sized for this peak would refuse most of the planned traffic.
            raise PlanInputError(
                f"peak requests per minute ({self.peak_requests_per_minute}) is below the "
                f"average of {self.average_per_minute:,.1f}/minute that "
                f"{self.requests_per_day:,} requests/day need; enter at least "
                f"{math.ceil(self.average_per_minute)}."
            )

    @property
    def average_per_minute(self) -> float:
        """The daily volume spread evenly over the day's minutes."""
        return self.requests_per_day / MINUTES_PER_DAY


def default_peak(requests_per_day: int, catalog: Catalog | None = None) -> int:
    """The peak-per-minute default for a daily volume (copier.yml's default, same rule)."""
    rules = (catalog or load_catalog()).planning
    average = requests_per_day / MINUTES_PER_DAY
    return max(math.ceil(average * float(rules["peak_factor"])), int(rules["peak_min_per_minute"]))


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
    fallback_model: str | None  # None: no model of the ladder is cheaper, no fallback step
    fits_budget: bool
    max_tokens_cap: int
    per_user_limit: str
    global_rpm: int
    max_in_flight: int
    daily_budget_usd: float
    user_monthly_budget_usd: float
    user_daily_budget_usd: float
    max_input_tokens: int
    audit_retention_days: int
    fallback_chain: tuple[str, ...]
    alert_thresholds: tuple[float, ...]
    costs: tuple[ModelCost, ...]
    reason: str
    prices_as_of: date
    warnings: tuple[str, ...] = field(default=())

    def copier_defaults(self) -> dict[str, Any]:
        """The values copier.yml's computed `plan` holds for the same answers (copier derives
        the fallback and the chain from the answered model, after its `model` question)."""
        return {
            "model": self.model,
            "fits_budget": self.fits_budget,
            "max_tokens_cap": self.max_tokens_cap,
            "per_user_limit": self.per_user_limit,
            "global_rpm": self.global_rpm,
            "max_in_flight": self.max_in_flight,
            "daily_budget_usd": self.daily_budget_usd,
            "user_monthly_budget_usd": self.user_monthly_budget_usd,
            "user_daily_budget_usd": self.user_daily_budget_usd,
            "max_input_tokens": self.max_input_tokens,
            "audit_retention_days": self.audit_retention_days,
            "alert_thresholds": list(self.alert_thresholds),
        }

    def summary(self) -> tuple[str, ...]:
        """The plan's decisions as lines of text (rich markup), for `prodready plan/new`."""
        fallback = f"fallback {self.fallback_model}" if self.fallback_model else "no fallback model"
        traffic = self.traffic
        alerts = ", ".join(f"{t:.0%}" for t in self.alert_thresholds)
        return (
            f"[bold]Recommended:[/] {self.model} ({fallback}): {self.reason}",
            f"[bold]Traffic:[/] {traffic.requests_per_day:,} requests/day = "
            f"{traffic.average_per_minute:,.1f}/minute on average, peak "
            f"{traffic.peak_requests_per_minute:,}/minute",
            f"[bold]Limits:[/] max_tokens cap {self.max_tokens_cap:,}; max input tokens "
            f"{self.max_input_tokens:,}; per user {self.per_user_limit}; global "
            f"{self.global_rpm:,} requests/minute; {self.max_in_flight:,} calls in flight",
            f"[bold]Budgets:[/] ${self.monthly_budget_usd:,.2f}/month, "
            f"${self.daily_budget_usd:,.2f}/day; each user ${self.user_monthly_budget_usd:,.2f}"
            f"/month, ${self.user_daily_budget_usd:,.2f}/day; spend alerts at {alerts}",
            f"[bold]Degradation:[/] {', '.join(self.fallback_chain) or 'none (503)'}; "
            f"audit records kept {self.audit_retention_days:,} days",
        )


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


def _no_pricier(candidate: Prices, than: Prices) -> bool:
    """Whether `candidate` costs at most `than` per input and per output token (base prices:
    the comparison must not depend on the prompt size)."""
    return candidate.input <= than.input and candidate.output <= than.output


def fallback_chain(
    domain: str, model: str, fallback_model: str, rules: Mapping[str, Any]
) -> tuple[str, ...]:
    """The domain's degradation steps; no fallback-model step when the fallback is the model."""
    steps = tuple(str(step) for step in rules["fallback_chains"][domain])
    return steps if fallback_model != model else tuple(s for s in steps if s != "fallback_model")


def _budget_share(budget: float, divisor: int, decimals: int) -> float:
    """A budget below the monthly one, never below the smallest a setting accepts."""
    return max(round(budget / divisor, decimals), 10.0**-decimals)


def plan(
    domain: str,
    traffic: Traffic,
    monthly_budget_usd: float,
    *,
    catalog: Catalog | None = None,
    today: date | None = None,
) -> Plan:
    """Derive the recommended model, fallback, caps, limits, budgets and warnings."""
    catalog = catalog or load_catalog()
    today = today or date.today()
    rules = catalog.planning
    if domain not in DOMAINS:
        raise PlanInputError(f"domain must be one of {', '.join(DOMAINS)}, not {domain!r}.")
    budget = float(monthly_budget_usd)
    if not math.isfinite(budget) or not 0 < budget <= MAX_MONTHLY_BUDGET_USD:
        raise PlanInputError(
            "the monthly budget must be a positive number of US dollars up to "
            f"{MAX_MONTHLY_BUDGET_USD:,}, not {monthly_budget_usd!r}."
        )

    days = int(rules["days_per_month"])
    margin = int(rules["retirement_margin_days"])
    ceiling = budget * float(rules["budget_headroom"])
    ladder = [catalog.model(model_id) for model_id in rules["ladders"][domain]]
    eligible = [model for model in ladder if _eligible(model, today, margin)]
    if not eligible:
        raise PlanInputError(f"the catalog offers no current model for the {domain} domain.")
    cost = {model.id: monthly_cost(model, traffic, days) for model in eligible}

    fitting = [model for model in eligible if cost[model.id] <= ceiling]
    # min() keeps the first of equals, as copier.yml's loop does.
    chosen = fitting[0] if fitting else min(eligible, key=lambda model: cost[model.id])
    fallback = next(
        (
            model
            for model in eligible[eligible.index(chosen) + 1 :]
            if _no_pricier(model.prices, chosen.prices)
        ),
        None,
    )

    output = traffic.output_tokens_per_request
    step = int(rules["max_tokens_step"])
    raw_cap = ((output * int(rules["max_tokens_factor"]) + step - 1) // step) * step
    cap = min(max(raw_cap, int(rules["max_tokens_min"])), int(rules["max_tokens_max"]))
    global_rpm = math.ceil(traffic.peak_requests_per_minute * float(rules["global_rpm_margin"]))
    in_flight = max(
        math.ceil(global_rpm * int(rules["call_seconds"]) / 60), int(rules["max_in_flight_min"])
    )
    max_input = min(
        max(
            traffic.input_tokens_per_request * int(rules["max_input_tokens_factor"]),
            int(rules["max_input_tokens_min"]),
        ),
        int(rules["max_input_tokens_max"]),
    )
    per_user = (
        f"{rules['per_user_per_minute'][domain]}/minute;{rules['per_user_per_day'][domain]}/day"
    )
    decimals = int(rules["budget_decimals"])

    return Plan(
        domain=domain,
        traffic=traffic,
        monthly_budget_usd=budget,
        model=chosen.id,
        fallback_model=fallback.id if fallback else None,
        fits_budget=bool(fitting),
        max_tokens_cap=cap,
        per_user_limit=per_user,
        global_rpm=global_rpm,
        max_in_flight=in_flight,
        daily_budget_usd=_budget_share(budget, int(rules["daily_budget_divisor"]), decimals),
        user_monthly_budget_usd=_budget_share(
            budget, int(rules["user_monthly_budget_divisor"]), decimals
        ),
        user_daily_budget_usd=_budget_share(
            budget, int(rules["user_daily_budget_divisor"]), decimals
        ),
        max_input_tokens=max_input,
        audit_retention_days=int(rules["audit_retention_days"][domain]),
        fallback_chain=fallback_chain(
            domain, chosen.id, fallback.id if fallback else chosen.id, rules
        ),
        alert_thresholds=tuple(float(t) for t in rules["alert_thresholds"]),
        costs=_cost_rows(catalog, traffic, days, ceiling, chosen, fallback, today, margin),
        reason=_reason(domain, eligible, fitting, chosen, fallback, cost, rules),
        prices_as_of=catalog.prices_as_of,
        warnings=tuple(_warnings(catalog, traffic, budget, chosen, cost[chosen.id], fitting)),
    )


def _reason(
    domain: str,
    eligible: list[Model],
    fitting: list[Model],
    chosen: Model,
    fallback: Model | None,
    cost: Mapping[str, float],
    rules: Mapping[str, Any],
) -> str:
    headroom_pct = round(float(rules["budget_headroom"]) * 100)
    if fitting:
        better = eligible[: eligible.index(chosen)]
        reason = (
            f"{chosen.id} is the first model of the {domain} ladder whose projected cost "
            f"(${cost[chosen.id]:,.2f}/month) stays under {headroom_pct} % of the budget"
            + (f"; {', '.join(m.id for m in better)} would not." if better else ".")
        )
    else:
        reason = f"no model fits the budget; {chosen.id} is the cheapest suitable model."
    if fallback is None:
        reason += (
            f" No later model of the ladder costs less per token than {chosen.id}, so there "
            "is no fallback-model step (FALLBACK_MODEL is the model itself)."
        )
    return reason


def _cost_rows(
    catalog: Catalog,
    traffic: Traffic,
    days: int,
    ceiling: float,
    chosen: Model,
    fallback: Model | None,
    today: date,
    margin: int,
) -> tuple[ModelCost, ...]:
    rows = []
    for model in catalog.models:
        if model.retired(today):
            continue  # refused as an answer: not worth a row
        to_retirement = model.days_to_retirement(today)
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


def _first_tier_carrying(catalog: Catalog, per_minute: float) -> str:
    """The name of the lowest tier whose RPM limit is at least `per_minute`."""
    for tier in catalog.tiers:
        if tier.requests_per_minute is None or tier.requests_per_minute >= per_minute:
            return tier.name
    return catalog.tiers[-1].name


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
    limit = start.requests_per_minute
    unverified = ", unverified" if start.unverified else ""
    average = traffic.average_per_minute
    if limit and average > limit:
        warnings.append(
            f"Average traffic ({average:,.1f} requests/minute from "
            f"{traffic.requests_per_day:,}/day) exceeds the {start.name}-tier RPM limit "
            f"({limit}{unverified}): that tier cannot carry this volume even spread evenly; "
            f"plan for the {_first_tier_carrying(catalog, traffic.peak_requests_per_minute)} "
            "tier before launch."
        )
    elif limit and traffic.peak_requests_per_minute > limit:
        warnings.append(
            f"Peak traffic ({traffic.peak_requests_per_minute} requests/minute) exceeds the "
            f"{start.name}-tier RPM limit ({limit}{unverified}); check your organisation's tier "
            f"before launch (the peak needs "
            f"{_first_tier_carrying(catalog, traffic.peak_requests_per_minute)})."
        )
    if start.monthly_spend_cap_usd and budget > start.monthly_spend_cap_usd:
        warnings.append(
            f"A monthly budget above ${start.monthly_spend_cap_usd:,.0f} needs a tier beyond "
            f"{start.name}, whose spend cap stops all requests at "
            f"${start.monthly_spend_cap_usd:,.0f}/month."
        )
    return warnings
