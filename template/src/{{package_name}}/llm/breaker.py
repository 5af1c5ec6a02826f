"""The circuit breaker around Claude: when the upstream keeps failing, stop calling it.

    CLOSED ──(N failures in a row, or failure rate >= R over >= M calls in the window)──▶ OPEN
    OPEN ──(cooldown elapsed: one caller becomes the probe)──▶ HALF_OPEN
    HALF_OPEN ──(probe succeeds)──▶ CLOSED        HALF_OPEN ──(probe fails)──▶ OPEN

While the breaker is open, calls go straight to the fallback chain without touching the
network: a struggling upstream gets room to recover, and users get their degraded answer
(or 503) at once instead of after a full retry sequence. One *call* counts once, however
many HTTP attempts its retries made; only upstream failures count (not invalid input).
The failure-rate window is a fixed window of `window_s` seconds, restarted when it ends.

State lives behind one small interface, `BreakerStore`, like the `limits` library's
storages: `MemoryBreakerStore` here (one instance: the sqlite backend), and
`RedisBreakerStore` in breaker_store.py for the redis backend, where every replica shares
one breaker and each transition is one atomic Lua script. One test suite runs against both.
Times are wall-clock seconds passed in by the caller (shared across replicas; tests pass
their own clock).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import structlog

from ..config import Settings

log = structlog.get_logger(__name__)


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


@dataclass(frozen=True)
class BreakerPolicy:
    """When the breaker opens and how long it stays open (see config.py)."""

    failures: int
    """Consecutive failed calls that open it."""
    failure_rate: float
    """Share of failed calls in the window that opens it..."""
    min_calls: int
    """...once the window holds at least this many calls."""
    window_s: float
    cooldown_s: float
    """Seconds open before one probe call is let through."""
    probe_timeout_s: float
    """A probe that has not reported back by then is presumed lost; another may go."""

    @classmethod
    def from_settings(cls, settings: Settings) -> BreakerPolicy:
        return cls(
            failures=settings.breaker_failures,
            failure_rate=settings.breaker_failure_rate,
            min_calls=settings.breaker_min_calls,
            window_s=settings.breaker_window_s,
            cooldown_s=settings.breaker_cooldown_s,
            probe_timeout_s=settings.request_deadline_s,
        )


@dataclass(frozen=True)
class Permit:
    """The breaker's answer to "may I call?"."""

    allowed: bool
    state: BreakerState
    """The state after the question (asking can turn OPEN into HALF_OPEN)."""
    retry_after: float = 0.0
    """When refused: seconds until a probe may be tried."""


@dataclass(frozen=True)
class Transition:
    before: BreakerState
    after: BreakerState


class BreakerStore(Protocol):
    """Where the breaker's state lives; every method is one atomic step."""

    async def acquire(self, now: float) -> Permit:
        """May a call go upstream now? (OPEN past its cooldown lets one probe through.)"""
        ...

    async def record(self, *, success: bool, now: float) -> Transition:
        """Count a finished call; returns the state before and after."""
        ...

    async def state(self, now: float) -> BreakerState: ...

    async def aclose(self) -> None: ...


@dataclass
class _Circuit:
    """The state machine itself; RedisBreakerStore's Lua scripts mirror it line by line."""

    policy: BreakerPolicy
    state: BreakerState = BreakerState.CLOSED
    opened_at: float = 0.0
    probe_until: float = 0.0
    consecutive: int = 0
    window_start: float = 0.0
    calls: int = 0
    failed: int = 0

    def acquire(self, now: float) -> Permit:
        if self.state is BreakerState.CLOSED:
            return Permit(True, self.state)
        if self.state is BreakerState.OPEN:
            reopen_at = self.opened_at + self.policy.cooldown_s
            if now < reopen_at:
                return Permit(False, self.state, reopen_at - now)
            self.state = BreakerState.HALF_OPEN
        elif now < self.probe_until:  # HALF_OPEN with a probe in flight
            return Permit(False, self.state, self.probe_until - now)
        self.probe_until = now + self.policy.probe_timeout_s
        return Permit(True, self.state)

    def record(self, *, success: bool, now: float) -> Transition:
        before = self.state
        if now - self.window_start >= self.policy.window_s:
            self.window_start, self.calls, self.failed = now, 0, 0
        if before is BreakerState.HALF_OPEN:
            if success:
                self._close(now)
            else:
                self.state, self.opened_at = BreakerState.OPEN, now
        elif before is BreakerState.CLOSED:
            self.calls += 1
            if success:
                self.consecutive = 0
            else:
                self.consecutive += 1
                self.failed += 1
                too_many = self.consecutive >= self.policy.failures
                too_often = (
                    self.calls >= self.policy.min_calls
                    and self.failed >= self.policy.failure_rate * self.calls
                )
                if too_many or too_often:
                    self.state, self.opened_at = BreakerState.OPEN, now
        # OPEN: a call that started before the breaker opened changes nothing.
        return Transition(before, self.state)

    def _close(self, now: float) -> None:
        self.state = BreakerState.CLOSED
        self.consecutive, self.calls, self.failed, self.window_start = 0, 0, 0, now


class MemoryBreakerStore:
    """The breaker's state in this process (one instance). Atomic: no await inside a step."""

    def __init__(self, policy: BreakerPolicy) -> None:
        self._circuit = _Circuit(policy)

    async def acquire(self, now: float) -> Permit:
        return self._circuit.acquire(now)

    async def record(self, *, success: bool, now: float) -> Transition:
        return self._circuit.record(success=success, now=now)

    async def state(self, now: float) -> BreakerState:
        return self._circuit.state

    async def aclose(self) -> None:
        return None


class CircuitBreaker:
    """The breaker the gateway asks before each call and tells after it; logs transitions."""

    def __init__(self, store: BreakerStore, *, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self._clock = clock

    async def acquire(self) -> Permit:
        permit = await self.store.acquire(self._clock())
        if permit.allowed and permit.state is BreakerState.HALF_OPEN:
            log.info("llm.breaker", state="half_open", transition="probe")
        return permit

    async def record(self, *, success: bool) -> None:
        change = await self.store.record(success=success, now=self._clock())
        if change.before is change.after:
            return
        if change.after is BreakerState.OPEN:
            # Error level: calls are now refused until the cooldown ends (runbook: breaker open).
            log.error("llm.breaker", state="open", previous=str(change.before))
        else:
            log.info("llm.breaker", state=str(change.after), previous=str(change.before))

    async def state(self) -> BreakerState:
        return await self.store.state(self._clock())

    async def aclose(self) -> None:
        await self.store.aclose()
