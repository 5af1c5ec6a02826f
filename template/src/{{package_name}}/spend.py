"""The `spend` and `reconcile` commands: what the ledger says was spent; does Anthropic agree?

python -m <package> spend [--month YYYY-MM]
    Spend by day, user and model from the budget ledger, and the budget status: share of the
    monthly budget used, amount held by calls in progress (when there is any, and the command
    can see it: with the sqlite backend, the holds are in the serving process's memory),
    month-end projection at the rate so far.

python -m <package> reconcile [--month YYYY-MM] [--tolerance-pct P]
    Pulls Anthropic's cost report (Admin API, `GET /v1/organizations/cost_report`, with the
    admin key from ANTHROPIC_ADMIN_KEY) and compares it with the ledger day by day. Exit 1 when
    the month's totals differ by more than P %. The report covers the whole organisation (every
    workspace and key), the ledger only this service: share a key with nothing else, or expect
    a difference. Anthropic's report lags by up to a day and excludes Priority Tier costs.

Users appear as their pseudonyms (telemetry.hash_user), as in the logs. The admin page (/admin)
shows the same report: both read it through `spend_report`.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TextIO

import httpx2

from .config import Settings
from .llm.budget import (
    Budget,
    BudgetStatus,
    Ledger,
    Limits,
    Periods,
    Scope,
    ScopeUsage,
    SpendRow,
    to_usd,
)
from .llm.pricing import Catalog
from .llm.state import open_state

ADMIN_API_URL = "https://api.anthropic.com"
ADMIN_API_VERSION = "2023-06-01"
ADMIN_TIMEOUT_S = 30.0
COST_REPORT_PATH = "/v1/organizations/cost_report"
DEFAULT_TOLERANCE_PCT = 5.0
CENTS = Decimal(100)


def add_spend_commands(commands: Any) -> None:
    """Add `spend` and `reconcile` to the command line's subcommands."""
    spend = commands.add_parser("spend", help="spend by day, user and model; budget status")
    spend.add_argument("--month", type=_month, help="YYYY-MM (default: this month, UTC)")
    reconcile = commands.add_parser(
        "reconcile", help="compare the ledger with Anthropic's cost report (Admin API)"
    )
    reconcile.add_argument("--month", type=_month, help="YYYY-MM (default: this month, UTC)")
    reconcile.add_argument(
        "--tolerance-pct",
        type=float,
        default=DEFAULT_TOLERANCE_PCT,
        help="exit 1 when the totals differ by more (default: %(default)s)",
    )
    reconcile.add_argument(
        "--admin-url", default=ADMIN_API_URL, help="Admin API base URL (default: %(default)s)"
    )


def run_spend_command(
    args: argparse.Namespace,
    settings: Settings,
    *,
    out: TextIO = sys.stdout,
    transport: httpx2.AsyncBaseTransport | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Run `spend` or `reconcile`; returns the exit code."""
    now = now or dt.datetime.now(dt.UTC)
    month = args.month or now.strftime("%Y-%m")
    if args.command == "spend":
        return asyncio.run(_spend(settings, month, now, out))
    admin_key = os.environ.get("ANTHROPIC_ADMIN_KEY", "").strip()
    if not admin_key:
        print(
            "reconcile needs an Admin API key in ANTHROPIC_ADMIN_KEY "
            "(Console > Settings > Admin keys; not your API key).",
            file=sys.stderr,
        )
        return 2
    return asyncio.run(
        _reconcile(settings, month, now, out, args, admin_key=admin_key, transport=transport)
    )


@dataclass(frozen=True)
class SpendReport:
    """A month's settled spend from the ledger, and the budget status when it is this month.

    What the `spend` command prints and the admin page (admin/page.py) shows: both read it
    through `spend_report`, so their numbers agree to the cent."""

    month: str
    by_day: dict[str, tuple[int, int]]
    """Requests and nano-dollars per UTC day, sorted; likewise `by_user` and `by_model`."""
    by_user: dict[str, tuple[int, int]]
    by_model: dict[str, tuple[int, int]]
    total: int
    """Nano-dollars settled in the month."""
    requests: int
    worst_case: int
    """Of `requests`, those booked at their worst case (SpendRow.worst_case)."""
    status: BudgetStatus | None
    """The month's budget status; None for a past month."""
    today: ScopeUsage | None
    """Today's (UTC) spent and held nano-dollars; None for a past month."""


async def spend_report(budget: Budget, month: str, now: dt.datetime) -> SpendReport:
    """Read a month's spend rows (and, for this month, the budget usage) from the ledger."""
    periods = Periods.at(now)
    status: BudgetStatus | None = None
    today: ScopeUsage | None = None
    if month == periods.month:
        # Before the rows: reading the usage books the holds that have lapsed by now.
        usage = await budget.ledger.usage(periods, None, now=now.timestamp())
        status = BudgetStatus.compute(
            usage[Scope.MONTH], budget=budget.limits.month, now=now, periods=periods
        )
        today = usage[Scope.DAY]
    rows = await budget.ledger.spend_rows(month)
    return SpendReport(
        month=month,
        by_day=_totals(rows, "day"),
        by_user=_totals(rows, "user"),
        by_model=_totals(rows, "model"),
        total=sum(row.cost for row in rows),
        requests=sum(row.requests for row in rows),
        worst_case=sum(row.worst_case for row in rows),
        status=status,
        today=today,
    )


def usd_text(nanos: int) -> str:
    """An amount as the report shows it, on the command line and on the page: USD to 6 places
    (a request can cost less than a cent)."""
    return f"{to_usd(nanos):.6f}"


def budget_of(settings: Settings, ledger: Ledger) -> Budget:
    """The budget policy of these settings over a ledger (limits and alert thresholds)."""
    return Budget(
        ledger,
        catalog=Catalog.load(),
        limits=Limits.from_settings(settings),
        thresholds=settings.budget_alert_thresholds,
    )


async def _spend(settings: Settings, month: str, now: dt.datetime, out: TextIO) -> int:
    state = open_state(settings, serving=False)
    try:
        report = await spend_report(budget_of(settings, state.ledger), month, now)
    finally:
        await state.aclose()
    print(f"Spend in {month} (UTC), from the budget ledger", file=out)
    if not report.by_day:
        print("No settled calls.", file=out)
    for title, key, totals in (
        ("By day", "day", report.by_day),
        ("By user", "user", report.by_user),
        ("By model", "model", report.by_model),
    ):
        print(f"\n{title}", file=out)
        _table(
            out,
            (key, "requests", "cost USD"),
            [(name, str(n), usd_text(cost)) for name, (n, cost) in totals.items()],
        )
    print(f"\nTotal: ${usd_text(report.total)} in {report.requests} requests", file=out)
    if report.worst_case:
        print(
            f"Of those, {report.worst_case} booked at their worst case: attempts sent and "
            "given up on unanswered, or calls whose replica stopped before it settled them "
            "(`reconcile` shows what Anthropic billed)",
            file=out,
        )
    status = report.status
    if status is not None:
        projected = float(status.projected_usd / status.budget_usd)
        held = f"; ${status.held_usd:.6f} held by calls in progress" if status.held_usd else ""
        print(
            f"Budget: ${status.budget_usd:.2f} a month, {status.used_ratio:.1%} used{held}",
            file=out,
        )
        print(
            f"Projected month-end at the rate so far: ${status.projected_usd:.2f} "
            f"({projected:.0%} of the budget)",
            file=out,
        )
    return 0


async def _reconcile(
    settings: Settings,
    month: str,
    now: dt.datetime,
    out: TextIO,
    args: argparse.Namespace,
    *,
    admin_key: str,
    transport: httpx2.AsyncBaseTransport | None,
) -> int:
    periods = Periods.at(dt.datetime.strptime(month, "%Y-%m").replace(tzinfo=dt.UTC))
    start = dt.datetime.strptime(month, "%Y-%m").replace(tzinfo=dt.UTC)
    end = min(periods.next_month, now)
    try:
        reported = await fetch_cost_report(
            args.admin_url, admin_key, start=start, end=end, transport=transport
        )
    except CostReportError as exc:
        print(f"reconcile: {exc}", file=sys.stderr)
        return 2
    state = open_state(settings, serving=False)
    try:
        rows = await state.ledger.spend_rows(month)
    finally:
        await state.aclose()
    ledger = {day: to_usd(cost) for day, (_, cost) in _totals(rows, "day").items()}
    days = sorted(set(ledger) | set(reported))
    print(f"Reconciliation for {month} (UTC): ledger vs Anthropic cost report", file=out)
    _table(
        out,
        ("day", "ledger USD", "Anthropic USD", "difference"),
        [
            (
                day,
                f"{ledger.get(day, Decimal(0)):.6f}",
                f"{reported.get(day, Decimal(0)):.6f}",
                f"{reported.get(day, Decimal(0)) - ledger.get(day, Decimal(0)):+.6f}",
            )
            for day in days
        ],
    )
    ours, theirs = sum(ledger.values(), Decimal(0)), sum(reported.values(), Decimal(0))
    difference = theirs - ours
    share = abs(difference) / theirs * 100 if theirs else (Decimal(0) if not ours else Decimal(100))
    print(
        f"\nTotal: ledger ${ours:.6f}, Anthropic ${theirs:.6f}, "
        f"difference {difference:+.6f} ({share:.2f} %)",
        file=out,
    )
    if share > Decimal(str(args.tolerance_pct)):
        print(f"The difference is above the tolerance of {args.tolerance_pct} %.", file=out)
        return 1
    return 0


class CostReportError(Exception):
    """The cost report could not be read; the message says why."""


async def fetch_cost_report(
    base_url: str,
    admin_key: str,
    *,
    start: dt.datetime,
    end: dt.datetime,
    transport: httpx2.AsyncBaseTransport | None = None,
) -> dict[str, Decimal]:
    """USD per UTC day from the Admin API's cost report (all pages)."""
    headers = {"x-api-key": admin_key, "anthropic-version": ADMIN_API_VERSION}
    params: dict[str, str] = {
        "starting_at": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "ending_at": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "bucket_width": "1d",
        "limit": "31",
    }
    days: dict[str, Decimal] = defaultdict(Decimal)
    async with httpx2.AsyncClient(
        base_url=base_url, headers=headers, timeout=ADMIN_TIMEOUT_S, transport=transport
    ) as client:
        while True:
            try:
                response = await client.get(COST_REPORT_PATH, params=params)
            except httpx2.HTTPError as exc:
                raise CostReportError(f"cannot reach the Admin API: {exc}") from exc
            if response.status_code in (401, 403):
                raise CostReportError(
                    f"the Admin API refused the key ({response.status_code}): "
                    "ANTHROPIC_ADMIN_KEY must be an admin key of the organisation"
                )
            if response.status_code != 200:
                raise CostReportError(f"the Admin API answered {response.status_code}")
            try:
                page = response.json()
                for bucket in page["data"]:
                    day = str(bucket["starting_at"])[:10]
                    for item in bucket["results"]:
                        if item.get("currency", "USD") != "USD":
                            raise CostReportError(f"unexpected currency {item['currency']!r}")
                        days[day] += Decimal(str(item["amount"])) / CENTS
                more, next_page = bool(page["has_more"]), page.get("next_page")
            except (ValueError, KeyError, TypeError) as exc:
                raise CostReportError(f"unexpected cost report shape: {exc!r}") from exc
            if not more or not next_page:
                return dict(days)
            params["page"] = str(next_page)


def _totals(rows: Iterable[SpendRow], key: str) -> dict[str, tuple[int, int]]:
    """Requests and nano-dollars per value of `key` (day, user or model), sorted."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        entry = totals[getattr(row, key)]
        entry[0] += row.requests
        entry[1] += row.cost
    return {name: (n, cost) for name, (n, cost) in sorted(totals.items())}


def _table(out: TextIO, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A plain text table: first column left-aligned, the numbers right-aligned."""
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=False)]
    for row in (header, *rows):
        cells = [
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip(), file=out)


def _month(value: str) -> str:
    try:
        dt.datetime.strptime(value, "%Y-%m")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a month; write YYYY-MM") from None
    return value
