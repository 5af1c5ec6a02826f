"""A fake of the Messages API (`POST /v1/messages`) that the real SDK talks to.

It plugs in where the network would be (an `httpx2.MockTransport`), so tests and local
runs exercise the SDK's own request building, retries, parsing and error classes. It
answers with the real API's JSON shapes, headers and server-sent-event sequence.

Script it per HTTP attempt: each queued outcome answers one attempt, in order; when the
queue is empty it replies from the prompt. Every request it receives is recorded.

    fake = FakeMessagesAPI(Fail.overloaded(), Reply("Hello!"))   # one 529, then an answer
    client = create_client(settings, fake=fake)                  # see client.py
"""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx2

CHARS_PER_TOKEN = 4
"""A rough English average, good enough to make fake usage numbers plausible."""
RATE_LIMIT_REQUESTS = 1_000
RATE_LIMIT_TOKENS = 400_000

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    502: "api_error",
    503: "api_error",
    504: "timeout_error",
    529: "overloaded_error",
}


@dataclass(frozen=True)
class Reply:
    """A successful answer. Omitted text is derived from the prompt, token counts from text."""

    text: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    stop_reason: str = "end_turn"
    cache_read_input_tokens: int = 0
    cache_creation_input_tokens: int = 0
    model: str | None = None
    """The model named in the response; by default the requested one."""


@dataclass(frozen=True)
class Fail:
    """An error response with the API's error body and headers."""

    status: int
    error_type: str | None = None
    """Defaults to the API's type for the status, e.g. `overloaded_error` for 529."""
    message: str = "Fake failure"
    retry_after: float | None = None
    retry_after_ms: int | None = None
    error_code: str | None = None
    """`error.details.error_code`, e.g. `enforced_spend_limit_reached`."""

    @classmethod
    def overloaded(cls, *, retry_after_ms: int | None = 1) -> Fail:
        """529. Asks for a 1 ms wait by default, so the SDK's retries take no time in tests."""
        return cls(529, message="Overloaded", retry_after_ms=retry_after_ms)

    @classmethod
    def rate_limited(
        cls, *, retry_after: float | None = None, retry_after_ms: int | None = 1
    ) -> Fail:
        """429 from the API's own rate limiter (the SDK retries it)."""
        return cls(
            429,
            message="Number of requests has exceeded your rate limit",
            retry_after=retry_after,
            retry_after_ms=retry_after_ms,
        )

    @classmethod
    def spend_limit_reached(cls) -> Fail:
        """429 for the organisation's monthly spend cap; no retry-after, as from the real API."""
        return cls(
            429,
            message="You have reached your organization's monthly spend limit",
            error_code="enforced_spend_limit_reached",
        )

    def body(self, request_id: str) -> dict[str, Any]:
        """The API's error body for this failure."""
        error: dict[str, Any] = {
            "type": self.error_type or _ERROR_TYPES.get(self.status, "api_error"),
            "message": self.message,
        }
        if self.error_code is not None:
            error["details"] = {"error_code": self.error_code}
        return {"type": "error", "error": error, "request_id": request_id}


@dataclass(frozen=True)
class TimedOut:
    """The attempt times out before any response (the SDK raises APITimeoutError)."""


@dataclass(frozen=True)
class ConnectionReset:
    """The connection drops before any response (the SDK raises APIConnectionError)."""


Outcome = Reply | Fail | TimedOut | ConnectionReset


@dataclass(frozen=True)
class ReceivedRequest:
    """One HTTP attempt as the fake received it."""

    headers: Mapping[str, str]
    body: Mapping[str, Any]


class FakeMessagesAPI:
    """The fake server: a queue of scripted outcomes and a log of received requests."""

    def __init__(self, *script: Outcome) -> None:
        self.script: deque[Outcome] = deque(script)
        self.requests: list[ReceivedRequest] = []

    def enqueue(self, *outcomes: Outcome) -> None:
        """Answer the next attempts with these outcomes, one per attempt."""
        self.script.extend(outcomes)

    @property
    def attempts(self) -> int:
        """How many HTTP requests reached the fake."""
        return len(self.requests)

    @property
    def transport(self) -> httpx2.MockTransport:
        """The transport to give an `httpx2.AsyncClient` (see client.create_client)."""
        return httpx2.MockTransport(self.handle)

    async def handle(self, request: httpx2.Request) -> httpx2.Response:
        """Answer one HTTP attempt."""
        request_id = f"req_fake_{uuid.uuid4().hex[:24]}"
        if request.method != "POST" or request.url.path != "/v1/messages":
            return _error(Fail(404, message=f"Not found: {request.url.path}"), request_id)
        body: dict[str, Any] = json.loads(request.content)
        self.requests.append(ReceivedRequest(headers=dict(request.headers), body=body))
        outcome = self.script.popleft() if self.script else Reply()
        match outcome:
            case TimedOut():
                raise httpx2.ReadTimeout("fake: read timed out", request=request)
            case ConnectionReset():
                raise httpx2.ReadError("fake: connection reset by peer", request=request)
            case Fail():
                return _error(outcome, request_id)
            case Reply():
                if "max_tokens" not in body or "model" not in body:
                    missing = Fail(400, message="max_tokens and model: field required")
                    return _error(missing, request_id)
                message = _message(outcome, body)
                if body.get("stream"):
                    return _stream(message, request_id)
                return httpx2.Response(200, json=message, headers=_headers(request_id))


def _message(reply: Reply, body: Mapping[str, Any]) -> dict[str, Any]:
    """The Message a reply stands for, cut at max_tokens like the real model."""
    max_tokens = int(body["max_tokens"])
    text = reply.text if reply.text is not None else _default_text(body)
    stop_reason = reply.stop_reason
    if reply.output_tokens is None and _tokens(text) > max_tokens:
        text, stop_reason = text[: max_tokens * CHARS_PER_TOKEN], "max_tokens"
    return {
        "id": f"msg_fake_{uuid.uuid4().hex[:24]}",
        "type": "message",
        "role": "assistant",
        "model": reply.model or body["model"],
        "content": [{"type": "text", "text": text}],
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {
            "input_tokens": reply.input_tokens
            if reply.input_tokens is not None
            else _tokens(_prompt_text(body)),
            "output_tokens": reply.output_tokens
            if reply.output_tokens is not None
            else _tokens(text),
            "cache_creation_input_tokens": reply.cache_creation_input_tokens,
            "cache_read_input_tokens": reply.cache_read_input_tokens,
        },
    }


def _stream(message: Mapping[str, Any], request_id: str) -> httpx2.Response:
    """The message as the API streams it: start, one text block in deltas, delta, stop."""
    text = message["content"][0]["text"]
    start = {**message, "content": [], "stop_reason": None}
    start["usage"] = {**message["usage"], "output_tokens": 1}
    events: list[tuple[str, dict[str, Any]]] = [
        ("message_start", {"type": "message_start", "message": start}),
        (
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        ),
        ("ping", {"type": "ping"}),
        *(
            (
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": 0,
                    "delta": {"type": "text_delta", "text": chunk},
                },
            )
            for chunk in _chunks(text)
        ),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
                "usage": {"output_tokens": message["usage"]["output_tokens"]},
            },
        ),
        ("message_stop", {"type": "message_stop"}),
    ]
    payload = "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events)
    headers = {**_headers(request_id), "content-type": "text/event-stream"}
    return httpx2.Response(200, content=payload.encode(), headers=headers)


def _error(failure: Fail, request_id: str) -> httpx2.Response:
    headers = _headers(request_id)
    if failure.retry_after is not None:
        headers["retry-after"] = f"{failure.retry_after:g}"
    if failure.retry_after_ms is not None:
        headers["retry-after-ms"] = str(failure.retry_after_ms)
    return httpx2.Response(failure.status, json=failure.body(request_id), headers=headers)


def _headers(request_id: str) -> dict[str, str]:
    """`request-id` and the rate-limit headers every API response carries."""
    reset = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    headers = {"request-id": request_id}
    for kind, limit in (("requests", RATE_LIMIT_REQUESTS), ("tokens", RATE_LIMIT_TOKENS)):
        headers[f"anthropic-ratelimit-{kind}-limit"] = str(limit)
        headers[f"anthropic-ratelimit-{kind}-remaining"] = str(limit - 1)
        headers[f"anthropic-ratelimit-{kind}-reset"] = reset
    return headers


def _default_text(body: Mapping[str, Any]) -> str:
    """A reply that shows which prompt it answers, so a local run is easy to follow."""
    last = _content_text(body["messages"][-1]["content"]) if body.get("messages") else ""
    return f"(fake reply) You asked: {last[:200]}"


def _prompt_text(body: Mapping[str, Any]) -> str:
    system = body.get("system", "")
    system_text = system if isinstance(system, str) else _content_text(system)
    return system_text + "".join(_content_text(m["content"]) for m in body.get("messages", []))


def _content_text(content: str | list[Mapping[str, Any]]) -> str:
    if isinstance(content, str):
        return content
    return "".join(block.get("text", "") for block in content)


def _tokens(text: str) -> int:
    return max(1, math.ceil(len(text) / CHARS_PER_TOKEN))


def _chunks(text: str, size: int = 16) -> Iterator[str]:
    # At least one delta, as the API sends for any non-empty block.
    yield from (text[i : i + size] for i in range(0, max(len(text), 1), size))
