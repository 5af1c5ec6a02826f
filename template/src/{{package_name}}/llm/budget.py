"""Budgets that cannot be overshot: reserve the worst case before a call, settle after.

    reserve(worst case) ──call ok──▶ settle(real cost)   the hold becomes spend
                        └─call fails─▶ release()         the hold is dropped

Spend and holds are counted in four scopes: this month and this day (UTC), for the whole
service and for the user. A reservation succeeds only when, in every scope,

    spent + held + worst case <= limit

and the check and the hold are one atomic step of the ledger: a Redis Lua script, or, with
SQLite, a step in the memory of the one process that serves from the file (no await
between the check and the hold). Concurrent requests therefore cannot together spend more
than the budget: the last ones are refused before they cost anything.

The worst case (`Budget.worst_case`) is the bounded prompt (`estimate.input_bound`) at the
dearest input rate the call may be charged, plus `max_tokens` of output per model call.
A hold that is never settled expires after `config.HOLD_TTL_S` and stops counting; with
Redis, a hold is also a lease its replica renews, so a dead replica's holds stop counting
within seconds (ledger_redis.HOLD_LEASE_S). A ledger that cannot be reached refuses every
reservation (LedgerUnavailable, a 503): no call is made that the budget did not hold.

Money in the ledger is integer nano-dollars (1e-9 USD): exact sums in SQLite and in Redis
(whose Lua numbers are doubles, exact up to 2^53 nano-dollars, about 9 million USD).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum
from typing import Protocol, TypedDict

from ..config import Settings
from .errors import UNAVAILABLE_MESSAGE, BudgetExhausted, Stage, StateUnavailable
from .estimate import DEFAULT_SERVER_TOOL_RESULT_MAX_TOKENS, cache_may_write, server_tools
from .pricing import PER_MILLION, Catalog
from .ratelimit import RateLimiter, Refused, Window
from .request import Params

NANOS_PER_USD = 10**9
UNAVAILABLE_RETRY_AFTER_S = 2.0
"""Retry-After of a request refused because the ledger's store did not answer."""


class LedgerUnavailable(Exception):
    """The ledger's store did not answer: nothing was held (with Redis: down, restarting)."""


def to_nanos(usd: Decimal) -> int:
    """USD as integer nano-dollars, rounded up: the ledger never under-counts."""
    return int((usd * NANOS_PER_USD).to_integral_value(rounding=ROUND_CEILING))


def to_usd(nanos: int) -> Decimal:
    """Integer nano-dollars back to USD."""
    return Decimal(nanos) / NANOS_PER_USD


class Scope(StrEnum):
    """The four budgets a reservation must fit in, in the order they are checked."""

    MONTH = "month"
    DAY = "day"
    USER_MONTH = "user_month"
    USER_DAY = "user_day"

    @property
    def per_user(self) -> bool:
        return self in (Scope.USER_MONTH, Scope.USER_DAY)

    @property
    def monthly(self) -> bool:
        return self in (Scope.MONTH, Scope.USER_MONTH)


SCOPES: tuple[Scope, ...] = tuple(Scope)


@dataclass(frozen=True)
class Periods:
    """The UTC month and day a reservation counts against."""

    month: str
    day: str
    next_month: dt.datetime
    next_day: dt.datetime

    @classmethod
    def at(cls, now: dt.datetime) -> Periods:
        return _periods_of(now.astimezone(dt.UTC).date())

    def resets_at(self, scope: Scope) -> dt.datetime:
        """When the budget of this scope starts afresh."""
        return self.next_month if scope.monthly else self.next_day


@functools.lru_cache(maxsize=4)
def _periods_of(day: dt.date) -> Periods:
    """The periods of a UTC day, made once per day (every reservation asks for them)."""
    first = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return Periods(
        month=f"{day:%Y-%m}",
        day=day.isoformat(),
        next_month=dt.datetime(first.year, first.month, 1, tzinfo=dt.UTC),
        next_day=dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) + dt.timedelta(days=1),
    )


@dataclass(frozen=True)
class Limits:
    """The limit of each scope, in nano-dollars."""

    month: int
    day: int
    user_month: int
    user_day: int

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        def nanos(usd: float) -> int:
            return to_nanos(Decimal(str(usd)))

        return cls(
            month=nanos(settings.monthly_budget_usd),
            day=nanos(settings.daily_budget_usd),
            user_month=nanos(settings.user_monthly_budget_usd),
            user_day=nanos(settings.user_daily_budget_usd),
        )

    def of(self, scope: Scope) -> int:
        return int(getattr(self, scope.value))

    def ordered(self) -> tuple[int, int, int, int]:
        """The limits in SCOPES order (every reservation reads them)."""
        return self.month, self.day, self.user_month, self.user_day


@dataclass(frozen=True)
class Quota:
    """A caller's own rate limit and monthly budget, where their credentials carry them
    (an API key's `--limit` and `--budget`); None: the service's defaults."""

    rate_limit: str | None = None
    """In `limits` notation, e.g. "10/minute;200/day"; replaces PER_USER_LIMIT."""
    monthly_budget_usd: Decimal | None = None
    """Replaces USER_MONTHLY_BUDGET_USD; the daily and service budgets still apply."""


SERVICE_QUOTA = Quota()
"""The service's defaults: a caller whose credentials carry no quota of their own."""


@dataclass(frozen=True)
class Reservation:
    """Budget held for one call until it is settled or released."""

    id: str
    user: str
    """The user's pseudonym (telemetry.hash_user): the ledger holds no raw user ids."""
    model: str
    amount: int
    """Nano-dollars held: the call's worst-case cost."""
    periods: Periods


@dataclass(frozen=True)
class Refusal:
    """Why a reservation did not fit: the first scope that would overflow."""

    scope: Scope
    used: int
    limit: int


@dataclass(frozen=True)
class Threshold:
    """A share of the monthly budget at which an alert fires once per month."""

    share: float
    level: int
    """The spend, in nano-dollars, at which it fires."""
    label: str = field(init=False)
    """A stable name for the alert record, e.g. `80` for 0.8 (read on every settle)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", f"{self.share * 100:g}")


@dataclass(frozen=True)
class Settlement:
    """The ledger after a settle: the month's global spend and the thresholds it first crossed."""

    month_spent: int
    crossed: tuple[str, ...]
    """Labels of thresholds crossed by this settle and claimed by it (each fires only once)."""


@dataclass(frozen=True)
class ScopeUsage:
    """Spent and held nano-dollars of one scope."""

    spent: int
    held: int


@dataclass(frozen=True)
class SpendRow:
    """Settled spend of one user on one model on one day."""

    day: str
    user: str
    model: str
    requests: int
    cost: int
    worst_case: int = 0
    """Of `requests`, those booked at their worst case, not their cost: attempts sent and
    then given up on unanswered (`Budget.book_unanswered`), and, with the redis backend,
    calls whose replica stopped renewing its hold (killed) before it settled."""


class Ledger(Protocol):
    """Where spend and holds live. Every method is one atomic step of the store.

    Implementations: `ledger_sqlite.SqliteLedger` (one process) and, with the redis
    backend, `ledger_redis.RedisLedger` (shared by replicas). One test suite runs against both.
    """

    async def reserve(
        self, *, user: str, model: str, amount: int, periods: Periods, limits: Limits, now: float
    ) -> Reservation | Refusal:
        """Hold `amount` if it fits every scope, else hold nothing and say which did not fit."""
        ...

    async def settle(
        self,
        reservation: Reservation,
        cost: int,
        thresholds: Sequence[Threshold],
        *,
        worst_case: bool = False,
    ) -> Settlement:
        """Replace the hold by the real cost; claim the monthly thresholds now crossed.
        `worst_case`: the cost is the hold's worst case, not a bill (SpendRow.worst_case)."""
        ...

    async def release(self, reservation: Reservation) -> None:
        """Drop the hold of a call that cost nothing (it failed before an answer)."""
        ...

    async def usage(
        self, periods: Periods, user: str | None, *, now: float
    ) -> dict[Scope, ScopeUsage]:
        """Spent and held amounts per scope (the user scopes only when `user` is given)."""
        ...

    async def claim_alert(self, key: str) -> bool:
        """True the first time a key is claimed, False ever after: alerts fire once."""
        ...

    async def spend_rows(self, month: str) -> list[SpendRow]:
        """Settled spend of a month (`YYYY-MM`) by day, user and model."""
        ...

    async def aclose(self) -> None:
        """Close the connection to the store."""
        ...


class _Hold(TypedDict):
    """What a hold needs: the arguments of `Ledger.reserve` and of `AtomicAdmission.admit`."""

    user: str
    model: str
    amount: int
    periods: Periods
    limits: Limits
    now: float


class AtomicAdmission(Protocol):
    """A request's rate-limit windows and its budget hold in one atomic step of the store.

    With Redis that is one script, one round trip instead of two
    (`ledger_redis.RedisAdmission`); the embedded backend has none and takes the windows,
    then the reserve (`Budget.reserve` chooses).
    """

    async def admit(
        self,
        windows: Sequence[Window],
        *,
        windows_now: float,
        user: str,
        model: str,
        amount: int,
        periods: Periods,
        limits: Limits,
        now: float,
    ) -> Reservation | Refusal | Refused:
        """Windows first, all or nothing: one full is `Refused`, nothing counted or held.
        Then the hold, as `Ledger.reserve`; a `Refusal` holds nothing, and the request
        stays counted in every window (as when the windows and the reserve are two steps)."""
        ...


def new_reservation_id() -> str:
    return secrets.token_hex(16)


@dataclass(frozen=True)
class BudgetStatus:
    """The month so far and where it is heading (for the spend report and the log event)."""

    month: str
    budget_usd: Decimal
    spent_usd: Decimal
    held_usd: Decimal
    used_ratio: float
    projected_usd: Decimal
    """Month-end spend if the rate so far continues."""

    @classmethod
    def compute(
        cls, usage: ScopeUsage, *, budget: int, now: dt.datetime, periods: Periods
    ) -> BudgetStatus:
        start = dt.datetime.strptime(periods.month, "%Y-%m").replace(tzinfo=dt.UTC)
        elapsed = max((now - start).total_seconds(), 1.0)
        length = (periods.next_month - start).total_seconds()
        projected = math.ceil(usage.spent * length / elapsed)
        return cls(
            month=periods.month,
            budget_usd=to_usd(budget),
            spent_usd=to_usd(usage.spent),
            held_usd=to_usd(usage.held),
            used_ratio=usage.spent / budget,
            projected_usd=to_usd(projected),
        )


class Budget:
    """The budget policy over a ledger: what to hold, what to refuse, when to alert."""

    def __init__(
        self,
        ledger: Ledger,
        *,
        catalog: Catalog,
        limits: Limits,
        thresholds: Sequence[float],
        admission: AtomicAdmission | None = None,
        server_tool_result_tokens: int = DEFAULT_SERVER_TOOL_RESULT_MAX_TOKENS,
    ) -> None:
        self.ledger = ledger
        self.server_tool_result_tokens = server_tool_result_tokens
        """What one web search or fetch may add to the prompt (SERVER_TOOL_RESULT_MAX_TOKENS)."""
        self.admission = admission
        """Windows and hold in one step (Redis); None: the windows, then the reserve."""
        self.catalog = catalog
        self.limits = limits
        self.thresholds = tuple(
            Threshold(share, math.ceil(share * limits.month)) for share in sorted(thresholds)
        )

    def limits_for(self, monthly_budget_usd: Decimal | None) -> Limits:
        """The limits of a caller: their own monthly budget (an API key's) replaces
        USER_MONTHLY_BUDGET_USD; every other scope stays the service's."""
        if monthly_budget_usd is None:
            return self.limits
        return replace(self.limits, user_month=to_nanos(monthly_budget_usd))

    def worst_case(self, model: str, params: Params, input_tokens: int) -> Decimal:
        """The most a call can cost: `input_tokens` (a bound of the prompt, see
        `estimate.input_bound`) and `max_tokens` of output on every model call, every input
        token at the dearest rate it may be charged (a cache write when the call may write).

        A request with web search or web fetch calls the model once more per tool use, and
        each call reads the prompt, what earlier calls wrote and what the tools returned:
        with `u` uses, call `i` (0..u) reads at most `P + i * (R + M)` tokens, so the calls
        read `(u + 1) * P + u * (u + 1) / 2 * (R + M)` in all, and each use is priced too.
        """
        max_tokens = int(params["max_tokens"])
        tools = server_tools(params, result_max_tokens=self.server_tool_result_tokens)
        uses = sum(tool.max_uses for tool in tools)
        growth = max((tool.result_tokens for tool in tools), default=0) + max_tokens
        prompt = (uses + 1) * input_tokens + uses * (uses + 1) // 2 * growth
        prices = self.catalog.highest_prices(model, prompt)
        input_price = max(prices.input, prices.cache_read)
        if cache_may_write(params):
            input_price = max(input_price, prices.cache_write_5m, prices.cache_write_1h)
        output = (uses + 1) * max_tokens
        tokens_usd = (prompt * input_price + output * prices.output) / PER_MILLION
        per_use = sum(
            (tool.max_uses * self.catalog.server_tool_price(tool.kind) for tool in tools),
            Decimal(0),
        )
        return tokens_usd + per_use

    async def reserve(
        self,
        *,
        user: str,
        model: str,
        worst_case: Decimal,
        request_id: str,
        now: dt.datetime,
        limiter: RateLimiter | None = None,
        quota: Quota | None = None,
    ) -> Reservation:
        """Hold the worst case; raises BudgetExhausted naming the budget that is used up.

        `limiter`: the request's first hold, which also counts the request in its
        rate-limit windows first (raises RateLimited, holding nothing, when one is full).
        With an atomic admission (Redis) the windows and the hold are one step and one
        round trip; without, the windows are hit, then the hold is made. Either way a
        budget refusal leaves the request counted in the windows. `quota`: the caller's
        own limit and monthly budget, where their credentials carry them.
        """
        periods = Periods.at(now)
        amount = to_nanos(worst_case)
        quota = quota or SERVICE_QUOTA
        hold = _Hold(
            user=user,
            model=model,
            amount=amount,
            periods=periods,
            limits=self.limits_for(quota.monthly_budget_usd),
            now=now.timestamp(),
        )
        outcome: Reservation | Refusal
        try:
            if limiter is not None and self.admission is not None:
                windows = limiter.windows(user, quota.rate_limit)
                admitted = await self.admission.admit(windows, windows_now=limiter.now(), **hold)
                if isinstance(admitted, Refused):
                    raise limiter.refusal(windows, admitted, request_id=request_id)
                outcome = admitted
            else:
                if limiter is not None:
                    await limiter.acquire(user, request_id=request_id, per_user=quota.rate_limit)
                outcome = await self.ledger.reserve(**hold)
        except LedgerUnavailable as exc:  # fail closed: no hold, no call
            raise StateUnavailable(
                UNAVAILABLE_MESSAGE,
                request_id=request_id,
                stage=Stage.BUDGET,
                error_type="state_unavailable",
                retry_after=UNAVAILABLE_RETRY_AFTER_S,
            ) from exc
        if isinstance(outcome, Reservation):
            return outcome
        resets = periods.resets_at(outcome.scope)
        limit = hold["limits"].of(outcome.scope)
        raise BudgetExhausted(
            _too_large_message(outcome.scope, amount, limit)
            if amount > limit
            else _exhausted_message(outcome.scope, resets),
            request_id=request_id,
            stage=Stage.BUDGET,
            scope=outcome.scope.value,
            retry_after=max((resets - now).total_seconds(), 1.0),
        )

    async def settle(self, reservation: Reservation, cost: Decimal) -> Settlement:
        """Record the real cost in place of the hold; the thresholds it crossed come back."""
        return await self.ledger.settle(reservation, to_nanos(cost), self.thresholds)

    async def release(self, reservation: Reservation) -> None:
        await self.ledger.release(reservation)

    async def book_unanswered(self, reservation: Reservation, attempts: int, first: int) -> None:
        """Book `attempts` upstream attempts that may have been billed but whose answer the
        service never read (it timed out after sending, the caller left) at the worst case
        held for them: the ledger never counts less than the upstream may bill.

        Each is its own entry, `<reservation id>.<n>` counting from `first` (n distinct in
        a call): a settle retried from the Redis journal books it once. No threshold is
        claimed here; the next settle claims any these crossed, and alerts.
        """
        for n in range(first, first + attempts):
            entry = replace(reservation, id=f"{reservation.id}.{n}")
            await self.ledger.settle(entry, reservation.amount, (), worst_case=True)

    async def covers_a_retry(
        self, reservation: Reservation, quota: Quota | None, now: dt.datetime
    ) -> bool:
        """Whether another attempt of a call still fits: with its attempts that may have
        been billed booked (`book_unanswered`), no scope's spent and held amounts, this
        call's hold among them, exceed its limit. The hold covers one attempt's worst case;
        each attempt given up on may have cost as much, so a retry must fit anew. A ledger
        that cannot answer (Redis away) raises LedgerUnavailable: nothing shows it fits."""
        usage = await self.ledger.usage(reservation.periods, reservation.user, now=now.timestamp())
        limits = self.limits_for((quota or SERVICE_QUOTA).monthly_budget_usd)
        return all(used.spent + used.held <= limits.of(scope) for scope, used in usage.items())

    async def status(self, now: dt.datetime) -> BudgetStatus:
        """The month's global spend, held amount, share of the budget and projection."""
        periods = Periods.at(now)
        usage = await self.ledger.usage(periods, None, now=now.timestamp())
        return BudgetStatus.compute(
            usage[Scope.MONTH], budget=self.limits.month, now=now, periods=periods
        )

    def used_ratio(self, settlement: Settlement) -> float:
        return settlement.month_spent / self.limits.month


def _exhausted_message(scope: Scope, resets: dt.datetime) -> str:
    resets_at = f"{resets:%Y-%m-%d %H:%M} UTC"
    return f"{_budget_of(scope)} for model calls is used up; it resets at {resets_at}."


def _too_large_message(scope: Scope, amount: int, limit: int) -> str:
    """A request whose worst case alone is more than the whole budget: it would be refused
    at the start of any period, so "used up" would send the caller waiting for nothing."""
    return (
        f"This request's worst-case cost ({_dollars(amount)}) is more than the whole of "
        f"{_budget_of(scope).lower()} ({_dollars(limit)}): lower max_tokens, a server "
        "tool's max_uses or the size of the prompt."
    )


def _budget_of(scope: Scope) -> str:
    whose = "Your" if scope.per_user else "The service's"
    return f"{whose} {'monthly' if scope.monthly else 'daily'} budget"


def _dollars(nanos: int) -> str:
    """`$1,250.5`, `$0.004`: to the nano-dollar, without trailing zeros."""
    return "$" + f"{to_usd(nanos):,.9f}".rstrip("0").rstrip(".")
