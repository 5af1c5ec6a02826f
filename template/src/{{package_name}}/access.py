"""Request ids and the access log: one pure ASGI middleware around the whole app.

Every response carries `X-Request-Id` (the caller's when it is tame, else a new one), the
id is bound into every log line of the request, and each request ends in one
`http.request` event: the access log, in the same JSON and through the same redaction as
the service's other events (uvicorn's own access log is switched off in `serve`).

Pure ASGI rather than `@app.middleware("http")`: Starlette's BaseHTTPMiddleware runs the
app in a task group with in-memory streams, which cost about as much per request as the
whole gateway pipeline.
"""

from __future__ import annotations

import re
import time

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .llm.gateway import new_request_id

log = structlog.get_logger(__name__)

REQUEST_ID_HEADER = "X-Request-Id"
# A caller's request id is echoed into headers and logs, so only a tame one is accepted.
_REQUEST_ID_PATTERN = re.compile(r"[A-Za-z0-9._:-]{1,128}")
_RAW_REQUEST_ID_HEADER = REQUEST_ID_HEADER.lower().encode()
QUIET_ROUTES = frozenset({"/healthz", "/readyz", "/metrics"})
"""Probes and scrapes: logged at debug, or every few seconds of every replica would be noise."""


class RequestContext:
    """Assigns the request id, echoes it, binds it to the logs, logs the request once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        incoming = _header(scope, _RAW_REQUEST_ID_HEADER)
        request_id = incoming if _REQUEST_ID_PATTERN.fullmatch(incoming) else new_request_id()
        # Starlette's `request.state` is this dict: routes and error handlers read it there.
        scope.setdefault("state", {})["request_id"] = request_id
        status = 500  # what the client gets if the app fails before it starts a response

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = message.setdefault("headers", [])
                if not any(name.lower() == _RAW_REQUEST_ID_HEADER for name, _ in headers):
                    headers.append((_RAW_REQUEST_ID_HEADER, request_id.encode()))
            await send(message)

        with structlog.contextvars.bound_contextvars(request_id=request_id):
            try:
                await self.app(scope, receive, send_with_id)
            finally:
                route = getattr(scope.get("route"), "path", None)
                emit = log.debug if route in QUIET_ROUTES else log.info
                emit(
                    "http.request",
                    **{
                        "http.request.method": scope["method"],
                        "http.route": route,
                        "http.response.status_code": status,
                        "http.server.duration_ms": round((time.perf_counter() - started) * 1000, 3),
                    },
                )


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return ""
