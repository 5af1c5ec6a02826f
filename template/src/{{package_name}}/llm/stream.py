"""Reading one Claude stream safely: deadlines, stalls, broken streams, usage.

What can go wrong with a stream, and what the SDK does about it (anthropic 2.17):

    no first token in time        nothing: we bound it (STREAM_FIRST_BYTE_S)  first_byte_timeout
    silence between events        nothing: we bound it (STREAM_STALL_S)       stream_stalled
    a stream that runs on         nothing: we bound it (STREAM_MAX_S)         stream_too_long
    `event: error` mid-stream     raises APIStatusError, status 200; never retried
    connection dropped            raises APIConnectionError (from httpx2.RemoteProtocolError;
                                  with an SDK middleware installed, the bare httpx2 error)
    stream ends, no message_stop  nothing at all: stop_reason stays None      stream_truncated

`OpenStream.start` reads until the first text token arrives: until then, the caller may
still retry or fall back, because the user has seen nothing. After it, a failure can only
end the stream with an error event (the gateway does that). Usage comes from
`message_start` (input, cache) and `message_delta` (cumulative output, once the answer is
complete). A stream that ends before `message_delta` (it broke, or the caller left) has
no output count: the gateway books it as max_tokens, the most it can have cost.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import anthropic
import httpx2
from anthropic.types import RawMessageStreamEvent, Usage

from .errors import (
    UNAVAILABLE_MESSAGE,
    Stage,
    UpstreamUnavailable,
    from_sdk_error,
    from_transport_error,
    malformed_response,
)
from .pricing import priceable


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
        self._first: list[str] = []
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
        params: dict[str, Any],
        *,
        first_byte_s: float,
        stall_s: float,
        max_s: float,
        request_id: str,
    ) -> OpenStream:
        """Open the stream and read up to the first text token, within `first_byte_s`; the
        whole stream must end within `max_s` of the first token."""
        opened: OpenStream | None = None
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(first_byte_s):
                events = await client.messages.create(**params, stream=True)
                opened = cls(events, stall_s=first_byte_s, request_id=request_id)
                while not opened._first and not opened.stopped:
                    if (event := await opened._next()) is None:
                        break
                    if (text := opened._absorb(event)) is not None:
                        opened._first.append(text)
                opened._stall_s = stall_s
                opened._ends_at = loop.time() + max_s
        except TimeoutError:
            if opened is not None:
                await opened.aclose()
            raise _unavailable("first_byte_timeout", request_id) from None
        except anthropic.APIError as exc:
            raise from_sdk_error(exc, request_id=request_id, stage=Stage.STREAM) from exc
        except BaseException:
            if opened is not None:
                await opened.aclose()
            raise
        if not opened._first and not opened.stopped:  # ended before any token or stop
            await opened.aclose()
            raise _unavailable("stream_truncated", request_id)
        return opened

    async def texts(self) -> AsyncIterator[str]:
        """Every text token: the one read by `start`, then the rest, each within the stall bound.

        Raises UpstreamUnavailable when the stream stalls, runs past its end, breaks or ends
        without message_stop.
        """
        for text in self._first:
            yield text
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
            if (chunk := self._absorb(event)) is not None:
                yield chunk

    async def aclose(self) -> None:
        await self._stream.close()

    async def _next(self) -> RawMessageStreamEvent | None:
        try:
            return await anext(self._events)
        except StopAsyncIteration:
            return None
        except anthropic.APIError as exc:  # incl. the mid-stream `error` event (status 200)
            raise from_sdk_error(exc, request_id=self._request_id, stage=Stage.STREAM) from exc
        except (httpx2.HTTPError, json.JSONDecodeError) as exc:  # unwrapped: see the table
            raise from_transport_error(
                exc, request_id=self._request_id, stage=Stage.STREAM
            ) from exc

    def _absorb(self, event: RawMessageStreamEvent) -> str | None:
        """Update model, usage and stop reason from one event; its text, if it carries some.

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
                    self.output_reported = True
                    self.stop_reason = event.delta.stop_reason
                case "message_stop":
                    self.stopped = True
                case "content_block_delta" if event.delta.type == "text_delta":
                    text = event.delta.text
                    if not isinstance(text, str):
                        raise self._malformed()
                    return text
        except AttributeError:  # a field every such event has is missing
            raise self._malformed() from None
        return None

    def _malformed(self) -> UpstreamUnavailable:
        return malformed_response(request_id=self._request_id, stage=Stage.STREAM)


def _unavailable(error_type: str, request_id: str) -> UpstreamUnavailable:
    return UpstreamUnavailable(
        UNAVAILABLE_MESSAGE, request_id=request_id, stage=Stage.STREAM, error_type=error_type
    )
