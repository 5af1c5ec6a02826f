"""The errors a call to the gateway can end with, and how SDK errors become them.

Our exception hierarchy (the HTTP status the API answers with on the right):

* LLMError
  + InvalidRequest .............. 422  the input cannot be sent (our checks, or an upstream 400/413)
  + UpstreamError ............... 503  Claude gave no answer
    + UpstreamUnavailable ............ transient (429, 408/409, 5xx, 529, timeout): retry later
    + UpstreamMisconfigured .......... needs an operator (401, 403, 404, other 4xx): critical log
      + SpendLimitReached ............ 429 enforced_spend_limit_reached: billing stop, critical log

Every error carries the request id and the pipeline stage it was raised in, so a log line
or an HTTP response points straight at the call and the step that failed. Its message is
safe to show to the caller; upstream details stay in attributes (and in the log event).
"""

from __future__ import annotations

import email.utils
import time
from enum import StrEnum

import anthropic
import httpx2

SPEND_LIMIT_ERROR_CODE = "enforced_spend_limit_reached"


class Stage(StrEnum):
    """The step of the gateway pipeline an error was raised in."""

    VALIDATE = "validate"
    CALL = "call"


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
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request_id = request_id
        self.stage = stage
        self.error_type = error_type or type(self).__name__
        """A stable name for logs (`error.type`): the upstream error type when there is one."""
        self.anthropic_request_id = anthropic_request_id


class InvalidRequest(LLMError):
    """The caller's input cannot be sent as it is; the message says why."""


class UpstreamError(LLMError):
    """Claude gave no answer; the caller is not at fault."""


class UpstreamUnavailable(UpstreamError):
    """A transient failure, already retried: overloaded, rate limited, timed out, 5xx."""

    def __init__(
        self,
        message: str,
        *,
        request_id: str,
        stage: Stage,
        error_type: str | None = None,
        anthropic_request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            request_id=request_id,
            stage=stage,
            error_type=error_type,
            anthropic_request_id=anthropic_request_id,
        )
        self.retry_after = retry_after
        """Seconds the upstream asked us to wait, when it said."""


class UpstreamMisconfigured(UpstreamError):
    """Our deployment is wrong (key, permission, model id): retrying cannot help."""


class SpendLimitReached(UpstreamMisconfigured):
    """The organisation hit its monthly spend cap: no call succeeds until it is raised."""


UNAVAILABLE_MESSAGE = "The model service is unavailable. Try again later."


def from_sdk_error(exc: anthropic.APIError, *, request_id: str) -> LLMError:
    """Translate an SDK error (raised after the SDK's own retries) into our tree."""
    if not isinstance(exc, anthropic.APIStatusError):
        # Connection errors, timeouts, unparseable responses: nothing from the server to go on.
        return UpstreamUnavailable(
            UNAVAILABLE_MESSAGE,
            request_id=request_id,
            stage=Stage.CALL,
            error_type=type(exc).__name__,
        )
    status = exc.status_code
    upstream = {"error_type": exc.type or f"http_{status}", "anthropic_request_id": exc.request_id}
    if status == 429 and exc.error_code == SPEND_LIMIT_ERROR_CODE:
        return SpendLimitReached(
            UNAVAILABLE_MESSAGE, request_id=request_id, stage=Stage.CALL, **upstream
        )
    if status in (408, 409, 429) or status >= 500:
        return UpstreamUnavailable(
            UNAVAILABLE_MESSAGE,
            request_id=request_id,
            stage=Stage.CALL,
            retry_after=retry_after_seconds(exc.response.headers),
            **upstream,
        )
    if status in (400, 413, 422):
        reason = f"Claude rejected the request: {exc.api_message or 'no reason given'}"
        return InvalidRequest(reason, request_id=request_id, stage=Stage.CALL, **upstream)
    return UpstreamMisconfigured(
        UNAVAILABLE_MESSAGE, request_id=request_id, stage=Stage.CALL, **upstream
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
    try:
        return float(raw) if raw is not None else None
    except ValueError:
        return None
