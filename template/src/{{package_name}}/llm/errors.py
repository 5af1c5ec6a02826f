"""The errors a call to the gateway can end with, and how SDK errors become them.

Our exception hierarchy (the HTTP status the API answers with on the right):

* LLMError
  + InvalidRequest .............. 422  the input cannot be sent (our checks, or an upstream 400/413)
    + ContentBlocked ................. a content filter blocked it; carries the reason codes
    + ModelNotAllowed ................ a model outside ALLOWED_MODELS (MODEL_POLICY=refuse)
  + RateLimited ................. 429  over the user's or the service's request limit (Retry-After)
  + BudgetExhausted ............. 503  the service's budget is used up (429: the user's own budget)
  + UpstreamError ............... 503  Claude gave no answer (or 200 + degraded: a fallback did)
    + UpstreamUnavailable ............ transient (429, 408/409, 5xx, 529, timeout, broken stream)
      + CircuitOpen .................. the breaker is open: no call was made
      + StateUnavailable ............. Redis did not answer: nothing admitted (Retry-After)
    + UpstreamMisconfigured .......... needs an operator (401, 403, 404, other 4xx): critical log
      + SpendLimitReached ............ 429 enforced_spend_limit_reached: billing stop, critical log

Refusals of the caller's own (over a rate limit: 429, budget exhausted) are siblings of
InvalidRequest: they are decided before any call and are never retried or degraded.

Every error carries the request id and the pipeline stage it was raised in, so a log line
or an HTTP response points straight at the call and the step that failed. Its message is
safe to show to the caller; upstream details, the API's own error text included, stay in
attributes (and in the log event).
"""

from __future__ import annotations

import email.utils
import math
import time
from enum import StrEnum
from typing import Literal, TypedDict

import anthropic
import httpx2

SPEND_LIMIT_ERROR_CODE = "enforced_spend_limit_reached"


class Stage(StrEnum):
    """The step of the gateway pipeline an error was raised in."""

    VALIDATE = "validate"
    FILTER = "filter"
    RATE_LIMIT = "rate_limit"
    BUDGET = "budget"
    BREAKER = "breaker"
    CALL = "call"
    STREAM = "stream"


class LLMError(Exception):
    """Base class: a gateway call that ended without an answer."""

    def __init__(
        self,
        message: str,
        *,
        request_id: str,
        stage: Stage,
        error_type: str | None = None,
        anthropic_request_id: str | None = None,
        upstream_message: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request_id = request_id
        self.stage = stage
        self.error_type = error_type or type(self).__name__
        """A stable name for logs (`error.type`): the upstream error type when there is one."""
        self.anthropic_request_id = anthropic_request_id
        self.upstream_message = upstream_message
        """The API's own text for the error: logged (redacted), never sent to the caller."""


class InvalidRequest(LLMError):
    """The caller's input cannot be sent as it is; the message says why."""


class ContentBlocked(InvalidRequest):
    """A content filter (safety/filters.py) refused the input; the message is the statement
    of reasons shown to the user, `reasons` the stable codes (e.g. `policy.blocklist`)."""

    def __init__(
        self, message: str, *, request_id: str, stage: Stage, reasons: tuple[str, ...]
    ) -> None:
        super().__init__(message, request_id=request_id, stage=stage)
        self.reasons = reasons


class ModelNotAllowed(InvalidRequest):
    """The caller named a model outside ALLOWED_MODELS and MODEL_POLICY=refuse: a matter of
    permission (403 on /v1/messages, as the API answers a key that may not use a model)."""


class RetryLater(LLMError):
    """Refused for now, not for good: `retry_after` seconds until there is room again
    (the HTTP answer's Retry-After). Nothing was sent upstream."""

    def __init__(self, message: str, *, request_id: str, stage: Stage, retry_after: float) -> None:
        super().__init__(message, request_id=request_id, stage=stage)
        self.retry_after = retry_after


class RateLimited(RetryLater):
    """Over a request limit (llm/ratelimit.py); `retry_after`: until the window has room."""

    def __init__(
        self,
        message: str,
        *,
        request_id: str,
        stage: Stage,
        retry_after: float,
        limit: str,
        kind: Literal["user", "global", "in_flight"],
    ) -> None:
        super().__init__(message, request_id=request_id, stage=stage, retry_after=retry_after)
        self.limit = limit
        """The limit that was hit, e.g. `20 per 1 minute` or `global 60 per 1 minute`."""
        self.kind = kind
        """Which limit: the user's, the service's (global) or calls in flight (a metric label)."""


class BudgetExhausted(RetryLater):
    """The call's worst-case cost does not fit the budget (llm/budget.py); `retry_after`:
    until that budget resets."""

    def __init__(
        self, message: str, *, request_id: str, stage: Stage, scope: str, retry_after: float
    ) -> None:
        super().__init__(message, request_id=request_id, stage=stage, retry_after=retry_after)
        self.scope = scope
        """The budget that is used up: month, day, user_month or user_day."""

    @property
    def per_user(self) -> bool:
        return self.scope.startswith("user_")


class UpstreamError(LLMError):
    """Claude gave no answer; the caller is not at fault."""


class UpstreamUnavailable(UpstreamError):
    """A transient failure: overloaded, rate limited, timed out, 5xx, a broken response."""

    def __init__(
        self,
        message: str,
        *,
        request_id: str,
        stage: Stage,
        error_type: str | None = None,
        anthropic_request_id: str | None = None,
        upstream_message: str | None = None,
        retry_after: float | None = None,
        status: int | None = None,
        retryable: bool = True,
    ) -> None:
        super().__init__(
            message,
            request_id=request_id,
            stage=stage,
            error_type=error_type,
            anthropic_request_id=anthropic_request_id,
            upstream_message=upstream_message,
        )
        self.retry_after = retry_after
        """Seconds the upstream asked us to wait, when it said."""
        self.status = status
        """The upstream HTTP status; None without a response, 200 for a mid-stream error event."""
        self.retryable = retryable
        """False when the same request would fail the same way (e.g. a malformed response)."""

    @property
    def capacity(self) -> bool:
        """Claude is short of capacity (429, 529, overloaded): a smaller model may still answer."""
        return self.status in (429, 529) or self.error_type == "overloaded_error"


class CircuitOpen(UpstreamUnavailable):
    """The circuit breaker is open: the call was not attempted (see breaker.py)."""


class StateUnavailable(UpstreamUnavailable):
    """The state backend (Redis) did not answer: nothing was admitted or held, nothing is
    called upstream (admission fails closed), and the caller may retry (503)."""


class UpstreamMisconfigured(UpstreamError):
    """Our deployment is wrong (key, permission, model id): retrying cannot help."""


class SpendLimitReached(UpstreamMisconfigured):
    """The organisation hit its monthly spend cap: no call succeeds until it is raised."""


UNAVAILABLE_MESSAGE = "The model service is unavailable. Try again later."


def from_sdk_error(
    exc: anthropic.APIError, *, request_id: str, stage: Stage = Stage.CALL
) -> LLMError:
    """Translate an SDK error into our tree (retrying is retry.py's decision, not made here)."""
    if isinstance(exc, anthropic.APIResponseValidationError):
        return malformed_response(request_id=request_id, stage=stage, status=exc.status_code)
    if not isinstance(exc, anthropic.APIStatusError):
        # Connection errors and timeouts: nothing from the server to go on.
        return UpstreamUnavailable(
            UNAVAILABLE_MESSAGE, request_id=request_id, stage=stage, error_type=type(exc).__name__
        )
    status = exc.status_code
    upstream = _UpstreamFields(
        request_id=request_id,
        stage=stage,
        error_type=exc.type or f"http_{status}",
        anthropic_request_id=exc.request_id,
        upstream_message=exc.api_message,
    )
    # The code comes in `error.details.error_code`, or in `error.type` (either shape seen):
    # read as an ordinary 429, it would be retried instead of raising the critical alert.
    if status == 429 and SPEND_LIMIT_ERROR_CODE in (exc.error_code, exc.type):
        return SpendLimitReached(UNAVAILABLE_MESSAGE, **upstream)
    # A status below 400 is an `error` event inside a 200 stream (e.g. overloaded_error).
    if status < 400 or status in (408, 409, 429) or status >= 500:
        return UpstreamUnavailable(
            UNAVAILABLE_MESSAGE,
            retry_after=retry_after_seconds(exc.response.headers),
            status=status,
            **upstream,
        )
    if status in (400, 413, 422):
        # Its text may quote the request or describe our deployment: the log has it.
        reason = (
            "Claude rejected the request; the reason is in the service's log "
            f"(request id {request_id})."
        )
        return InvalidRequest(reason, **upstream)
    return UpstreamMisconfigured(UNAVAILABLE_MESSAGE, **upstream)


class _UpstreamFields(TypedDict):
    """What every error made from an API response carries."""

    request_id: str
    stage: Stage
    error_type: str
    anthropic_request_id: str | None
    upstream_message: str | None


def from_transport_error(exc: Exception, *, request_id: str, stage: Stage) -> UpstreamUnavailable:
    """Failures the SDK may let through unwrapped: a dropped stream, an unparseable body.

    `json.JSONDecodeError` (a 200 whose body is not JSON) reaches the caller as it is, and
    so does `httpx2.RemoteProtocolError` (a stream dropped mid-way) when an SDK middleware
    is installed; without one, the SDK wraps the drop in `anthropic.APIConnectionError`.
    """
    if isinstance(exc, ValueError) and not isinstance(exc, httpx2.HTTPError):
        return malformed_response(request_id=request_id, stage=stage)
    return UpstreamUnavailable(
        UNAVAILABLE_MESSAGE, request_id=request_id, stage=stage, error_type=type(exc).__name__
    )


def malformed_response(
    *, request_id: str, stage: Stage, status: int | None = None
) -> UpstreamUnavailable:
    """A 2xx whose body is not what the API sends (a proxy's page, a missing field): the
    same request would fail the same way, so it is not retried."""
    return UpstreamUnavailable(
        UNAVAILABLE_MESSAGE,
        request_id=request_id,
        stage=stage,
        error_type="malformed_response",
        status=status,
        retryable=False,
    )


def retry_after_seconds(headers: httpx2.Headers) -> float | None:
    """The wait a response asks for: `retry-after-ms`, else `retry-after` (seconds or a date)."""
    if (millis := _number(headers.get("retry-after-ms"))) is not None:
        return max(millis / 1000, 0.0)
    raw = headers.get("retry-after")
    if raw is None:
        return None
    if (seconds := _number(raw)) is not None:
        return max(seconds, 0.0)
    parsed = email.utils.parsedate_tz(raw)
    if parsed is None:
        return None
    return max(email.utils.mktime_tz(parsed) - time.time(), 0.0)


def _number(raw: str | None) -> float | None:
    """A finite number, else None: an `inf` or `nan` from a proxy must not reach a sleep."""
    try:
        value = float(raw) if raw is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None
