"""Readiness: can this replica serve a request right now? Three checks, each bounded in time.

    sqlite    the state backend answers (state_probe.py): the SQLite file opens and
    | redis   takes a write lock, or Redis answers PING; the check is named after it
    breaker   the circuit breaker's state (closed, half-open: probing, open)
    budget    whether the service's monthly or daily budget is used up

GET /readyz answers 200 when the state backend answers, and 503 when it does not: that is
what a load balancer should route on. The breaker and the budget are shared by every
replica (with Redis), so they are reported, under `degraded`, but do not make a replica
unready: an open breaker on every replica would otherwise leave a balancer nowhere to send
traffic, not even to the fallback chain, and after the cooldown no request would come to
probe the upstream and close it again. Alert on them instead (`llm_breaker_state`, the
budget gauges, or `degraded` here); see docs/replicas.md.

The body, e.g. with Redis down: `{"status": "not_ready", "checks": {"redis":
"unreachable", "breaker": "unknown", "budget": "unknown"}, "failing": ["redis"],
"degraded": ["breaker", "budget"]}` (with redis, the breaker and the ledger live there
too). It carries names and states only: no error messages, hosts, paths or amounts (it is
public). The same check feeds the state gauges of /metrics (breaker state, budget used,
backend up).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TypeVar

import structlog

from ..config import Settings
from .breaker import BreakerState
from .budget import Periods, Scope
from .gateway import Gateway
from .metrics import BreakerGauge
from .state_probe import BACKEND, ping_state

log = structlog.get_logger(__name__)

T = TypeVar("T")

CHECK_TIMEOUT_S = 2.0
"""Seconds each check may take: a probe that hangs is a failed probe, not a hung endpoint."""

_PASSING = ("ok", "closed", "half_open")

_GAUGE = {
    BreakerState.CLOSED: BreakerGauge.CLOSED,
    BreakerState.HALF_OPEN: BreakerGauge.HALF_OPEN,
    BreakerState.OPEN: BreakerGauge.OPEN,
}


@dataclass(frozen=True)
class Readiness:
    """The outcome of the three checks; `public()` is what /readyz may show."""

    state_ok: bool
    breaker: BreakerState | None
    """None when the breaker's state could not be read (with redis, its store is Redis)."""
    used_ratio: float | None
    """The month's spend / MONTHLY_BUDGET_USD; None when the ledger could not be read."""
    budget_exhausted: bool | None
    """None when the ledger could not be read."""

    @property
    def checks(self) -> dict[str, str]:
        """Each check's state in words: `ok`, `unreachable`, `open`, `exhausted`, `unknown`..."""
        return {
            BACKEND: "ok" if self.state_ok else "unreachable",
            "breaker": "unknown" if self.breaker is None else str(self.breaker),
            "budget": {None: "unknown", True: "exhausted", False: "ok"}[self.budget_exhausted],
        }

    @property
    def failing(self) -> list[str]:
        """The checks that make this replica unready: the state backend's, when it fails."""
        return [] if self.state_ok else [BACKEND]

    @property
    def degraded(self) -> list[str]:
        """The shared states that are not fine (breaker open, budget used up, or unknown):
        reported, not a reason to take this replica out of rotation."""
        shared = list(self.checks.items())[1:]
        return [name for name, value in shared if value not in _PASSING]

    @property
    def ready(self) -> bool:
        return self.state_ok

    def public(self) -> dict[str, object]:
        """The /readyz body: overall status, each check's state, what fails, what is degraded."""
        return {
            "status": "ready" if self.ready else "not_ready",
            "checks": self.checks,
            "failing": self.failing,
            "degraded": self.degraded,
        }

    def breaker_gauge(self) -> BreakerGauge | None:
        return None if self.breaker is None else _GAUGE[self.breaker]


async def check_readiness(gateway: Gateway, settings: Settings) -> Readiness:
    """Run the three checks concurrently, each within CHECK_TIMEOUT_S; never raises."""
    (state_ok, _), (_, breaker), (_, budget) = await asyncio.gather(
        _bounded(BACKEND, ping_state(gateway.state, settings)),
        _bounded("breaker", gateway.breaker.state()),
        _bounded("budget", _budget(gateway)),
    )
    used_ratio, exhausted = budget if budget is not None else (None, None)
    return Readiness(
        state_ok=state_ok, breaker=breaker, used_ratio=used_ratio, budget_exhausted=exhausted
    )


async def _budget(gateway: Gateway) -> tuple[float, bool]:
    """The month's used share, and whether the month's or the day's budget is used up."""
    now = dt.datetime.now(dt.UTC)
    usage = await gateway.budget.ledger.usage(Periods.at(now), None, now=now.timestamp())
    limits = gateway.budget.limits
    month, day = usage[Scope.MONTH], usage[Scope.DAY]
    exhausted = month.spent >= limits.month or day.spent >= limits.day
    return month.spent / limits.month, exhausted


async def _bounded(name: str, check: Awaitable[T]) -> tuple[bool, T | None]:
    """(True, result), or (False, None) when the check failed or hung (logged, by type)."""
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_S):
            return True, await check
    except Exception as exc:  # any failure of a probe means: not ready
        log.warning("readiness.check_failed", check=name, error_type=type(exc).__name__)
        return False, None
