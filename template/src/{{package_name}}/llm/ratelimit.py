"""Request limits: per user, for the whole service, and on calls in progress.

    concurrency   MAX_IN_FLIGHT calls in this process at once (counted here, in memory),
                  of which one user holds at most MAX_IN_FLIGHT_PER_USER (default: half)
    per user      PER_USER_LIMIT, e.g. "20/minute;500/day"  ─┐ moving windows (the
    global        GLOBAL_RPM requests per minute, all users  ─┘ `limits` algorithm)

A request's windows are checked and counted in one step: it counts in every window or, when
one is full, in none. Where the windows live depends on the backend:

- memory (one process): `MemoryWindows`, below.
- Redis (replicas share the limit): `ratelimit_redis.RedisWindows`, one Lua script, one
  round trip for all of a request's windows. A limit of 20/minute is 20/minute across all
  replicas. The script needs one Redis server, not Redis Cluster (a request's keys live in
  different hash slots). The service goes one step further: a request's windows and its
  first budget hold are one script (`ledger_redis.RedisAdmission`, through
  `Budget.reserve(limiter=...)`), so the gateway's admission is one round trip, not two.

Both keep the `limits` library's moving window and its keys (`RateLimitItem.key_for`; in
memory the same without its namespace); the library parses the limits. Over a limit,
`RateLimited` says how many seconds until the window has room (Retry-After).

`admit` is the in-flight slot and the windows together; the gateway takes them apart
(`slot`, then the windows with the budget hold) so that Redis sees them in one step.
"""

from __future__ import annotations

import functools
import math
import time
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import NamedTuple, Protocol

from limits import RateLimitItem, RateLimitItemPerMinute, parse_many

from .errors import RateLimited, Stage

GLOBAL_KEY = "global"
CONCURRENCY_RETRY_AFTER_S = 1.0
"""Retry-After when refused for too many calls in progress: they finish in seconds."""

Window = tuple[RateLimitItem, tuple[str, ...]]
"""A limit and the identifiers of its counter, e.g. (20/minute, ("user", "alice"))."""


class Refused(NamedTuple):
    """Which window (an index into the request's windows) is full, and until when."""

    window: int
    reset_at: float


class AtomicWindows(Protocol):
    """Windows checked and hit together in one atomic step (MemoryWindows, RedisWindows)."""

    async def acquire(self, windows: Sequence[Window], now: float) -> Refused | None:
        """Count a hit in every window if all have room; else count none, say which is full."""
        ...


class MemoryWindows:
    """The windows of one process, in memory: each a deque of its last `limit` hits.

    Not the library's `limits.aio.storage.MemoryStorage`: it expires old hits in a
    background task that hops to a thread for every window, pass after pass while requests
    arrive. That cost ~220 µs of CPU per request at 50 in flight, a third of all the service
    added, and it grows with the number of users (docs/benchmarks.md). Here a full window is one
    comparison (its oldest kept hit against the window's start) and a hit one append; a
    window whose newest hit has left it is dropped by a later request, least recently hit
    first, so memory follows the windows in use.
    """

    def __init__(self) -> None:
        # key -> (window seconds, hits oldest first); least recently hit first.
        self._windows: OrderedDict[str, tuple[int, deque[float]]] = OrderedDict()

    def __len__(self) -> int:
        """How many windows are kept."""
        return len(self._windows)

    async def acquire(self, windows: Sequence[Window], now: float) -> Refused | None:
        counted: list[deque[float]] = []
        for index, (item, identifiers) in enumerate(windows):
            expiry, hits = self._window(item, identifiers)
            # Full when its limit-th newest hit is still inside it (the `limits` rule).
            if len(hits) == item.amount and hits[0] >= now - expiry:
                return Refused(index, hits[0] + expiry)
            counted.append(hits)
        for hits in counted:
            hits.append(now)  # a full deque drops its oldest hit, which has left the window
        self._forget_idle(now)
        return None

    def _window(
        self, item: RateLimitItem, identifiers: tuple[str, ...]
    ) -> tuple[int, deque[float]]:
        key = _window_key(item, identifiers)
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = (item.get_expiry(), deque(maxlen=item.amount))
        else:
            self._windows.move_to_end(key)
        return window

    def _forget_idle(self, now: float) -> None:
        """Drop the least recently hit windows while nothing in them is left to count."""
        while self._windows:
            key, (expiry, hits) = next(iter(self._windows.items()))
            if hits and hits[-1] >= now - expiry:
                return
            del self._windows[key]


def _window_key(item: RateLimitItem, identifiers: tuple[str, ...]) -> str:
    """A window's key in memory: its identifiers and its limit (a new limit is a new
    window), as `RateLimitItem.key_for` writes it but without the namespace, at a fifth of
    its cost (three windows a request)."""
    return "/".join((*identifiers, str(item.amount), str(item.multiples), item.GRANULARITY.name))


class RateLimiter:
    """Admits a request or raises RateLimited; `admit` also holds a concurrency slot."""

    def __init__(
        self,
        storage: AtomicWindows,
        *,
        per_user: str,
        global_rpm: int,
        max_in_flight: int,
        max_in_flight_per_user: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.storage = storage
        self.per_user: tuple[RateLimitItem, ...] = parse_limits(per_user)
        self.global_limit: RateLimitItem = RateLimitItemPerMinute(global_rpm)
        self.max_in_flight = max_in_flight
        self.max_in_flight_per_user = max_in_flight_per_user or max(max_in_flight // 2, 1)
        """A user's share of the slots: a few slow streams of one caller lock nobody out."""
        self.in_flight = 0
        self._in_flight_by_user: dict[str, int] = {}
        self._clock = clock

    @asynccontextmanager
    async def admit(self, user: str, *, request_id: str) -> AsyncIterator[None]:
        """Hold a slot for the duration of the block, once every limit has room."""
        async with self.slot(user, request_id=request_id):
            await self.acquire(user, request_id=request_id)
            yield

    def slot(self, user: str, *, request_id: str) -> AbstractAsyncContextManager[None]:
        """Hold one of MAX_IN_FLIGHT slots of this process for the duration of the block,
        within the user's share of them (MAX_IN_FLIGHT_PER_USER)."""
        return _Slot(self, user, request_id)

    def windows(self, user: str, per_user: str | None = None) -> list[Window]:
        """The windows a request of this user counts in: the user's limits, then the global.

        `per_user`: the caller's own limit (an API key's), instead of PER_USER_LIMIT.
        """
        items = parse_limits(per_user) if per_user else self.per_user
        windows: list[Window] = [(item, ("user", user)) for item in items]
        windows.append((self.global_limit, (GLOBAL_KEY,)))
        return windows

    def now(self) -> float:
        """The clock the windows are counted on (seconds since the epoch)."""
        return self._clock()

    async def acquire(self, user: str, *, request_id: str, per_user: str | None = None) -> None:
        """Count the request in every window of the user, or raise RateLimited."""
        windows = self.windows(user, per_user)
        refused = await self.storage.acquire(windows, self._clock())
        if refused is not None:
            raise self.refusal(windows, refused, request_id=request_id)

    def refusal(
        self, windows: Sequence[Window], refused: Refused, *, request_id: str
    ) -> RateLimited:
        """The RateLimited error for the window an atomic step found full."""
        item, identifiers = windows[refused.window]
        wait = max(math.ceil(refused.reset_at - self._clock()), 1)
        is_global = identifiers == (GLOBAL_KEY,)
        who = "the service's" if is_global else "your"
        return RateLimited(
            f"Rate limit exceeded: {who} limit is {item}. Try again in {wait} s.",
            request_id=request_id,
            stage=Stage.RATE_LIMIT,
            retry_after=float(wait),
            limit=f"{'global ' if is_global else ''}{item}",
            kind="global" if is_global else "user",
        )


class _Slot:
    """`RateLimiter.slot`'s block. (A class: a third of a generator-based context manager's
    cost, and every call has one.)"""

    def __init__(self, limiter: RateLimiter, user: str, request_id: str) -> None:
        self._limiter = limiter
        self._user = user
        self._request_id = request_id

    async def __aenter__(self) -> None:
        limiter, user = self._limiter, self._user
        held = limiter._in_flight_by_user.get(user, 0)
        if limiter.in_flight >= limiter.max_in_flight:
            raise _busy("Too many requests", f"{limiter.max_in_flight} in flight", self._request_id)
        if held >= limiter.max_in_flight_per_user:
            limit = f"{limiter.max_in_flight_per_user} in flight per user"
            raise _busy("Too many of your requests", limit, self._request_id)
        # Counted before the first await, so concurrent admits cannot all pass the check.
        limiter.in_flight += 1
        limiter._in_flight_by_user[user] = held + 1

    async def __aexit__(self, *exc_info: object) -> None:
        limiter, user = self._limiter, self._user
        limiter.in_flight -= 1
        left = limiter._in_flight_by_user[user] - 1
        if left:
            limiter._in_flight_by_user[user] = left
        else:  # only users with calls in progress are kept
            del limiter._in_flight_by_user[user]


def _busy(who: str, limit: str, request_id: str) -> RateLimited:
    """The refusal for a full pool of slots, or a user's full share of it."""
    return RateLimited(
        f"{who} in progress. Try again in a second.",
        request_id=request_id,
        stage=Stage.RATE_LIMIT,
        retry_after=CONCURRENCY_RETRY_AFTER_S,
        limit=limit,
        kind="in_flight",
    )


@functools.lru_cache(maxsize=256)
def parse_limits(text: str) -> tuple[RateLimitItem, ...]:
    """Limits in `limits` notation ("10/minute;200/day"), parsed once per distinct text.

    The one check of a limit, for PER_USER_LIMIT and for an API key's own: raises
    ValueError saying how to write it. A limit of 0 is refused: no request could pass it
    (and a moving window of size 0 has no oldest hit to compare against).
    """
    try:
        items = tuple(parse_many(text))
    except ValueError:
        items = ()
    if not items or any(item.amount < 1 for item in items):
        raise ValueError(
            f"{text!r} is not a rate limit; write it like 20/minute or 20/minute;500/day "
            "(each at least 1)"
        )
    return items
