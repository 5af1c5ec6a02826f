"""HTTP hardening around the app: head and body size limits, security headers, CORS (closed
by default).

Pure ASGI middleware, so it also covers responses that never reach a route (404, 405, 413).
Server timeouts live where the server starts (`__main__.py`, `serve`).
"""

from __future__ import annotations

import json

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .config import Settings

SECURITY_HEADERS: dict[str, str] = {
    # A JSON API: nothing to render, frame, sniff or cache.
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
    # Browsers ignore it over plain HTTP; behind TLS it pins HTTPS for a year.
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
}
_RAW_SECURITY_HEADERS = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
MAX_HEAD_BYTES = 16 * 1024
"""Largest request head (request line + headers) served; larger ones are refused with 431."""


class _BodyTooLarge(Exception):
    """Raised from `receive` when the body grows past the limit."""


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in _RAW_SECURITY_HEADERS if n not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadSizeLimit:
    """Refuses a request whose head (request line + headers) exceeds `max_bytes` with 431.

    The server's parser (h11) bounds only a head it is still waiting for the rest of; one
    that arrives whole in one read is parsed at any size. Measured here, every head is.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and head_size(scope) > self.max_bytes:
            message = f"The request's headers exceed {self.max_bytes} bytes."
            await refuse(scope, send, 431, message)
            return
        await self.app(scope, receive, send)


def head_size(scope: Scope) -> int:
    """The request head's size as sent: `METHOD path?query HTTP/x`, `name: value` lines."""
    line = len(scope["method"]) + len(scope.get("raw_path") or b"") + 12  # spaces, version, CRLF
    if scope["query_string"]:
        line += 1 + len(scope["query_string"])
    return line + sum(len(name) + len(value) + 4 for name, value in scope["headers"])


class BodySizeLimit:
    """Refuses request bodies over `max_bytes` with 413, declared or streamed (chunked)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, send)
            return

        received = 0
        too_large = False
        started = refused = False

        async def counting_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    too_large = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            # Frameworks may turn a failed body read into their own error (FastAPI: 400);
            # once the limit was crossed, the answer is our 413 whatever the app says.
            nonlocal started, refused
            if too_large:
                if not refused and not started:
                    refused = True
                    await self._refuse(scope, send)
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except _BodyTooLarge:
            if started:  # too late for a status: the connection is dropped instead
                raise
            if not refused:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        await refuse(scope, send, 413, f"The request body exceeds {self.max_bytes} bytes.")


async def refuse(scope: Scope, send: Send, status: int, message: str) -> None:
    """Answer a request too large to serve (413, 431) and close the connection."""
    # The id RequestContext (outermost) gave the request, also sent as X-Request-Id.
    request_id = scope.get("state", {}).get("request_id")
    # `"type": "error"` makes it the Messages API's error too, for /v1/messages callers.
    body = json.dumps(
        {
            "type": "error",
            "error": {"type": "request_too_large", "message": message},
            "request_id": request_id,
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def install_hardening(app: FastAPI, settings: Settings) -> None:
    """Add the middleware; call it after every other middleware so it wraps them all."""
    if settings.cors_origins:
        # Only the listed origins; credentials travel in the Authorization header, not cookies.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-Request-Id"],
            expose_headers=["X-Request-Id", "Retry-After"],
            max_age=600,
        )
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(HeadSizeLimit, max_bytes=MAX_HEAD_BYTES)
    app.add_middleware(SecurityHeaders)
