"""Builds the one `AsyncAnthropic` client: explicit timeouts and retries, every attempt seen.

Retries have one owner, the SDK's own loop, set explicitly from Settings: it already
retries exactly the transient failures (408/409/429/5xx/529, connection errors, timeouts),
honours `retry-after` and reuses one idempotency key. A second retry layer on top would
multiply attempts (3 x 3 = 9 calls, and 9 bills) — so there is none. The one
exception to the SDK's policy, the spend-cap 429, is marked not retryable per attempt.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import anthropic
import httpx2
import structlog

from ..config import Settings
from .errors import SPEND_LIMIT_ERROR_CODE
from .fake import FakeMessagesAPI

log = structlog.get_logger(__name__)

FAKE_API_KEY = "sk-ant-fake-key"
"""Any key will do for the fake; the SDK refuses to start without one."""


def create_client(
    settings: Settings, *, fake: FakeMessagesAPI | None = None
) -> anthropic.AsyncAnthropic:
    """The SDK client for the configured backend (`fake`: answered in process, never sent)."""
    timeout = httpx2.Timeout(settings.timeout_s, connect=settings.connect_timeout_s)
    if settings.llm_backend == "fake":
        transport = (fake or FakeMessagesAPI()).transport
        http_client: httpx2.AsyncClient | None = httpx2.AsyncClient(
            transport=transport, timeout=timeout
        )
        api_key = FAKE_API_KEY
    elif settings.anthropic_api_key is not None:
        # Passed explicitly, so the SDK never looks for credentials anywhere else.
        http_client, api_key = None, settings.anthropic_api_key.get_secret_value()
    else:
        raise ValueError("ANTHROPIC_API_KEY is required when LLM_BACKEND=anthropic")
    return anthropic.AsyncAnthropic(
        api_key=api_key,
        timeout=timeout,
        max_retries=settings.max_retries,
        http_client=http_client,
        middleware=[AttemptLog(), StopOnSpendLimit()],
    )


@dataclass
class Attempts:
    """How many HTTP attempts the current call has made so far."""

    count: int = 0


_attempts: ContextVar[Attempts | None] = ContextVar("llm_attempts", default=None)


@contextmanager
def count_attempts() -> Iterator[Attempts]:
    """Count the HTTP attempts of the SDK calls made inside the block."""
    attempts = Attempts()
    token = _attempts.set(attempts)
    try:
        yield attempts
    finally:
        _attempts.reset(token)


class AttemptLog(anthropic.Middleware):
    """Runs once per HTTP attempt, inside the SDK's retry loop: counts and logs each one."""

    async def handle_async(
        self, request: anthropic.APIRequest, call_next: anthropic.AsyncCallNext
    ) -> anthropic.AsyncAPIResponse[Any]:
        attempts = _attempts.get()
        if attempts is not None:
            attempts.count += 1
        attempt = request.retries_taken + 1
        try:
            response = await call_next(request)
        except anthropic.APIConnectionError as exc:
            log.debug("llm.attempt", attempt=attempt, error_type=type(exc).__name__)
            raise
        log.debug(
            "llm.attempt",
            attempt=attempt,
            status=response.status_code,
            retry_after=response.headers.get("retry-after"),
            anthropic_request_id=response.request_id,
        )
        return response


class StopOnSpendLimit(anthropic.Middleware):
    """Marks a spend-cap 429 as not retryable: it lasts until next month, retries only add load.

    The SDK retries every 429 unless the response says `x-should-retry: false`; this sets it.
    """

    async def handle_async(
        self, request: anthropic.APIRequest, call_next: anthropic.AsyncCallNext
    ) -> anthropic.AsyncAPIResponse[Any]:
        response = await call_next(request)
        if response.status_code == 429:
            await response.http_response.aread()
            if _is_spend_limit(response.http_response.content):
                response.http_response.headers["x-should-retry"] = "false"
        return response


def _is_spend_limit(content: bytes) -> bool:
    try:
        body = json.loads(content)
    except ValueError:
        return False
    match body:
        case {"error": {"details": {"error_code": code}}}:
            return bool(code == SPEND_LIMIT_ERROR_CODE)
    return False
