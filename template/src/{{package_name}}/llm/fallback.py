"""The degradation chain: what answers when Claude cannot.

The steps, tried in the order of FALLBACK_CHAIN (the default was rendered for the domain,
without this step when no model costs less per token than MODEL):

    fallback_model   FALLBACK_MODEL (never pricier per token than MODEL), once, within what
                     is left of the deadline; only for capacity errors (429 rate limit, 529,
                     overloaded) and never while the breaker is open (no upstream call at all)
    cache            the answer to an identical request (the whole request as sent:
                     model, system, messages, tools, max_tokens and every other parameter)
                     given within CACHE_TTL_S, from this process (`request.request_key`)
    static_message   the text in policy/fallback_messages.toml (yours to edit)

Whatever a step returns is marked `degraded` with the reason (the error that caused it)
and the step that served it. When no step can answer, the original error propagates and
the API answers 503 with Retry-After. Errors that are the caller's fault (invalid input,
rate limits, budget) never reach this module.
"""

from __future__ import annotations

import time
import tomllib
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Generic, Literal, TypeVar

import structlog

from .errors import CircuitOpen, UpstreamError, UpstreamUnavailable

log = structlog.get_logger(__name__)

A = TypeVar("A")
Step = Literal["fallback_model", "cache", "static_message"]

# The root package of the service, where the user-owned policy/ directory lives.
_ROOT_PACKAGE = __name__.split(".")[0]
MESSAGES_FILE = ("policy", "fallback_messages.toml")


def load_static_message() -> str:
    """The `unavailable` text of policy/fallback_messages.toml; a clear error when unusable."""
    path = resources.files(_ROOT_PACKAGE).joinpath(*MESSAGES_FILE)
    where = "/".join(MESSAGES_FILE)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{where}: cannot be read as TOML ({exc})") from exc
    message = data.get("unavailable")
    if not isinstance(message, str) or not message.strip():
        raise ValueError(f'{where}: needs a non-empty `unavailable = "..."` entry')
    return message.strip()


class AnswerCache(Generic[A]):
    """Recent answers by request key: bounded (least recently used goes first), with a TTL."""

    def __init__(
        self, *, ttl_s: float, max_entries: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl_s = ttl_s
        self._max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, A]] = OrderedDict()

    def put(self, key: str, answer: A) -> None:
        self._entries[key] = (self._clock() + self._ttl_s, answer)
        self._entries.move_to_end(key)
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)

    def get(self, key: str) -> A | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires, answer = entry
        if self._clock() >= expires:
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return answer

    def __len__(self) -> int:
        return len(self._entries)


@dataclass(frozen=True)
class Served(Generic[A]):
    """What a fallback step produced, and which step it was."""

    answer: A
    step: Step


class FallbackChain(Generic[A]):
    """Runs the configured steps in order for one failed call."""

    def __init__(
        self,
        steps: Sequence[Step],
        *,
        cache: AnswerCache[A],
        static_answer: Callable[[], A] | None,
    ) -> None:
        if "static_message" in steps and static_answer is None:
            raise ValueError("the static_message step needs a message")
        self.steps = tuple(steps)
        self.cache = cache
        self._static_answer = static_answer

    @property
    def caches(self) -> bool:
        """Whether successful answers should be remembered for the cache step."""
        return "cache" in self.steps

    async def serve(
        self,
        error: UpstreamError,
        *,
        key: str,
        call_fallback_model: Callable[[], Awaitable[A]],
    ) -> Served[A] | None:
        """The first step that can answer after `error`, or None: nothing can."""
        for step in self.steps:
            if step == "fallback_model" and _capacity_error(error):
                try:
                    return Served(await call_fallback_model(), step)
                except UpstreamError as fallback_error:
                    log.warning(
                        "llm.fallback_failed",
                        step=step,
                        **{"error.type": fallback_error.error_type},
                    )
            elif step == "cache" and (hit := self.cache.get(key)) is not None:
                return Served(hit, step)
            elif step == "static_message" and self._static_answer is not None:
                return Served(self._static_answer(), step)
        return None


def _capacity_error(error: UpstreamError) -> bool:
    # While the breaker is open no upstream call is made, fallback model included.
    return (
        isinstance(error, UpstreamUnavailable)
        and not isinstance(error, CircuitOpen)
        and error.capacity
    )
