"""POST /v1/messages and /v1/messages/count_tokens: the Messages API's wire format onto the
pipeline, so an app that calls Claude with an Anthropic SDK moves behind the service by
changing its base URL and key, nothing else.

The request is the API's JSON, handed to the pipeline as it is (the pipeline validates it
with the SDK's types and refuses what it does not know); the answer is the API's JSON, or
its server-sent events for `"stream": true`; every failure is the API's error shape with
the API's type and status (`error_response`), plus the headers that make an SDK retry only
where a retry helps (`x-should-retry`, `retry-after`): the pipeline has already retried
the upstream, so the client's own retries must not multiply ours.
"""

from __future__ import annotations

import json
import math
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

import structlog
from anthropic.types import RawMessageStreamEvent
from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .auth import CurrentUser, Unauthenticated
from .config import Settings
from .hardening import SECURITY_HEADERS
from .llm.budget import Quota
from .llm.claude import raw_events
from .llm.errors import (
    BudgetExhausted,
    ContentBlocked,
    InvalidRequest,
    ModelNotAllowed,
    RateLimited,
    Stage,
    UpstreamError,
    UpstreamUnavailable,
)
from .llm.gateway import Gateway, StreamItem, load_system_prompt

log = structlog.get_logger(__name__)

MESSAGES_PATH = "/v1/messages"
"""The door's path; /v1/messages/count_tokens is under it (error_response serves both)."""
RETRY_WAIT_MAX_S = 60
"""The longest wait an SDK is told to retry after (`x-should-retry: true`). SDKs obey
`retry-after` without a cap, so a longer wait is answered with `x-should-retry: false`."""
UPSTREAM_RETRY_AFTER_S = 30
"""`retry-after` when the upstream is unavailable and did not say how long to wait."""
_PING = 'event: ping\ndata: {"type": "ping"}\n\n'
HUMAN_REVIEW_HEADER = "x-human-review"
"""Sent as `x-human-review: required` on an answer the human-review hook was called for
(HUMAN_REVIEW): the body stays the API's own shape, so the flag travels as a header."""


# --- Routes ----------------------------------------------------------------------------


def gateway_of(request: Request) -> Gateway:
    gateway: Gateway = request.app.state.gateway
    return gateway


async def create_message(request: Request, user: CurrentUser) -> Response:
    """A Message (JSON), or its server-sent events when the request says `"stream": true`."""
    params = await _params(request)
    stream = params.pop("stream", False)
    if not isinstance(stream, bool):
        raise InvalidRequest(
            "stream: Input should be a valid boolean",
            request_id=request.state.request_id,
            stage=Stage.VALIDATE,
        )
    request_id: str = request.state.request_id
    quota = Quota(user.rate_limit, user.budget_usd)
    gateway = gateway_of(request)
    system_prompt: str | None = request.app.state.messages_system_prompt
    if stream:
        reviews: list[None] = []
        items = gateway.stream_message(
            params,
            user_id=user.user_id,
            request_id=request_id,
            quota=quota,
            system_prompt=system_prompt,
            on_review=lambda: reviews.append(None),
        )
        first = await anext(items)  # failures before the first content: a normal error
        headers = {"request-id": request_id, "cache-control": "no-cache"}
        # The headers leave now: a flagged request says so, a flagged answer cannot (its
        # review is asked for at the end; the audit trail and the review hook have it).
        if reviews:
            headers[HUMAN_REVIEW_HEADER] = "required"
        return StreamingResponse(
            _sse(first, items, request_id), media_type="text/event-stream", headers=headers
        )
    reply = await gateway.create(
        params,
        user_id=user.user_id,
        request_id=request_id,
        quota=quota,
        system_prompt=system_prompt,
    )
    # As the API sends it: the fields the upstream sent (and those our filters set), no more.
    body = reply.message.model_dump_json(exclude_unset=True)
    headers = {"request-id": request_id}
    if reply.human_review:
        headers[HUMAN_REVIEW_HEADER] = "required"
    return Response(body, media_type="application/json", headers=headers)


async def count_tokens(request: Request, user: CurrentUser) -> Response:
    """The API's count of the request's input tokens, as it would be sent (screened, with
    the service's system prompt where MESSAGES_SYSTEM_PROMPT prepends it)."""
    params = await _params(request)
    request_id: str = request.state.request_id
    tokens = await gateway_of(request).count_tokens(
        params,
        user_id=user.user_id,
        request_id=request_id,
        system_prompt=request.app.state.messages_system_prompt,
    )
    return JSONResponse({"input_tokens": tokens}, headers={"request-id": request_id})


async def _params(request: Request) -> dict[str, Any]:
    """The body as the API takes it: a JSON object."""
    try:
        params = json.loads(await request.body(), parse_constant=_not_json)
    except ValueError:  # not JSON, or not UTF-8
        params = None
    if not isinstance(params, dict):
        raise InvalidRequest(
            "The request body must be a JSON object (a Messages API request).",
            request_id=request.state.request_id,
            stage=Stage.VALIDATE,
        )
    return params


def _not_json(constant: str) -> Any:
    """NaN and Infinity, which Python's parser takes and JSON (and the API) does not."""
    raise ValueError(f"{constant} is not JSON")


async def _sse(
    first: StreamItem, items: AsyncGenerator[StreamItem, None], request_id: str
) -> AsyncIterator[str]:
    """The events as the API sends them; a failure after the first content ends the stream
    with an `error` event, as the API's own would, never with a silent cut."""
    try:
        async for event in raw_events(first, items):
            yield _sse_event(event)
            if event.type == "message_start":
                yield _PING
    except UpstreamError as failure:
        kind = "overloaded_error" if _capacity(failure) else "api_error"
        yield _sse_error(kind, failure.message, request_id)
    except Exception:  # a bug here: still an ending the client can read
        log.exception("api.unexpected_error", request_id=request_id)
        yield _sse_error("api_error", "Internal error. Quote the request id.", request_id)


def _sse_error(kind: str, message: str, request_id: str) -> str:
    body = {"type": "error", "error": {"type": kind, "message": message}, "request_id": request_id}
    return f"event: error\ndata: {json.dumps(body)}\n\n"


def _sse_event(event: RawMessageStreamEvent) -> str:
    return f"event: {event.type}\ndata: {event.model_dump_json(exclude_unset=True)}\n\n"


def _capacity(failure: UpstreamError) -> bool:
    return isinstance(failure, UpstreamUnavailable) and failure.capacity


# --- Errors: the API's shape, types and statuses ---------------------------------------


def error_response(request: Request, exc: Exception) -> JSONResponse:
    """Any failure of this door as the API answers it: `{"type": "error", "error": {...}}`.

    `x-should-retry` tells the SDKs (which honour it before their own rules) whether a
    retry can help: never for what we already retried upstream or what lasts long (a
    budget), yes for a short per-request limit.
    """
    status, kind, message = 500, "api_error", "Internal error. Quote the request id."
    headers: dict[str, str] = {"x-should-retry": "false"}
    details: dict[str, Any] | None = None
    match exc:
        case Unauthenticated():
            status, kind, message = 401, "authentication_error", exc.message
            headers["WWW-Authenticate"] = exc.challenge
        case ModelNotAllowed():
            status, kind, message = 403, "permission_error", exc.message
        case ContentBlocked():
            status, kind, message = 400, "invalid_request_error", exc.message
            details = {"error_code": "content_blocked", "reasons": list(exc.reasons)}
        case InvalidRequest() if exc.error_type == "request_too_large":  # the upstream's 413
            status, kind, message = 413, "request_too_large", exc.message
        case InvalidRequest():
            status, kind, message = 400, "invalid_request_error", exc.message
        case RateLimited():
            status, kind, message = 429, "rate_limit_error", exc.message
            wait = _seconds(exc.retry_after)
            headers |= {"retry-after": str(wait), "x-should-retry": _short(wait)}
            details = {"error_code": f"{exc.kind}_rate_limit"}
        case BudgetExhausted():
            # A spent budget lasts until it resets (a day, a month): the API's billing error
            # (the SDKs' PaymentRequiredError), never retried; the code says whose it is.
            status, kind, message = 402, "billing_error", exc.message
            headers["retry-after"] = str(_seconds(exc.retry_after))
            whose = "user" if exc.per_user else "service"
            details = {"error_code": f"{whose}_budget_exhausted", "scope": exc.scope}
        case UpstreamError():
            # Already retried within the deadline here: the client must not multiply that.
            status, kind = (529, "overloaded_error") if _capacity(exc) else (503, "api_error")
            message = exc.message
            asked = exc.retry_after if isinstance(exc, UpstreamUnavailable) else None
            headers["retry-after"] = str(
                UPSTREAM_RETRY_AFTER_S if asked is None else _seconds(asked)
            )
        case RequestValidationError():  # not expected: the routes read the body themselves
            status, kind, message = 400, "invalid_request_error", "The request is invalid."
        case StarletteHTTPException():
            status = 400 if exc.status_code == 400 else exc.status_code
            kind = "not_found_error" if status == 404 else "invalid_request_error"
            message = str(exc.detail)
            headers |= exc.headers or {}
        case _:
            log.exception("api.unexpected_error", request_id=_request_id(request))
            headers |= SECURITY_HEADERS  # sent from outside the middleware stack
    error: dict[str, Any] = {"type": kind, "message": message}
    if details is not None:
        error["details"] = details
    request_id = _request_id(request)
    if request_id:
        headers["request-id"] = request_id
    body = {"type": "error", "error": error, "request_id": request_id}
    return JSONResponse(body, status_code=status, headers=headers)


def is_messages_request(request: Request) -> bool:
    path: str = request.scope["path"]
    return path == MESSAGES_PATH or path.startswith(MESSAGES_PATH + "/")


def _request_id(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def _seconds(wait: float) -> int:
    return max(math.ceil(wait), 1)


def _short(wait: int) -> str:
    return "true" if wait <= RETRY_WAIT_MAX_S else "false"


# --- Installation ----------------------------------------------------------------------


def install_messages_api(app: FastAPI, settings: Settings) -> None:
    """Add the two routes, with the system-prompt policy (MESSAGES_SYSTEM_PROMPT) read once."""
    prepend = settings.messages_system_prompt == "prepend"
    app.state.messages_system_prompt = load_system_prompt() if prepend else None
    app.post(MESSAGES_PATH)(create_message)
    app.post(f"{MESSAGES_PATH}/count_tokens")(count_tokens)
