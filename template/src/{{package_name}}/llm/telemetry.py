"""Log configuration, and the one `llm.request` event every gateway call emits.

The event is for cost attribution, latency and debugging. Names follow the OpenTelemetry
GenAI semantic conventions where one exists; the rest live under `llm.`:

    attribute                                 type        meaning
    gen_ai.operation.name                     str         always "chat"
    gen_ai.provider.name                      str         always "anthropic"
    gen_ai.request.model                      str         the model asked for
    gen_ai.request.max_tokens                 int | None  max_tokens sent, after the cap
    gen_ai.response.model                     str | None  the model that answered
    gen_ai.response.id                        str | None  the Message id
    gen_ai.response.finish_reasons            list[str]   [stop_reason], empty on failure
    gen_ai.usage.input_tokens                 int         all prompt tokens: uncached
                                                          + cache writes + cache reads (OTel)
    gen_ai.usage.output_tokens                int
    gen_ai.usage.cache_read.input_tokens      int
    gen_ai.usage.cache_creation.input_tokens  int
    error.type                                str | None  None on success
    llm.request_id                            str         ours; the X-Request-Id header
    llm.anthropic_request_id                  str | None  Anthropic's; quote it to support
    llm.upstream_message                      str | None  the API's error text (never sent to
                                                          the caller; scanned and redacted)
    llm.user                                  str         HMAC-SHA256 of the user id under
                                                          PSEUDONYM_KEY, 16 hex chars
    llm.max_tokens_clamped                    bool        the caller asked for more than the cap
    llm.attempts                              int         HTTP attempts, retries included
    llm.stage                                 str | None  the pipeline stage that failed
    llm.cost_usd                              float
    llm.latency_ms                            float
    llm.degraded                              bool        a fallback answered
    llm.degraded_reason                       str | None  why: the error the fallback covered
    llm.fallback                              str | None  fallback_model, cache or static_message
    llm.retry_wait_s                          float       seconds slept between attempts
    llm.ttft_ms                               float | None  time to the first token (streams)
    llm.budget.reserved_usd                   float       worst-case cost held before the call
    llm.budget.used_ratio                     float | None  the month's spend / monthly budget,
                                                          after this call (None on failure)

Level: info on success, warning when the input was rejected or Claude was unavailable,
critical when an operator must act (bad key, permission, spend cap). Prompt and
completion text are never part of the event.

Spend alerts are a separate event, `llm.budget_alert` (fields in llm/alerts.py). The same
event feeds the Prometheus metrics (llm/metrics.py), so a log line and a counter never disagree.
"""

from __future__ import annotations

import functools
import hmac
import json
import logging
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import orjson
import structlog

from .errors import LLMError, UpstreamMisconfigured
from .metrics import Metrics
from .pricing import Catalog
from .safety.pii import RedactLogEvent, Redactor, default_detectors

log = structlog.get_logger(__name__)

USER_HASH_CHARS = 16
"""64 bits of the digest: enough to tell users apart, short enough to read in a log."""
USERS_REMEMBERED = 16_384
"""Pseudonyms kept in memory (about 2 MB at most): the active users of a busy replica."""

# Shapes of the values the service writes itself. A value in its field's shape skips the
# PII scan (RedactLogEvent); anything else in that field is scanned like free text. No
# built-in detector can match these shapes: an enum value has no digit, '@', ':' or space
# and is too short for a token; the ids and hashes are hex, or alphanumerics glued to a
# "msg_"/"req_" prefix (every numeric detector needs a non-word character before it).
_ENUM = re.compile(r"[a-z][a-z_.]{0,31}").fullmatch
_GENERATED_REQUEST_ID = re.compile(r"[0-9a-f]{32}").fullmatch
_USER_HASH = re.compile(rf"[0-9a-f]{{{USER_HASH_CHARS}}}").fullmatch
_UPSTREAM_ID = re.compile(r"(?:msg|req)_[A-Za-z0-9_]{1,64}").fullmatch
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z").fullmatch
# The access log's route template (`/v1/ask`): letters and underscores, digits only in a
# leading version segment, where a letter precedes them. Scanning "/v1/ask" with every
# detector was two thirds of the cost of each access log line.
_ROUTE = re.compile(r"(?:/v\d{1,2})?(?:/[a-z_]{1,32})+").fullmatch
_HTTP_METHOD = frozenset(
    ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT")
).__contains__


def trusted_log_fields(known_models: frozenset[str]) -> dict[str, Callable[[str], object]]:
    """Field name -> the check that a value is service-generated in the documented shape.

    Free-text fields (error messages, tracebacks, anything from a caller, including a
    request id the caller chose) are not here and are always scanned.
    """
    model = known_models.__contains__
    enum_fields = (
        "event",
        "level",
        "gen_ai.operation.name",
        "gen_ai.provider.name",
        "gen_ai.response.finish_reasons",
        "error.type",
        "llm.stage",
        "llm.degraded_reason",
        "llm.fallback",
    )
    return {
        **dict.fromkeys(enum_fields, _ENUM),
        "timestamp": _TIMESTAMP,
        "request_id": _GENERATED_REQUEST_ID,
        "llm.request_id": _GENERATED_REQUEST_ID,
        "llm.user": _USER_HASH,
        "gen_ai.request.model": model,
        "gen_ai.response.model": model,
        "gen_ai.response.id": _UPSTREAM_ID,
        "llm.anthropic_request_id": _UPSTREAM_ID,
        "http.route": _ROUTE,
        "http.request.method": _HTTP_METHOD,
    }


@functools.cache
def catalog_model_ids() -> frozenset[str]:
    """Every model id and alias of the shipped catalog: the model fields' known values.

    Read once per process: the shipped file does not change while it runs, and parsing it
    again on every `configure_logging` cost ~17 ms (the gateway loads it once more anyway).
    """
    catalog = Catalog.load()
    return frozenset(name for m in catalog.models for name in (m.id, *m.aliases))


def configure_logging(*, json: bool, level: str, redactor: Redactor | None = None) -> None:
    """JSON lines for machines (production), readable console lines for people.

    Every event passes through `RedactLogEvent` (all PII and secret kinds, always);
    `redactor` brings the configured MRN and client-matter patterns (safety.screen).
    """
    structlog.configure(
        processors=[*_event_chain(json=json, redactor=redactor), _renderer(json=json)],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelNamesMapping()[level]),
        # Not cached, so tests can capture events from loggers created at import time.
        cache_logger_on_first_use=False,
    )


def route_stdlib_logging(*, json: bool, level: str, redactor: Redactor | None = None) -> None:
    """Standard-library log records (uvicorn's start-up, shutdown and error lines, any
    library's warnings) rendered like the service's own events, to stdout: one format, the
    request id where one is bound, the same redaction. Called by `serve` for the process.

    Records at `level` or above are written; the root logger stays at WARNING, so a library's
    info chatter (an HTTP client's line per request) stays out, and uvicorn's own loggers are
    set to `level` by `serve`.
    """
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[
            structlog.stdlib.add_logger_name,
            *_event_chain(json=json, redactor=redactor),
        ],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            _renderer(json=json),
        ],
    )
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(formatter)
    handler.setLevel(level)
    # Replaces whatever was there: a second handler would write each record twice.
    logging.getLogger().handlers = [handler]


def _event_chain(*, json: bool, redactor: Redactor | None) -> list[structlog.typing.Processor]:
    """The processors every event passes before it is rendered; redaction comes last."""
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        UtcTimestamp(),
        structlog.processors.dict_tracebacks if json else structlog.dev.set_exc_info,
        RedactLogEvent(
            redactor or Redactor(default_detectors()),
            trusted_log_fields(catalog_model_ids()),
        ),
    ]


class UtcTimestamp:
    """A structlog processor: `timestamp` in ISO 8601 UTC to the microsecond, as
    `TimeStamper(fmt="iso", utc=True)` writes it, for about 6 µs less per request in
    place: the date and the time to the second are formatted once a second."""

    def __init__(self) -> None:
        self._second: tuple[int, str] = (-1, "")  # one tuple: threads read a matching pair

    def __call__(
        self, logger: object, method_name: str, event_dict: structlog.typing.EventDict
    ) -> structlog.typing.EventDict:
        now = time.time()
        second, formatted = self._second
        if int(now) != second:
            second = int(now)
            formatted = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
            self._second = (second, formatted)
        event_dict["timestamp"] = f"{formatted}.{int((now - second) * 1_000_000):06d}Z"
        return event_dict


def _renderer(*, json: bool) -> structlog.typing.Processor:
    return (
        structlog.processors.JSONRenderer(serializer=_json_line)
        if json
        else structlog.dev.ConsoleRenderer()
    )


def _json_line(event: object, **kwargs: Any) -> str:
    """orjson: ten times faster than `json.dumps` here, and each request renders two events.

    A log call must never fail: keys that are not strings are written as strings (as
    `json.dumps` does), and what orjson cannot encode at all (an integer beyond 64 bits)
    goes through `json.dumps` instead.
    """
    try:
        return orjson.dumps(event, option=orjson.OPT_NON_STR_KEYS, **kwargs).decode()
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(event, **kwargs)


@functools.lru_cache(maxsize=USERS_REMEMBERED)
def hash_user(user_id: str, key: bytes) -> str:
    """A stable pseudonym for a user id: attributable in logs, not readable. An HMAC under
    `key` (auth.pseudonym_key): a plain hash is reversed by hashing a list of likely ids.
    Remembered per process: the HMAC is the costlier part of a request's start."""
    return hmac.digest(key, user_id.encode(), "sha256").hex()[:USER_HASH_CHARS]


@dataclass
class RequestEvent:
    """Everything the `llm.request` event records about one call.

    Not frozen, though nothing changes one: a frozen dataclass sets each of these 24 fields
    through `object.__setattr__`, six times a plain one's cost, and every call makes one."""

    request_id: str
    user: str
    request_model: str
    max_tokens: int | None
    max_tokens_clamped: bool
    latency_ms: float
    attempts: int
    response_model: str | None = None
    response_id: str | None = None
    anthropic_request_id: str | None = None
    finish_reasons: list[str] = field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_input_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cost_usd: Decimal = Decimal(0)
    degraded: bool = False
    degraded_reason: str | None = None
    fallback: str | None = None
    retry_wait_s: float = 0.0
    ttft_ms: float | None = None
    budget_reserved_usd: Decimal = Decimal(0)
    budget_used_ratio: float | None = None
    error: LLMError | None = None

    def attributes(self) -> dict[str, object]:
        """The event's attributes under their schema names (see the module docstring)."""
        return {
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": "anthropic",
            "gen_ai.request.model": self.request_model,
            "gen_ai.request.max_tokens": self.max_tokens,
            "gen_ai.response.model": self.response_model,
            "gen_ai.response.id": self.response_id,
            "gen_ai.response.finish_reasons": self.finish_reasons,
            "gen_ai.usage.input_tokens": (
                self.input_tokens + self.cache_read_input_tokens + self.cache_creation_input_tokens
            ),
            "gen_ai.usage.output_tokens": self.output_tokens,
            "gen_ai.usage.cache_read.input_tokens": self.cache_read_input_tokens,
            "gen_ai.usage.cache_creation.input_tokens": self.cache_creation_input_tokens,
            "error.type": self.error.error_type if self.error else None,
            "llm.request_id": self.request_id,
            "llm.anthropic_request_id": self.anthropic_request_id,
            "llm.upstream_message": self.error.upstream_message if self.error else None,
            "llm.user": self.user,
            "llm.max_tokens_clamped": self.max_tokens_clamped,
            "llm.attempts": self.attempts,
            "llm.stage": str(self.error.stage) if self.error else None,
            "llm.cost_usd": float(self.cost_usd),
            "llm.latency_ms": round(self.latency_ms, 3),
            "llm.degraded": self.degraded,
            "llm.degraded_reason": self.degraded_reason,
            "llm.fallback": self.fallback,
            "llm.retry_wait_s": round(self.retry_wait_s, 3),
            "llm.ttft_ms": round(self.ttft_ms, 3) if self.ttft_ms is not None else None,
            "llm.budget.reserved_usd": float(self.budget_reserved_usd),
            "llm.budget.used_ratio": (
                round(self.budget_used_ratio, 6) if self.budget_used_ratio is not None else None
            ),
        }


def log_request(event: RequestEvent, metrics: Metrics | None = None) -> None:
    """Emit the one `llm.request` event for a call, at a level that says who must act,
    and count it in `metrics` (the gateway's): logs and metrics never disagree."""
    if metrics is not None:
        metrics.record(event)
    if event.error is None:
        level = logging.INFO
    elif isinstance(event.error, UpstreamMisconfigured):
        level = logging.CRITICAL
    else:
        level = logging.WARNING
    log.log(level, "llm.request", **event.attributes())
