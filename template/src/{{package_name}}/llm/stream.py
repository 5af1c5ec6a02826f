"""Reading one Claude stream safely: deadlines, stalls, broken streams, usage.

What can go wrong with a stream, and what the SDK does about it (anthropic 2.17):

    no first token in time        nothing: we bound it (STREAM_FIRST_BYTE_S)  first_byte_timeout
    silence between events        nothing: we bound it (STREAM_STALL_S)       stream_stalled
    a stream that runs on         nothing: we bound it (STREAM_MAX_S)         stream_too_long
    `event: error` mid-stream     raises APIStatusError, status 200; never retried
    connection dropped            raises APIConnectionError (from httpx2.RemoteProtocolError;
                                  with an SDK middleware installed, the bare httpx2 error)
    stream ends, no message_stop  nothing at all: stop_reason stays None      stream_truncated

`OpenStream.start` reads until the first content arrives (a text, thinking or tool-input
delta), keeping the events before it: until then, the caller may still retry or fall
back, because the user has seen nothing. After it, a failure can only end the stream
(the gateway books it, and each door says so in its own way). Usage comes from
`message_start` (input, cache) and `message_delta` (cumulative output, once the answer is
complete). A stream that ends before `message_delta` (it broke, or the caller left) has
no output count: the gateway books it as max_tokens, the most it can have cost.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import anthropic
from anthropic.types import (
    ContentBlock,
    InputJSONDelta,
    Message,
    MessageDeltaUsage,
    RawContentBlockDelta,
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    RawContentBlockStopEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    RawMessageStopEvent,
    RawMessageStreamEvent,
    SignatureDelta,
    TextBlock,
    TextDelta,
    ThinkingBlock,
    ThinkingDelta,
    ToolUseBlock,
    Usage,
)
from anthropic.types.raw_message_delta_event import Delta

from .errors import UNAVAILABLE_MESSAGE, Stage, UpstreamUnavailable, malformed_response
from .pricing import priceable
from .request import Params
from .upstream import sdk_errors


class OpenStream:
    """An SDK stream read with timeouts, collecting usage as it goes."""

    def __init__(
        self,
        events: anthropic.AsyncStream[RawMessageStreamEvent],
        *,
        stall_s: float,
        request_id: str,
    ) -> None:
        self._stream = events
        self._events = events.__aiter__()
        self._stall_s = stall_s
        self._ends_at = float("inf")
        """The event loop's time by which the stream must be over (set by `start` at the
        first token): its budget hold lasts only so long (config.HOLD_TTL_S)."""
        self._request_id = request_id
        self._first: list[RawMessageStreamEvent] = []
        """The events read by `start`, up to and including the first content."""
        self.anthropic_request_id: str | None = events.response.headers.get("request-id")
        self.model: str | None = None
        self.message_id: str | None = None
        self.stop_reason: str | None = None
        self.stopped = False
        self.usage = Usage(input_tokens=0, output_tokens=0)
        self.output_reported = False
        """Whether `message_delta` came, with the answer's output tokens in `usage`."""

    @classmethod
    async def start(
        cls,
        client: anthropic.AsyncAnthropic,
        params: Params,
        *,
        first_byte_s: float,
        stall_s: float,
        max_s: float,
        request_id: str,
    ) -> OpenStream:
        """Open the stream and read up to the first content, within `first_byte_s`; the
        whole stream must end within `max_s` of the first content."""
        opened: OpenStream | None = None
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(first_byte_s):
                with sdk_errors(request_id, Stage.STREAM):
                    events = await client.messages.create(**params, stream=True)
                opened = cls(events, stall_s=first_byte_s, request_id=request_id)
                content = False
                while not content and not opened.stopped:
                    if (event := await opened._next()) is None:
                        break
                    content = opened._absorb(event)
                    opened._first.append(event)
                opened._stall_s = stall_s
                opened._ends_at = loop.time() + max_s
        except TimeoutError:
            if opened is not None:
                await opened.aclose()
            raise _unavailable("first_byte_timeout", request_id) from None
        except BaseException:
            if opened is not None:
                await opened.aclose()
            raise
        if not content and not opened.stopped:  # ended before any content or stop
            await opened.aclose()
            raise _unavailable("stream_truncated", request_id)
        return opened

    async def events(self) -> AsyncIterator[RawMessageStreamEvent]:
        """Every event: those read by `start`, then the rest, each within the stall bound.

        Raises UpstreamUnavailable when the stream stalls, runs past its end, breaks or ends
        without message_stop.
        """
        for first in self._first:
            yield first
        loop = asyncio.get_running_loop()
        while not self.stopped:
            left = self._ends_at - loop.time()
            try:
                async with asyncio.timeout(min(self._stall_s, left)):
                    event = await self._next()
            except TimeoutError:
                ran_out = loop.time() >= self._ends_at
                kind = "stream_too_long" if ran_out else "stream_stalled"
                raise _unavailable(kind, self._request_id) from None
            if event is None:
                raise _unavailable("stream_truncated", self._request_id)
            self._absorb(event)
            yield event

    async def aclose(self) -> None:
        await self._stream.close()

    async def _next(self) -> RawMessageStreamEvent | None:
        # sdk_errors: the mid-stream `error` event (status 200) and a dropped connection too.
        with sdk_errors(self._request_id, Stage.STREAM, encodes=False):
            try:
                return await anext(self._events)
            except StopAsyncIteration:
                return None

    def _absorb(self, event: RawMessageStreamEvent) -> bool:
        """Update model, usage and stop reason from one event; whether it carries content.

        The SDK does not validate events: one without the fields read here is a malformed
        response (not retried), rather than an AttributeError that cuts the stream.
        """
        try:
            match event.type:
                case "message_start":
                    usage = event.message.usage
                    if not priceable(usage):  # the stream is booked from it, however it ends
                        raise self._malformed()
                    self.model, self.message_id = event.message.model, event.message.id
                    self.usage = usage.model_copy()
                case "message_delta":
                    if not isinstance(event.usage.output_tokens, int):
                        raise self._malformed()
                    self.usage.output_tokens = event.usage.output_tokens
                    if event.usage.server_tool_use is not None:
                        self.usage.server_tool_use = event.usage.server_tool_use
                    self.output_reported = True
                    self.stop_reason = event.delta.stop_reason
                case "message_stop":
                    self.stopped = True
                case "content_block_delta":
                    if event.delta.type == "text_delta" and not isinstance(event.delta.text, str):
                        raise self._malformed()
                    return True
        except AttributeError:  # a field every such event has is missing
            raise self._malformed() from None
        return False

    def _malformed(self) -> UpstreamUnavailable:
        return malformed_response(request_id=self._request_id, stage=Stage.STREAM)


def _unavailable(error_type: str, request_id: str) -> UpstreamUnavailable:
    return UpstreamUnavailable(
        UNAVAILABLE_MESSAGE, request_id=request_id, stage=Stage.STREAM, error_type=error_type
    )


def events_of(message: Message) -> list[RawMessageStreamEvent]:
    """A whole Message as the events the API streams for it, for a reply that was not
    streamed (a fallback's) but must reach a streaming caller in the same shape."""
    start = message.model_copy(
        update={
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": message.usage.model_copy(update={"output_tokens": 0}),
        }
    )
    events: list[RawMessageStreamEvent] = [
        RawMessageStartEvent(type="message_start", message=start)
    ]
    for index, block in enumerate(message.content):
        events += _block_events(index, block)
    usage = MessageDeltaUsage(
        output_tokens=message.usage.output_tokens,
        input_tokens=message.usage.input_tokens,
        cache_creation_input_tokens=message.usage.cache_creation_input_tokens,
        cache_read_input_tokens=message.usage.cache_read_input_tokens,
        server_tool_use=message.usage.server_tool_use,
    )
    delta = Delta(stop_reason=message.stop_reason, stop_sequence=message.stop_sequence)
    events.append(RawMessageDeltaEvent(type="message_delta", delta=delta, usage=usage))
    events.append(RawMessageStopEvent(type="message_stop"))
    return events


def _block_events(index: int, block: ContentBlock) -> list[RawMessageStreamEvent]:
    """One content block as start, one delta carrying all of it (where the API streams
    that block type), and stop."""
    delta: RawContentBlockDeltaEvent | None = None
    match block:
        case TextBlock():
            opening: ContentBlock = block.model_copy(update={"text": "", "citations": None})
            delta = _delta(index, TextDelta(type="text_delta", text=block.text))
        case ToolUseBlock():
            opening = block.model_copy(update={"input": {}})
            partial = json.dumps(block.input)
            delta = _delta(index, InputJSONDelta(type="input_json_delta", partial_json=partial))
        case ThinkingBlock():
            opening = block.model_copy(update={"thinking": "", "signature": ""})
            delta = _delta(index, ThinkingDelta(type="thinking_delta", thinking=block.thinking))
        case _:
            opening = block
    events: list[RawMessageStreamEvent] = [
        RawContentBlockStartEvent(type="content_block_start", index=index, content_block=opening)
    ]
    if delta is not None:
        events.append(delta)
    if isinstance(block, ThinkingBlock):
        signature = SignatureDelta(type="signature_delta", signature=block.signature)
        events.append(_delta(index, signature))
    events.append(RawContentBlockStopEvent(type="content_block_stop", index=index))
    return events


def _delta(index: int, delta: RawContentBlockDelta) -> RawContentBlockDeltaEvent:
    return RawContentBlockDeltaEvent(type="content_block_delta", index=index, delta=delta)
