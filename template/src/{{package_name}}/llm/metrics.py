"""Prometheus metrics of the gateway, recorded from the one `llm.request` event per call.

    metric                               type       labels                  from
    llm_requests_total                   counter    model, status, degraded every call
    llm_tokens_total                     counter    model, kind             usage of each call
    llm_cost_usd_total                   counter    model                   cost of each call
    llm_request_duration_seconds         histogram  model                   every call
    llm_time_to_first_token_seconds      histogram  model                   streamed calls
    llm_retries_total                    counter    model                   attempts - 1
    llm_rate_limit_rejections_total      counter    limit                   429 from ratelimit.py
    llm_breaker_state                    gauge      -                       sampled at scrape
    llm_budget_used_ratio                gauge      -                       sampled at scrape,
                                                                            and after each call
    llm_state_backend_up                 gauge      -                       sampled at scrape

`model` is the model that answered (the fallback model when it did, `none` for the static
message) or, for a call that got no answer, the model asked for. `status` is `ok`
or the event's `error.type`: a degraded answer has the error it covered as its status and
`degraded="true"`. `kind` is input (uncached), output, cache_read or cache_creation, so
the kinds add up without double counting. `limit` is user, global or in_flight.

Each app has its own `CollectorRegistry`, not the process-global one: tests and several
apps in one process never clash, and /metrics exposes exactly this service's series.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from .errors import RateLimited

if TYPE_CHECKING:
    from .telemetry import RequestEvent

LATENCY_BUCKETS_S = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0)
"""Seconds; a call's deadline is REQUEST_DEADLINE_S (30 s by default), streams run longer."""
TTFT_BUCKETS_S = (0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0)
"""Seconds to the first token; STREAM_FIRST_BYTE_S (10 s by default) bounds it."""


TOKEN_KINDS = ("input", "output", "cache_read", "cache_creation")
"""The `kind` label of llm_tokens_total, in the order of a RequestEvent's token counts."""


class BreakerGauge(IntEnum):
    """Values of `llm_breaker_state`: alert on `llm_breaker_state == 2`."""

    CLOSED = 0
    HALF_OPEN = 1
    OPEN = 2


@dataclass(frozen=True)
class _ModelSeries:
    """The children of the per-model metrics for one model (tokens in TOKEN_KINDS order)."""

    tokens: tuple[Counter, ...]
    cost: Counter
    latency: Histogram


class Metrics:
    """The service's metrics in a registry of their own; `record` takes one request event."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "llm_requests",
            "Calls through the gateway, by answering model, status and degraded flag.",
            ("model", "status", "degraded"),
            registry=r,
        )
        self.tokens = Counter(
            "llm_tokens", "Tokens billed, by model and kind.", ("model", "kind"), registry=r
        )
        self.cost = Counter(
            "llm_cost_usd", "Cost of the calls in USD, by model.", ("model",), registry=r
        )
        self.latency = Histogram(
            "llm_request_duration_seconds",
            "Time from the request entering the gateway to its answer or error.",
            ("model",),
            buckets=LATENCY_BUCKETS_S,
            registry=r,
        )
        self.ttft = Histogram(
            "llm_time_to_first_token_seconds",
            "Streamed calls: time to the first token.",
            ("model",),
            buckets=TTFT_BUCKETS_S,
            registry=r,
        )
        self.retries = Counter(
            "llm_retries", "HTTP attempts after the first one of a call.", ("model",), registry=r
        )
        self.rate_limited = Counter(
            "llm_rate_limit_rejections",
            "Requests refused with 429 by a rate limit: user, global or in_flight.",
            ("limit",),
            registry=r,
        )
        self.breaker_state = Gauge(
            "llm_breaker_state",
            "Circuit breaker: 0 closed, 1 half-open (probing), 2 open (calls refused).",
            registry=r,
        )
        self.budget_used_ratio = Gauge(
            "llm_budget_used_ratio",
            "The month's settled spend divided by MONTHLY_BUDGET_USD (1 = used up).",
            registry=r,
        )
        self.state_backend_up = Gauge(
            "llm_state_backend_up",
            "1 when the state backend answered the last scrape's reads, else 0.",
            registry=r,
        )
        self._series: dict[str, _ModelSeries] = {}
        self._requests: dict[tuple[str, str, str], Counter] = {}
        """`requests` children by label values, looked up once (`labels` takes a lock)."""

    def record(self, event: RequestEvent) -> None:
        """Count one call: called by telemetry.log_request with the event it logs."""
        model = event.response_model or event.request_model
        status = event.error.error_type if event.error else "ok"
        series = self._series.get(model) or self._add_series(model)
        outcome = (model, status, "true" if event.degraded else "false")
        requests = self._requests.get(outcome)
        if requests is None:
            requests = self._requests[outcome] = self.requests.labels(*outcome)
        requests.inc()
        for counter, tokens in zip(
            series.tokens,
            (
                event.input_tokens,
                event.output_tokens,
                event.cache_read_input_tokens,
                event.cache_creation_input_tokens,
            ),
            strict=True,
        ):
            if tokens:
                counter.inc(tokens)
        if event.cost_usd:
            series.cost.inc(float(event.cost_usd))
        series.latency.observe(event.latency_ms / 1000)
        if event.ttft_ms is not None:
            self.ttft.labels(model).observe(event.ttft_ms / 1000)
        if event.attempts > 1:
            self.retries.labels(model).inc(event.attempts - 1)
        if isinstance(event.error, RateLimited):
            self.rate_limited.labels(event.error.kind).inc()
        if event.budget_used_ratio is not None:
            self.budget_used_ratio.set(event.budget_used_ratio)

    def _add_series(self, model: str) -> _ModelSeries:
        """The series every call of `model` feeds, looked up once (`labels` takes a lock)."""
        series = _ModelSeries(
            tokens=tuple(self.tokens.labels(model, kind) for kind in TOKEN_KINDS),
            cost=self.cost.labels(model),
            latency=self.latency.labels(model),
        )
        self._series[model] = series
        return series

    def sample(
        self, *, backend_up: bool, breaker: BreakerGauge | None, used_ratio: float | None
    ) -> None:
        """Set the state gauges from a readiness check (health.py); None leaves one as it was."""
        self.state_backend_up.set(1 if backend_up else 0)
        if breaker is not None:
            self.breaker_state.set(breaker)
        if used_ratio is not None:
            self.budget_used_ratio.set(used_ratio)

    def exposition(self) -> bytes:
        """The registry in the Prometheus text format."""
        return generate_latest(self.registry)
