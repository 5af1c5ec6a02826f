"""Builds the one `AsyncAnthropic` client: explicit timeouts, no SDK retries, every attempt seen.

Retries have one owner, and it is not the SDK: its loop obeys any `retry-after` with no
upper bound and knows no per-request deadline, so the client is built with
`max_retries=0` and retry.py decides (why, in its docstring). Two retry layers would
multiply the calls and the bills. The HTTP client's event hooks run once per HTTP attempt:
`attempt_hooks` count each one and log it (status, retry-after, Anthropic's request id and
the anthropic-ratelimit-* headers) at debug level. OpenTelemetry spans are off unless
OTEL_TRACING=on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import anthropic
import httpx2
import structlog
from anthropic import OpenTelemetryClientOption

from ..config import Settings
from .fake import MESSAGES_PATH, FakeMessagesAPI

log = structlog.get_logger(__name__)

RATELIMIT_HEADER_PREFIX = "anthropic-ratelimit-"
"""Headers like anthropic-ratelimit-requests-remaining and -tokens-reset (logged per attempt)."""

FAKE_API_KEY = "sk-ant-fake-key"
"""Any key will do for the fake; the SDK refuses to start without one."""


class MissingApiKey(RuntimeError):
    """LLM_BACKEND=anthropic without ANTHROPIC_API_KEY: there is no calling Claude."""


def require_api_key(settings: Settings) -> str:
    """The API key for the Claude backend, or MissingApiKey saying how to set one.

    Checked where a client is built (and by `serve` before anything else), not when the
    settings load: the commands that never call Claude (`keys`, `spend`, `reconcile`)
    run without it.
    """
    key = settings.anthropic_api_key
    if key is None or not key.get_secret_value().strip():
        raise MissingApiKey(
            "ANTHROPIC_API_KEY is not set. Set it in the environment or in .env, "
            "or set LLM_BACKEND=fake to run without calling Claude."
        )
    return key.get_secret_value()


def create_client(
    settings: Settings, *, fake: FakeMessagesAPI | None = None
) -> anthropic.AsyncAnthropic:
    """The SDK client for the configured backend (`fake`: answered in process, never sent).

    Without `fake`, the fake backend plays FAKE_SCRIPT (see fake.parse_script).
    """
    timeout = attempt_timeout(settings, settings.timeout_s)
    hooks = attempt_hooks()
    http_client: httpx2.AsyncClient
    if settings.llm_backend == "fake":
        transport = (fake or FakeMessagesAPI.from_script(settings.fake_script)).transport
        http_client = httpx2.AsyncClient(transport=transport, timeout=timeout, event_hooks=hooks)
        api_key = FAKE_API_KEY
    else:
        # Passed explicitly, so the SDK never looks for credentials anywhere else.
        api_key = require_api_key(settings)
        # The SDK's aiohttp transport (its `aiohttp` extra) with the SDK's connection limits
        # and keep-alive, plus the attempt hooks. Its C parser and plain asyncio sockets
        # cost less CPU per call than the default transport: under load (benchmarks/
        # throughput.py) a replica serves about a fifth more requests per second. It has no
        # write timeout: upstream.attempt_cap_s bounds each attempt instead.
        http_client = anthropic.DefaultAioHttpClient(timeout=timeout, event_hooks=hooks)
    return anthropic.AsyncAnthropic(
        api_key=api_key,
        base_url=settings.anthropic_base_url,
        timeout=timeout,
        max_retries=0,  # retry.py owns retries; never both
        http_client=http_client,
        open_telemetry=tracing_option(settings),
    )


def attempt_timeout(settings: Settings, seconds: float) -> httpx2.Timeout:
    """An attempt's timeouts when it may take `seconds` (TIMEOUT_S, or what the request's
    deadline leaves): connecting still gets no more than CONNECT_TIMEOUT_S. (A bare float
    would give the connection the whole time as well.) Every field is named: a Timeout
    built from a default and an override takes 4 us to sort them out, this one 0.6 us,
    and one is built for every attempt."""
    connect = min(seconds, settings.connect_timeout_s)
    return httpx2.Timeout(connect=connect, read=seconds, write=seconds, pool=seconds)


def tracing_option(settings: Settings) -> OpenTelemetryClientOption:
    """OTEL_TRACING: off (False: no spans, whatever ANTHROPIC_OPEN_TELEMETRY* say), or on.

    On: spans with metadata only (model, usage, stop reason; never the prompt or answer)
    go to the tracer provider registered with the OpenTelemetry API. Without one (no
    opentelemetry-sdk and exporter set up by you), they go nowhere.
    """
    if settings.otel_tracing == "off":
        return False
    return {"traces": {"enabled": True, "content_mode": "metadata_only"}}


@dataclass
class Attempts:
    """How many HTTP attempts the current call has made so far, and which of its Messages
    attempts the upstream may have billed without the ledger knowing yet."""

    count: int = 0
    sent: int = 0
    """Attempts at a model call (`POST /v1/messages`; not the free token counts)."""
    answered: int = 0
    """Of those, answered (a status arrived): an error is never billed, a 200 is settled
    with its usage (or, not being a Message at all, is not counted as billed)."""
    unsent: int = 0
    """Of those, failed before a connection was made (upstream.sdk_errors): never billed."""
    booked: int = 0
    """Of those, neither answered nor unsent: booked at their worst case (gateway)."""

    @property
    def unbooked(self) -> int:
        """Attempts the upstream may have billed that no ledger entry covers: sent, then
        given up on (a timeout, a dropped connection, the caller gone) before any answer."""
        return self.sent - self.answered - self.unsent - self.booked


_attempts: ContextVar[Attempts | None] = ContextVar("llm_attempts", default=None)


def count_attempts() -> AbstractContextManager[Attempts]:
    """Count the HTTP attempts of the SDK calls made inside the block."""
    return _Counting()


class _Counting:
    """`count_attempts`' block. (A class: a third of a generator-based context manager's
    cost, and every call has one.)"""

    def __enter__(self) -> Attempts:
        attempts = Attempts()
        self._token = _attempts.set(attempts)
        return attempts

    def __exit__(self, *exc_info: object) -> None:
        _attempts.reset(self._token)


def attempt_hooks() -> dict[str, list[Callable[..., Any]]]:
    """The HTTP client's event hooks that count and log every attempt (see the module doc).

    Hooks rather than the SDK's middleware: its chain cost about 100 us per call, a hook a
    few. A connection that fails has no response to log here; the retry loop logs that
    attempt (`llm.retry`, with its error type).
    """
    return {"request": [_count_attempt], "response": [_log_attempt]}


async def _count_attempt(request: httpx2.Request) -> None:
    attempts = _attempts.get()
    if attempts is not None:
        attempts.count += 1
        if request.url.path.endswith(MESSAGES_PATH):
            attempts.sent += 1


def attempt_not_sent() -> None:
    """The current attempt failed before it reached the upstream (no connection): it is
    not billed."""
    attempts = _attempts.get()
    if attempts is not None:
        attempts.unsent += 1


async def _log_attempt(response: httpx2.Response) -> None:
    if response.request.url.path.endswith(MESSAGES_PATH):
        attempts = _attempts.get()
        if attempts is not None:
            attempts.answered += 1
    if not log.is_enabled_for(logging.DEBUG):
        return  # below the configured level: skip the headers walk
    attempts = _attempts.get()
    headers = response.headers
    log.debug(
        "llm.attempt",
        attempt=attempts.count if attempts is not None else 1,
        status=response.status_code,
        retry_after=headers.get("retry-after"),
        anthropic_request_id=headers.get("request-id"),
        # Remaining requests and tokens of the API tier, and when they reset.
        ratelimit={
            name.lower().removeprefix(RATELIMIT_HEADER_PREFIX): value
            for name, value in headers.items()
            if name.lower().startswith(RATELIMIT_HEADER_PREFIX)
        },
    )
