"""What this process saw lately, for the admin page: the last degraded answers and the tokens
read from and written to the prompt cache.

In memory and per process (a replica sees its own requests; a restart starts afresh): the
ledger keeps money, not answers or cache tokens. Each gateway has one (`Gateway.activity`)
and notes every request event in it.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field

from .telemetry import RequestEvent

RECENT_DEGRADED = 20
"""How many degraded answers the page lists (the oldest drop out)."""


@dataclass(frozen=True)
class DegradedAnswer:
    """One answer a fallback served: when, to whom (pseudonym), why and by which fallback."""

    at: dt.datetime
    request_id: str
    user: str
    model: str
    reason: str | None
    fallback: str | None


@dataclass
class CacheTokens:
    """Prompt-cache tokens of one model: read (billed at the cache-read rate) and written."""

    read: int = 0
    written: int = 0


@dataclass
class Activity:
    """The degraded answers (a bounded ring) and cache tokens per model since start."""

    degraded: deque[DegradedAnswer] = field(default_factory=lambda: deque(maxlen=RECENT_DEGRADED))
    cache: dict[str, CacheTokens] = field(default_factory=dict)
    since: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def note(self, event: RequestEvent) -> None:
        """Record what the page shows of one request event (cheap: called on every request)."""
        model = event.response_model or event.request_model
        if event.degraded:
            self.degraded.append(
                DegradedAnswer(
                    at=dt.datetime.now(dt.UTC),
                    request_id=event.request_id,
                    user=event.user,
                    model=model,
                    reason=event.degraded_reason,
                    fallback=event.fallback,
                )
            )
        if event.cache_read_input_tokens or event.cache_creation_input_tokens:
            tokens = self.cache.setdefault(model, CacheTokens())
            tokens.read += event.cache_read_input_tokens
            tokens.written += event.cache_creation_input_tokens
