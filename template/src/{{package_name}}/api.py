"""The HTTP API: thin routes over the gateway, and every error mapped to a response in one place.

    POST /v1/ask      ask Claude; 401 without valid credentials, 422 for invalid input,
                      429 (Retry-After) over a rate limit or the user's budget,
                      503 (Retry-After) when Claude can't answer or the budget is used up
    POST /v1/ask/stream  the same, as server-sent events (delta*, then done or error)
    GET  /healthz     the process is up (no credentials needed)
    GET  /readyz      can this replica serve: 503 when its state backend fails; breaker and
                      budget reported, not failing it (no credentials, no internals shown)
    GET  /metrics     Prometheus metrics (admin credential, see auth/admin.py)
    GET  /admin/keys  API keys by prefix (AUTH_MODE=api_key; admin credential, see auth/admin.py)
    GET  /admin       the spend page for people (admin credential or its login; admin/page.py)
    POST /v1/messages, /v1/messages/count_tokens
                      the Anthropic Messages API's wire format, errors in its shape
                      (messages_api.py): an app using an Anthropic SDK changes its base URL

Who the caller is comes from authentication only (`CurrentUser`, see auth/); every response
carries security headers, and bodies over MAX_BODY_BYTES are refused (see hardening.py).

Every response carries `X-Request-Id` (the caller's, when it sent a usable one), and every
request ends in one `http.request` log event (access.py).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import math
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any

import structlog
from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .access import REQUEST_ID_HEADER, RequestContext
from .admin import install_admin_page
from .auth import Authenticator, CurrentUser, Unauthenticated, build_authenticator
from .auth.admin import Admin, AdminDisabled
from .auth.apikeys import ApiKeyAuthenticator
from .config import Settings
from .hardening import SECURITY_HEADERS, install_hardening
from .llm.answer import Answer, StreamEvent
from .llm.budget import Quota
from .llm.errors import (
    BudgetExhausted,
    ContentBlocked,
    InvalidRequest,
    RetryLater,
    StateUnavailable,
    UpstreamError,
    UpstreamUnavailable,
)
from .llm.gateway import Gateway
from .llm.health import check_readiness
from .llm.safety.screen import log_redactor
from .llm.telemetry import configure_logging
from .llm.validation import ChatMessage, Role
from .messages_api import error_response, install_messages_api, is_messages_request

log = structlog.get_logger(__name__)

DEFAULT_RETRY_AFTER_S = 30
"""Retry-After on a 503 when the upstream did not say how long to wait."""


# --- Wire models -----------------------------------------------------------------------


class MessageIn(BaseModel):
    role: Role
    content: str


class AskBody(BaseModel):
    messages: list[MessageIn]
    # Strict: "100", true and 100.0 are a client's bug, refused (422) rather than coerced.
    max_tokens: int | None = Field(
        default=None, strict=True, description="Capped at MAX_TOKENS_CAP."
    )


class UsageOut(BaseModel):
    input_tokens: int
    output_tokens: int
    cache_read_input_tokens: int
    cache_creation_input_tokens: int


class AskResponse(BaseModel):
    answer: str
    model: str
    usage: UsageOut
    cost_usd: float
    stop_reason: str | None
    request_id: str
    degraded: bool
    degraded_reason: str | None = None
    """Why a fallback answered (the upstream error type), when `degraded`."""
    fallback: str | None = None
    """Which fallback answered: fallback_model, cache or static_message."""
    human_review: bool = False
    """A person is to check this answer: the human-review hook was called for the request
    (HUMAN_REVIEW; the regulated profiles flag what their screens flagged)."""

    @classmethod
    def from_answer(cls, answer: Answer) -> AskResponse:
        return cls(
            answer=answer.text,
            model=answer.model,
            usage=UsageOut(**vars(answer.usage)),
            cost_usd=float(answer.cost_usd),
            stop_reason=answer.stop_reason,
            request_id=answer.request_id,
            degraded=answer.degraded,
            degraded_reason=answer.degraded_reason,
            fallback=answer.fallback,
            human_review=answer.human_review,
        )


# --- The gateway -----------------------------------------------------------------------


# Read from `request` by the routes rather than injected as a dependency: FastAPI resolves
# each dependency on every call, and the app's one gateway needs no resolving.
def gateway_of(request: Request) -> Gateway:
    """The gateway `create_app` put in the app's state."""
    gateway: Gateway = request.app.state.gateway
    return gateway


# --- Routes ----------------------------------------------------------------------------


# The /v1/ask routes read the request id from `request` too (RequestContext sets it).
async def ask(body: AskBody, request: Request, user: CurrentUser) -> Response:
    """Ask Claude and return the answer with its usage and cost (an AskResponse)."""
    messages = [ChatMessage(role=m.role, content=m.content) for m in body.messages]
    answer = await gateway_of(request).ask(
        messages,
        user_id=user.user_id,
        max_tokens=body.max_tokens,
        request_id=request.state.request_id,
        quota=Quota(user.rate_limit, user.budget_usd),
    )
    # Serialized once, here: a returned model would be validated again by FastAPI first.
    body_json = AskResponse.from_answer(answer).model_dump_json()
    return Response(body_json, media_type="application/json")


async def ask_stream(body: AskBody, request: Request, user: CurrentUser) -> StreamingResponse:
    """Ask Claude and stream the answer as server-sent events: `delta`*, then `done` or `error`.

    Everything up to the first token happens before the response starts, so invalid input
    is still a 422 and an unavailable upstream a 503 (or a degraded stream from a fallback).
    """
    messages = [ChatMessage(role=m.role, content=m.content) for m in body.messages]
    events = gateway_of(request).stream(
        messages,
        user_id=user.user_id,
        max_tokens=body.max_tokens,
        request_id=request.state.request_id,
        quota=Quota(user.rate_limit, user.budget_usd),
    )
    first = await anext(events)  # an LLMError here becomes a normal error response
    return StreamingResponse(_sse(first, events), media_type="text/event-stream")


async def _sse(first: StreamEvent, events: AsyncGenerator[StreamEvent, None]) -> AsyncIterator[str]:
    try:
        yield _sse_event(first)
        async for event in events:
            yield _sse_event(event)
    finally:
        await events.aclose()  # the upstream stream closes even if the client went away


def _sse_event(event: StreamEvent) -> str:
    return f"event: {event.name}\ndata: {json.dumps(event.data)}\n\n"


async def healthz() -> dict[str, str]:
    """Liveness: the process serves requests (it does not call Claude)."""
    return {"status": "ok"}


async def readyz(request: Request) -> JSONResponse:
    """Readiness (llm/health.py): 503 when the state backend fails; the shared breaker and
    budget are in the body, not a reason to leave the rotation."""
    readiness = await check_readiness(gateway_of(request), request.app.state.settings)
    return JSONResponse(readiness.public(), status_code=200 if readiness.ready else 503)


async def metrics(_: Admin, request: Request) -> Response:
    """Prometheus metrics (admin credential): state gauges sampled now, counters as counted."""
    gateway = gateway_of(request)
    readiness = await check_readiness(gateway, request.app.state.settings)
    gateway.metrics.sample(
        backend_up=readiness.state_ok,
        breaker=readiness.breaker_gauge(),
        used_ratio=readiness.used_ratio,
    )
    return Response(gateway.metrics.exposition(), media_type=CONTENT_TYPE_LATEST)


async def openapi_schema(_: Admin, request: Request) -> JSONResponse:
    """The OpenAPI schema in production, for tooling that holds the admin credential."""
    return JSONResponse(request.app.openapi())


async def admin_keys(_: Admin, request: Request) -> dict[str, list[dict[str, Any]]]:
    """API keys by prefix, owner, limits and status: never a key or its hash."""
    authenticator: ApiKeyAuthenticator = request.app.state.authenticator
    records = await asyncio.to_thread(authenticator.store.all)
    return {
        "keys": [
            {
                "prefix": r.prefix,
                "user_id": r.user_id,
                "created_at": r.created_at,
                "revoked_at": r.revoked_at,
                "rate_limit": r.rate_limit,
                "budget_usd": None if r.budget_usd is None else str(r.budget_usd),
            }
            for r in records
        ]
    }


# --- Errors: the one place they become HTTP responses ----------------------------------


def _error(request: Request, status: int, kind: str, message: str, **headers: str) -> JSONResponse:
    request_id = getattr(request.state, "request_id", None)
    body = {"error": {"type": kind, "message": message}, "request_id": request_id}
    if request_id:
        headers[REQUEST_ID_HEADER] = request_id
    return JSONResponse(body, status_code=status, headers=headers)


async def _invalid_body(request: Request, exc: RequestValidationError) -> JSONResponse:
    # Location and message only: the offending input is not echoed back.
    reason = "; ".join(
        f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()
    )
    return _error(request, 422, "invalid_request", reason)


async def _unauthenticated(request: Request, exc: Unauthenticated) -> JSONResponse:
    return _error(
        request, 401, "authentication_required", exc.message, **{"WWW-Authenticate": exc.challenge}
    )


async def _admin_disabled(request: Request, exc: AdminDisabled) -> JSONResponse:
    return _error(request, 403, "forbidden", exc.message)


async def _invalid_request(request: Request, exc: InvalidRequest) -> JSONResponse:
    return _error(request, 422, "invalid_request", exc.message)


async def _content_blocked(request: Request, exc: ContentBlocked) -> JSONResponse:
    # The statement of reasons (EU DSA Art. 17): the message in words, the codes for clients.
    request_id = getattr(request.state, "request_id", None)
    error = {"type": "content_blocked", "message": exc.message, "reasons": list(exc.reasons)}
    headers = {REQUEST_ID_HEADER: request_id} if request_id else {}
    return JSONResponse({"error": error, "request_id": request_id}, 422, headers=headers)


async def _retry_later(request: Request, exc: RetryLater) -> JSONResponse:
    # Over a limit or the user's own budget: their quota (429). The service's budget is a
    # stop for everyone (503).
    if isinstance(exc, BudgetExhausted):
        status, kind = (429 if exc.per_user else 503), "budget_exhausted"
    else:
        status, kind = 429, "rate_limited"
    retry_after = str(max(math.ceil(exc.retry_after), 1))
    return _error(request, status, kind, exc.message, **{"Retry-After": retry_after})


async def _upstream_error(request: Request, exc: UpstreamError) -> JSONResponse:
    # Misconfiguration (key, permission, spend cap) was already logged as critical by the
    # gateway; the caller sees the same 503 as for an outage, never the internal reason.
    wait = exc.retry_after if isinstance(exc, UpstreamUnavailable) else None
    retry_after = max(math.ceil(wait), 1) if wait is not None else DEFAULT_RETRY_AFTER_S
    # The service's own state store did not answer: nothing was admitted (docs/replicas.md).
    kind = "state_unavailable" if isinstance(exc, StateUnavailable) else "upstream_unavailable"
    return _error(request, 503, kind, exc.message, **{"Retry-After": str(retry_after)})


_HTTP_ERROR_KINDS = {404: "not_found", 405: "method_not_allowed"}


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    # Routing's 404 and 405, and FastAPI's 400 for a body it cannot decode (invalid UTF-8):
    # in the one error shape, and an unreadable body is a 422, as malformed JSON is.
    status = 422 if exc.status_code == 400 else exc.status_code
    kind = _HTTP_ERROR_KINDS.get(status, "invalid_request")
    return _error(request, status, kind, str(exc.detail), **(exc.headers or {}))


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("api.unexpected_error", request_id=getattr(request.state, "request_id", None))
    # Sent from outside the middleware stack, so the security headers are added here.
    return _error(
        request, 500, "internal_error", "Internal error. Quote the request id.", **SECURITY_HEADERS
    )


Handler = Callable[[Request, Any], Coroutine[Any, Any, Response]]


def _by_door(handler: Handler) -> Handler:
    """The handler for /v1/ask and the rest; the Messages API's shape for its own door."""

    async def handle(request: Request, exc: Any) -> Response:
        if is_messages_request(request):
            return error_response(request, exc)
        return await handler(request, exc)

    return handle


ERROR_HANDLERS: dict[int | type[Exception], Handler] = {
    kind: _by_door(handler)
    for kind, handler in (
        (RequestValidationError, _invalid_body),
        (StarletteHTTPException, _http_error),
        (Unauthenticated, _unauthenticated),
        (AdminDisabled, _admin_disabled),
        (ContentBlocked, _content_blocked),
        (InvalidRequest, _invalid_request),
        (RetryLater, _retry_later),
        (UpstreamError, _upstream_error),
        (Exception, _unexpected_error),
    )
}


# --- The app ---------------------------------------------------------------------------


def create_app(
    settings: Settings | None = None,
    *,
    gateway: Gateway | None = None,
    authenticator: Authenticator | None = None,
) -> FastAPI:
    """The application; settings from the environment and a real gateway unless given.

    Raises AuthConfigError when the authentication settings are unsafe: it does not start.
    """
    settings = settings or Settings()
    configure_logging(
        json=settings.json_logs, level=settings.log_level, redactor=log_redactor(settings)
    )
    auth = authenticator or build_authenticator(settings)
    service = gateway or Gateway.from_settings(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service.log_model_notices(today=dt.datetime.now(dt.UTC).date())
        yield
        await service.aclose()
        await auth.aclose()

    # The interactive docs and the schema map every route and field for whoever asks: open
    # while developing; in production the schema follows the admin rule (401 without the
    # admin credential, 403 with no ADMIN_TOKEN) and the pages are off, as their browser
    # scripts fetch it without credentials (and load from a CDN).
    developing = settings.app_env == "development"
    app = FastAPI(
        lifespan=lifespan,
        exception_handlers=ERROR_HANDLERS,
        docs_url="/docs" if developing else None,
        redoc_url=None,
        openapi_url="/openapi.json" if developing else None,
    )
    app.state.gateway = service
    app.state.settings = settings
    app.state.authenticator = auth
    app.post("/v1/ask", response_model=AskResponse)(ask)
    app.post("/v1/ask/stream")(ask_stream)
    app.get("/healthz")(healthz)
    app.get("/readyz")(readyz)
    app.get("/metrics")(metrics)
    if not developing:
        app.get("/openapi.json", include_in_schema=False)(openapi_schema)
    if isinstance(auth, ApiKeyAuthenticator):
        app.get("/admin/keys")(admin_keys)
    install_admin_page(app, settings)
    install_messages_api(app, settings)
    install_hardening(app, settings)
    app.add_middleware(RequestContext)  # outermost: its log line sees the final status
    return app
