"""A fake of the Messages API (`POST /v1/messages`, `/v1/messages/count_tokens`) that the
real SDK talks to.

It plugs in where the network would be (an `httpx2.MockTransport`), so tests and local
runs exercise the SDK's own request building, retries, parsing and error classes. It
answers with the real API's JSON shapes, headers and server-sent-event sequences.

What it answers, unless scripted otherwise (fake_messages.py):
- text echoing the prompt; with tools offered, a `tool_use` of the first custom tool (or
  the one `tool_choice` names) with an input valid for its schema, and once the last user
  turn carries a `tool_result`, a text about the result; `tool_choice` none/any honoured;
- a signed `thinking` block first when thinking is enabled or adaptive;
- JSON valid for the schema of `output_config.format`;
- the cut at a stop sequence or at `max_tokens` (thinking included);
- usage by fixed rules (fake_tokens.count_input_tokens: text, tools, images by size, PDFs
  by page count), with prompt-cache writes and reads for `cache_control` breakpoints;
- the API's own 400s: more than 4 cache breakpoints, a thinking budget not below
  max_tokens, a tool_result without its tool_use, a missing model or max_tokens; and a
  400 for any request whose shape it cannot read (never a dropped connection).

Script it per HTTP attempt: each queued outcome answers one attempt, in order; when the
queue is empty it answers with `then` (by default a reply from the request). Every request
it receives is recorded, with its endpoint.

    fake = FakeMessagesAPI(Fail.overloaded(), Reply("Hello!"))   # one 529, then an answer
    fake = FakeMessagesAPI(then=Fail.overloaded())              # 529 forever
    fake.enqueue(Reply(tool_use=ToolCall("search", {"q": "x"})))  # a scripted tool call
    client = create_client(settings, fake=fake)                  # see client.py

Faults it can play (the outcome classes below): any error status with the API's error body
(`Fail`: 400/401/403/404/413, 429 with or without `retry-after`, the spend-cap 429,
500/502/503/504, 529), a read timeout, a refused or reset connection, a malformed JSON
body, and for streams a slow first byte, slow or stalled events, a mid-stream `error`
event, a dropped connection and a stream that ends before `message_stop` (`StreamFault`).

The same script runs from the environment (`FAKE_SCRIPT`, see `parse_script`) and as a
real HTTP server for multi-process tests and demos:

    python -m <package>.llm.fake --port 8099 --script "429,429,ok"
    ANTHROPIC_BASE_URL=http://127.0.0.1:8099 ANTHROPIC_API_KEY=any <package> serve
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import re
import uuid
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import httpx2

from .fake_messages import (
    Event,
    ToolCall,
    fit_to_max_tokens,
    reply_blocks,
    request_error,
    stop_at_sequences,
    stream_events,
)
from .fake_tokens import InputUsage, PromptCache, count_input_tokens, prompt_pieces

__all__ = [
    "ConnectionRefused",
    "ConnectionReset",
    "Fail",
    "FakeMessagesAPI",
    "FakeServerApp",
    "Malformed",
    "Outcome",
    "ReceivedRequest",
    "Reply",
    "StreamFault",
    "TimedOut",
    "ToolCall",
    "count_input_tokens",
    "parse_script",
]

MESSAGES_PATH = "/v1/messages"
COUNT_TOKENS_PATH = "/v1/messages/count_tokens"
RATE_LIMIT_REQUESTS = 1_000
RATE_LIMIT_TOKENS = 400_000
HANG_S = 3600.0
"""How long a stalled stream or a timed-out HTTP server answer stays silent."""

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
    """A successful answer. What is omitted comes from the request (see fake_messages.py):
    the content from the prompt and the tools offered, token counts by fake_tokens.py's
    rules, cache tokens from the fake's prompt cache."""

    text: str | None = None
    """The answer's text; with `tool_use`, the text before the call."""
    input_tokens: int | None = None
    """Uncached input tokens; when given, no cache tokens unless given too."""
    output_tokens: int | None = None
    """When given, reported as is and the content is not cut at max_tokens."""
    stop_reason: str = "end_turn"
    cache_read_input_tokens: int | None = None
    cache_creation_input_tokens: int | None = None
    model: str | None = None
    """The model named in the response; by default the requested one."""
    delay_s: float = 0.0
    """Seconds before the response starts (a slow first byte)."""
    event_delay_s: float = 0.0
    """Seconds between two stream events (a slow stream)."""
    fault: StreamFault | None = None
    """What goes wrong part-way through a stream (ignored without `"stream": true`)."""
    tool_use: ToolCall | None = None
    """Call this tool (stop reason `tool_use`), whatever tools the request offers."""
    content: Sequence[Mapping[str, Any]] | None = None
    """The content blocks exactly (raw API shapes), instead of any generated content."""
    server_tool_uses: Mapping[str, int] | None = None
    """`usage.server_tool_use`, e.g. {"web_search_requests": 2}; unnamed counts are 0."""


@dataclass(frozen=True)
class StreamFault:
    """A stream that breaks after `after` events (3 = message_start, block start, ping).

    `error_event`: an `event: error` with `overloaded_error` (the SDK raises APIStatusError
    with status 200); `drop`: the connection drops (httpx2.RemoteProtocolError); `truncate`:
    the stream just ends, no message_stop; `stall`: silence, as from a hung upstream.
    """

    kind: Literal["error_event", "drop", "truncate", "stall"]
    after: int = 4
    """Events sent before the fault; the default lets exactly one text delta through."""


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


@dataclass(frozen=True)
class ConnectionRefused:
    """Nothing listens at the API's address (the SDK raises APIConnectionError)."""


@dataclass(frozen=True)
class Malformed:
    """A 200 whose body is not a Message: cut-off JSON by default, as from a broken proxy;
    any other `body` and `content_type` (an HTML page, `{}`, a Message missing its usage)."""

    body: bytes = b'{"id": "msg_fake", "type": "mess'
    content_type: str = "application/json"


Outcome = Reply | Fail | TimedOut | ConnectionReset | ConnectionRefused | Malformed


@dataclass(frozen=True)
class ReceivedRequest:
    """One HTTP attempt as the fake received it."""

    headers: Mapping[str, str]
    body: Mapping[str, Any]
    timeouts: Mapping[str, float | None]
    """The client's timeouts for this attempt, in seconds: connect, read, write, pool."""
    path: str = MESSAGES_PATH
    """The endpoint: `/v1/messages` or `/v1/messages/count_tokens`."""


class FakeMessagesAPI:
    """The fake server: a queue of scripted outcomes, a log of received requests and a
    prompt cache (prefixes of `min_cacheable_tokens` or more, as with the API's minimum)."""

    def __init__(
        self, *script: Outcome, then: Outcome | None = None, min_cacheable_tokens: int = 1024
    ) -> None:
        self.script: deque[Outcome] = deque(script)
        self.then = then
        """What answers once the script is used up; None: a reply from the prompt."""
        self.requests: list[ReceivedRequest] = []
        self.cache = PromptCache(min_cacheable_tokens)

    @classmethod
    def from_script(cls, script: str) -> FakeMessagesAPI:
        """A fake playing a `FAKE_SCRIPT` string (see `parse_script`)."""
        outcomes, then = parse_script(script)
        return cls(*outcomes, then=then)

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
        path = request.url.path
        if request.method != "POST" or path not in (MESSAGES_PATH, COUNT_TOKENS_PATH):
            return _error(Fail(404, message=f"Not found: {path}"), request_id)
        body: dict[str, Any] = json.loads(request.content)
        self.requests.append(
            ReceivedRequest(
                headers=dict(request.headers),
                body=body,
                timeouts=dict(request.extensions.get("timeout", {})),
                path=path,
            )
        )
        outcome = self.script.popleft() if self.script else (self.then or Reply())
        match outcome:
            case TimedOut():
                raise httpx2.ReadTimeout("fake: read timed out", request=request)
            case ConnectionReset():
                raise httpx2.ReadError("fake: connection reset by peer", request=request)
            case ConnectionRefused():
                raise httpx2.ConnectError("fake: connection refused", request=request)
            case Malformed():
                headers = {**_headers(request_id), "content-type": outcome.content_type}
                return httpx2.Response(200, content=outcome.body, headers=headers)
            case Fail():
                return _error(outcome, request_id)
            case Reply():
                try:
                    return await self._answer(outcome, body, path, request_id)
                except (AttributeError, KeyError, TypeError, ValueError) as unreadable:
                    # A shape the fake cannot read (a number where an object belongs): the
                    # API answers 400, not a dropped connection the gateway would retry.
                    reason = f"{type(unreadable).__name__}: {unreadable}"
                    message = f"The fake could not read this request ({reason})"
                    return _error(Fail(400, message=message), request_id)

    async def _answer(
        self, reply: Reply, body: Mapping[str, Any], path: str, request_id: str
    ) -> httpx2.Response:
        """A Message (or a token count), or the 400 the API gives for this request."""
        counting = path == COUNT_TOKENS_PATH
        pieces = prompt_pieces(body)
        problem = request_error(body, pieces, counting=counting)
        if problem is not None:
            return _error(Fail(400, message=problem), request_id)
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        if counting:
            tokens = reply.input_tokens
            count = {"input_tokens": count_input_tokens(body) if tokens is None else tokens}
            return httpx2.Response(200, json=count, headers=_headers(request_id))
        if reply.input_tokens is None:
            usage = self.cache.split(body, pieces)
        else:
            usage = InputUsage(reply.input_tokens)
        message = _message(reply, body, usage)
        if body.get("stream"):
            return _stream(message, request_id, reply)
        return httpx2.Response(200, json=message, headers=_headers(request_id))


def _message(reply: Reply, body: Mapping[str, Any], usage: InputUsage) -> dict[str, Any]:
    """The Message a reply stands for, cut at a stop sequence or max_tokens like the model."""
    if reply.content is not None:
        blocks = [dict(block) for block in reply.content]
        calls = any(block.get("type") == "tool_use" for block in blocks)
        stop_reason = "tool_use" if calls and reply.stop_reason == "end_turn" else reply.stop_reason
    else:
        blocks, stop_reason = reply_blocks(body, reply.text, reply.tool_use, reply.stop_reason)
    blocks, stop_reason, stop_sequence = stop_at_sequences(
        blocks, body.get("stop_sequences") or [], stop_reason
    )
    if reply.output_tokens is None:
        blocks, stop_reason, output_tokens = fit_to_max_tokens(
            blocks, int(body["max_tokens"]), stop_reason
        )
    else:  # scripted usage: the content is reported whole, as given
        output_tokens = reply.output_tokens
    written = dict(usage.cache_creation)
    if reply.cache_creation_input_tokens is not None:
        written = {"5m": reply.cache_creation_input_tokens}
    read = (
        usage.cache_read if reply.cache_read_input_tokens is None else reply.cache_read_input_tokens
    )
    usage_body: dict[str, Any] = {
        "input_tokens": usage.input_tokens,
        "output_tokens": output_tokens,
        "cache_creation_input_tokens": sum(written.values()),
        "cache_read_input_tokens": read,
        "cache_creation": {
            "ephemeral_5m_input_tokens": written.get("5m", 0),
            "ephemeral_1h_input_tokens": written.get("1h", 0),
        },
        "service_tier": "standard",
    }
    if reply.server_tool_uses is not None:
        usage_body["server_tool_use"] = {
            "web_search_requests": 0,
            "web_fetch_requests": 0,
            **reply.server_tool_uses,
        }
    return {
        "id": f"msg_fake_{uuid.uuid4().hex[:24]}",
        "type": "message",
        "role": "assistant",
        "model": reply.model or body["model"],
        "content": blocks,
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
        "usage": usage_body,
    }


def _stream(message: Mapping[str, Any], request_id: str, reply: Reply) -> httpx2.Response:
    """The message as the API streams it (see fake_messages.stream_events)."""
    events = stream_events(message)
    headers = {**_headers(request_id), "content-type": "text/event-stream"}
    if reply.fault is None and not reply.event_delay_s:
        return httpx2.Response(200, content=_sse(events), headers=headers)
    return httpx2.Response(200, content=_paced(events, reply), headers=headers)


def _sse(events: list[Event]) -> bytes:
    return "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events).encode()


async def _paced(events: list[Event], reply: Reply) -> AsyncIterator[bytes]:
    """The events one at a time, with the reply's delays and fault."""
    fault = reply.fault
    for sent, event in enumerate(events):
        if fault is not None and sent == fault.after:
            match fault.kind:
                case "error_event":
                    error = {"type": "overloaded_error", "message": "Overloaded"}
                    yield _sse([("error", {"type": "error", "error": error})])
                case "drop":
                    raise httpx2.RemoteProtocolError("fake: peer closed connection mid-stream")
                case "stall":
                    await asyncio.sleep(HANG_S)
            return  # truncate, or after the error event: the stream ends here
        if sent and reply.event_delay_s:
            await asyncio.sleep(reply.event_delay_s)
        yield _sse([event])


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


# --- Scripts from text (FAKE_SCRIPT, --script) -----------------------------------------

_NAMED: dict[str, Outcome] = {
    "ok": Reply(),
    "spend-limit": Fail.spend_limit_reached(),
    "timeout": TimedOut(),
    "reset": ConnectionReset(),
    "refused": ConnectionRefused(),
    "malformed": Malformed(),
    "slow": Reply(delay_s=2.0, event_delay_s=0.2),
    "stall": Reply(fault=StreamFault("stall")),
    "mid-stream-error": Reply(fault=StreamFault("error_event")),
    "drop": Reply(fault=StreamFault("drop")),
    "truncate": Reply(fault=StreamFault("truncate")),
}
_ITEM = re.compile(
    r"(?P<name>[a-z-]+|\d{3})(?:@(?P<retry_after>\d+(?:\.\d+)?))?(?:x(?P<times>\d+))?"
)
SCRIPT_GRAMMAR = (
    "comma-separated items, each answering one HTTP attempt: ok, an error status "
    f"({', '.join(str(s) for s in sorted(_ERROR_TYPES))}) optionally with @SECONDS of "
    f"retry-after (429@2), or one of {', '.join(n for n in _NAMED if n != 'ok')}; "
    "xN repeats an item (429x2), a final * repeats the last item forever (529*)"
)


def parse_script(script: str) -> tuple[list[Outcome], Outcome | None]:
    """Outcomes from text such as `429,429,ok` or `529*`; raises ValueError saying what is wrong.

    Returns the queued outcomes and the one that repeats forever (None: a normal reply).
    """
    text = script.strip()
    if not text:
        return [], None
    forever = text.endswith("*")
    items = [item.strip() for item in text.removesuffix("*").split(",")]
    outcomes: list[Outcome] = []
    for item in items:
        match = _ITEM.fullmatch(item)
        outcome = _outcome(match) if match else None
        if match is None or outcome is None:
            raise ValueError(
                f"fake script item {item!r} is not understood; expected {SCRIPT_GRAMMAR}"
            )
        outcomes.extend([outcome] * int(match["times"] or 1))
    return (outcomes[:-1], outcomes[-1]) if forever else (outcomes, None)


def _outcome(match: re.Match[str]) -> Outcome | None:
    name, retry_after = match["name"], match["retry_after"]
    if name.isdigit():
        status = int(name)
        if status not in _ERROR_TYPES:
            return None
        wait = float(retry_after) if retry_after is not None else None
        return Fail(status, message=f"Fake {status}", retry_after=wait)
    return None if retry_after is not None else _NAMED.get(name)


# --- A real HTTP server (multi-process tests, demos) -------------------------------------

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class FakeServerApp:
    """The fake as an ASGI app, to run under uvicorn on a real port.

    Over a real socket some faults look slightly different: a refused or reset connection
    becomes a response whose connection drops after the headers, and a timeout is a
    response that never comes (the client's own read timeout fires).
    """

    def __init__(self, fake: FakeMessagesAPI) -> None:
        self.fake = fake

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # lifespan and websockets: nothing to set up
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        request = httpx2.Request(
            scope["method"], f"http://fake{scope['path']}", headers=headers, content=body
        )
        try:
            response = await self.fake.handle(request)
        except httpx2.TimeoutException:
            await asyncio.sleep(HANG_S)
            return
        except httpx2.TransportError:
            await send({"type": "http.response.start", "status": 200, "headers": []})
            raise  # uvicorn drops the connection mid-response
        raw_headers = [
            (k.encode(), v.encode())
            for k, v in response.headers.items()
            if k not in ("content-length", "transfer-encoding")
        ]
        await send(
            {"type": "http.response.start", "status": response.status_code, "headers": raw_headers}
        )
        try:
            body = response.content  # built in memory: all there
        except httpx2.ResponseNotRead:  # a paced stream: relay it as it comes
            async for chunk in response.aiter_raw():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            body = b""
        await send({"type": "http.response.body", "body": body})


def main(argv: list[str] | None = None) -> None:
    """`python -m <package>.llm.fake --port N --script "429,429,ok"`: serve the fake."""
    import uvicorn  # only the server mode needs it

    parser = argparse.ArgumentParser(description="Serve the fake Messages API over HTTP.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--script", default="", help=SCRIPT_GRAMMAR)
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="model time: wait this long before each answer once the script is used up "
        "(default: answer at once)",
    )
    args = parser.parse_args(argv)
    if args.latency_ms < 0:
        parser.error("--latency-ms must be 0 or more")
    try:
        fake = FakeMessagesAPI.from_script(args.script)
    except ValueError as exc:
        parser.error(str(exc))
    if args.latency_ms and fake.then is None:
        fake.then = Reply(delay_s=args.latency_ms / 1000)
    uvicorn.run(FakeServerApp(fake), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
