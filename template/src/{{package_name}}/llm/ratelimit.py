"""Request limits: per user, for the whole service, and on calls in progress.

    concurrency   MAX_IN_FLIGHT calls in this process at once (counted here, in memory)
    per user      PER_USER_LIMIT, e.g. "20/minute;500/day"  ─┐ moving windows of the
    global        GLOBAL_RPM requests per minute, all users  ─┘ `limits` library

The windows live in a `limits` storage: in memory for one instance (`memory://`), in Redis
when replicas share the limit (`async+redis://`): a limit of 20/minute is then 20/minute
across all replicas, enforced atomically by the library's Lua scripts.

Each window is one `hit` (one Redis round trip with the redis backend). Windows are hit in
order and a request refused by a later window has already counted in the earlier ones: a
user rejected by the global guard used one of their own requests — the conservative error.
Over a limit, `RateLimited` says how many seconds until the window has room (Retry-After).
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from limits import RateLimitItem, RateLimitItemPerMinute, parse_many
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter

from .errors import RateLimited, Stage

GLOBAL_KEY = "global"
CONCURRENCY_RETRY_AFTER_S = 1.0
"""Retry-After when refused for too many calls in progress: they finish in seconds."""


class RateLimiter:
    """Admits a request or raises RateLimited; `admit` also holds a concurrency slot."""

    def __init__(
        self,
        storage: Storage,
        *,
        per_user: str,
        global_rpm: int,
        max_in_flight: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.storage = storage
        self._limiter = MovingWindowRateLimiter(storage)
        self.per_user: tuple[RateLimitItem, ...] = tuple(parse_many(per_user))
        self.global_limit: RateLimitItem = RateLimitItemPerMinute(global_rpm)
        self.max_in_flight = max_in_flight
        self.in_flight = 0
        self._clock = clock

    @asynccontextmanager
    async def admit(self, user: str, *, request_id: str) -> AsyncIterator[None]:
        """Hold a slot for the duration of the block, once every limit has room."""
        if self.in_flight >= self.max_in_flight:
            raise RateLimited(
                "Too many requests in progress. Try again in a second.",
                request_id=request_id,
                stage=Stage.RATE_LIMIT,
                retry_after=CONCURRENCY_RETRY_AFTER_S,
                limit=f"{self.max_in_flight} in flight",
            )
        # Counted before the first await, so concurrent admits cannot all pass the check.
        self.in_flight += 1
        try:
            for item in self.per_user:
                await self._hit(item, ("user", user), request_id, who="your")
            await self._hit(self.global_limit, (GLOBAL_KEY,), request_id, who="the service's")
            yield
        finally:
            self.in_flight -= 1

    async def _hit(
        self, item: RateLimitItem, identifiers: tuple[str, ...], request_id: str, *, who: str
    ) -> None:
        if await self._limiter.hit(item, *identifiers):
            return
        stats = await self._limiter.get_window_stats(item, *identifiers)
        wait = max(math.ceil(stats.reset_time - self._clock()), 1)
        raise RateLimited(
            f"Rate limit exceeded: {who} limit is {item}. Try again in {wait} s.",
            request_id=request_id,
            stage=Stage.RATE_LIMIT,
            retry_after=float(wait),
            limit=f"{'global ' if identifiers == (GLOBAL_KEY,) else ''}{item}",
        )
