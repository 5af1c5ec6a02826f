"""The retry policy: which failures are retried, how long to wait, and when to give up.

Retries have one owner, and it is this module. The SDK client is built with
`max_retries=0` (client.py), because its own loop cannot do two things an interactive
service needs:

* **A deadline per request.** The SDK obeys any `retry-after`, however long: a 429 asking
  for 60 s stalls the caller for 60 s. Here every call has a deadline (`REQUEST_DEADLINE_S`);
  a wait that does not fit in what is left of it stops the retries at once, so the
  gateway can degrade (fallback model, cached answer, static message) while the user waits.
* **Decisions from our error tree.** The spend-cap 429 (`enforced_spend_limit_reached`)
  lasts until next month: it is never retried and raises a billing alert instead.

Two retry layers would multiply (3 SDK retries x 3 of ours = 16 calls, and 16 bills), so
the SDK's loop is off rather than merely tuned. The HTTP client's hooks still run once per
HTTP attempt (client.attempt_hooks), which is how attempts are counted and logged.

What is retried: UpstreamUnavailable (408, 409, 429, 5xx, 529, connection errors, timeouts,
a dropped stream before its first token). Never: InvalidRequest (400, 413, 422, our own
checks), UpstreamMisconfigured (401, 403, 404, the spend cap), a malformed response.

How long to wait before retry n (1, 2, ...): the upstream's `retry-after-ms` / `retry-after`
when it sent one, else "full jitter" backoff, uniform in [0, min(cap, base * 2^(n-1))].
Time and randomness come from a `Timing`, so tests run the whole policy in zero seconds
and can assert the exact total wait.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

import structlog
from tenacity import AsyncRetrying, RetryCallState

from ..config import Settings
from .errors import LLMError, UpstreamUnavailable

log = structlog.get_logger(__name__)

T = TypeVar("T")

MIN_ATTEMPT_S = 1.0
"""A retry that would leave less than this for the attempt itself is not worth starting."""


@dataclass(frozen=True)
class Timing:
    """The clock, the sleep and the dice the policy uses; tests swap in controlled ones."""

    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    random: Callable[[], float] = random.random


@dataclass(frozen=True)
class RetryPolicy:
    """How many retries, how far apart, and within which deadline (see config.py)."""

    max_retries: int
    deadline_s: float
    attempt_timeout_s: float
    backoff_base_s: float
    backoff_cap_s: float

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(
            max_retries=settings.max_retries,
            deadline_s=settings.request_deadline_s,
            attempt_timeout_s=settings.timeout_s,
            backoff_base_s=settings.retry_backoff_base_s,
            backoff_cap_s=settings.retry_backoff_cap_s,
        )


class Deadline:
    """The moment a request must be answered by, on the policy's clock."""

    def __init__(self, seconds: float, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._end = clock() + seconds

    def remaining(self) -> float:
        """Seconds left; zero or less once the deadline has passed."""
        return self._end - self._clock()


@dataclass
class RetryStats:
    """What the retry loop did, for the request's log event."""

    waited_s: float = 0.0
    """Total seconds slept between attempts."""
    stopped_by: str | None = None
    """Why retrying stopped on a failure: `max_retries`, `deadline`, `not_retryable` or
    `budget` (the caller's `may_retry` said no)."""
    waits: list[float] = field(default_factory=list)


def is_retryable(error: BaseException | None) -> bool:
    """Whether trying the same request again may succeed."""
    return isinstance(error, UpstreamUnavailable) and error.retryable


async def call_with_retries(
    attempt: Callable[[float], Awaitable[T]],
    *,
    policy: RetryPolicy,
    deadline: Deadline,
    timing: Timing,
    stats: RetryStats,
    may_retry: Callable[[], Awaitable[bool]] | None = None,
) -> T:
    """Run `attempt(timeout_s)` until it succeeds, fails for good, or the deadline says stop.

    `attempt` raises an LLMError on failure; the last one is re-raised unchanged.
    `may_retry`: asked before each retry the policy allows; False stops with that failure.
    """
    # Most calls succeed at the first attempt: it runs before tenacity, whose machinery
    # costs about 20 us per call, and a failure is replayed as tenacity's own attempt 1,
    # so every decision after it (retry, wait, stop, log) is tenacity's as before.
    try:
        return await attempt(min(policy.attempt_timeout_s, deadline.remaining()))
    except Exception as error:  # each kind is judged by `retry` below, on the replay
        first_failure: Exception | None = error

    async def attempt_or_replay(timeout_s: float) -> T:
        nonlocal first_failure
        if first_failure is not None:
            failure, first_failure = first_failure, None
            raise failure
        return await attempt(timeout_s)

    def wait(state: RetryCallState) -> float:
        error = _error(state)
        if isinstance(error, UpstreamUnavailable) and error.retry_after is not None:
            return error.retry_after
        ceiling = min(
            policy.backoff_cap_s, policy.backoff_base_s * 2.0 ** (state.attempt_number - 1)
        )
        return timing.random() * ceiling

    def stop(state: RetryCallState) -> bool:
        if state.attempt_number > policy.max_retries:
            stats.stopped_by = "max_retries"
            return True
        if state.upcoming_sleep + MIN_ATTEMPT_S > deadline.remaining():
            stats.stopped_by = "deadline"
            log.info(
                "llm.retry_abandoned",
                wait_s=state.upcoming_sleep,
                remaining_s=round(deadline.remaining(), 3),
                **{"error.type": _error_type(state)},
            )
            return True
        return False

    # A coroutine function, though it awaits nothing: it runs after every attempt, failed or
    # not, and tenacity recognises a coroutine function at its first check and awaits it as
    # it is, where a plain one goes through more checks and is wrapped in a new coroutine
    # each time. (stop, wait and before_sleep run only after a failure.)
    async def retry(state: RetryCallState) -> bool:
        retryable = is_retryable(_error(state))
        if not retryable:
            stats.stopped_by = "not_retryable"
        elif may_retry is not None and not await may_retry():
            stats.stopped_by = "budget"
            return False
        return retryable

    def before_sleep(state: RetryCallState) -> None:
        stats.waited_s += state.upcoming_sleep
        stats.waits.append(state.upcoming_sleep)
        log.warning(
            "llm.retry",
            attempt=state.attempt_number,
            wait_s=round(state.upcoming_sleep, 3),
            **{"error.type": _error_type(state)},
        )

    retrying = AsyncRetrying(
        sleep=timing.sleep,
        stop=stop,
        wait=wait,
        retry=retry,
        before_sleep=before_sleep,
        reraise=True,
    )
    async for attempt_state in retrying:
        with attempt_state:
            stats.stopped_by = None
            return await attempt_or_replay(min(policy.attempt_timeout_s, deadline.remaining()))
    raise AssertionError("unreachable: tenacity re-raises the last error")  # pragma: no cover


def _error(state: RetryCallState) -> BaseException | None:
    return state.outcome.exception() if state.outcome is not None else None


def _error_type(state: RetryCallState) -> str:
    error = _error(state)
    return error.error_type if isinstance(error, LLMError) else type(error).__name__
