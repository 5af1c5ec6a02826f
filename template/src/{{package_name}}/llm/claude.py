"""`Claude`: the SDK's `messages` interface onto the pipeline, for code that already speaks it.

A prototype moves onto the service by changing how it builds its client, not its calls:

    client = anthropic.AsyncAnthropic()                     # before
    client = Claude.from_settings(Settings(), user="alice") # after: same calls, same types

`messages.create`, `messages.stream` and `messages.count_tokens` take the SDK's own
parameters (its TypedDicts) and return its own types (`Message`, the stream manager of
`AsyncAnthropic().messages.stream`, `MessageTokensCount`). Who is calling comes from
`user=` (per client or per call) or from `calling_as(...)`, which the API layer sets from
authentication. Failures raise the errors of errors.py, never an SDK exception.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

import httpx2
from anthropic.lib.streaming import AsyncMessageStreamManager
from anthropic.types import (
    Message,
    MessageCountTokensParams,
    MessageTokensCount,
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    RawContentBlockStopEvent,
    RawMessageStreamEvent,
    TextBlock,
    TextDelta,
)
from anthropic.types.message_create_params import (
    MessageCreateParamsBase,
    MessageCreateParamsNonStreaming,
)
from typing_extensions import Unpack

from ..config import Settings
from .budget import SERVICE_QUOTA, Quota
from .fake import FakeMessagesAPI
from .gateway import Gateway, StreamEnd, StreamItem

if TYPE_CHECKING:
    from anthropic import AsyncStream


@dataclass(frozen=True)
class Caller:
    """Who a call is for (from authentication), and their own limits where they have any."""

    user_id: str
    quota: Quota = field(default_factory=Quota)
    request_id: str | None = None


_caller: ContextVar[Caller | None] = ContextVar("llm_caller", default=None)


@contextlib.contextmanager
def calling_as(
    user_id: str, *, quota: Quota | None = None, request_id: str | None = None
) -> Iterator[Caller]:
    """Calls made inside the block are for this user (the API layer sets it per request)."""
    caller = Caller(user_id, quota or SERVICE_QUOTA, request_id)
    token = _caller.set(caller)
    try:
        yield caller
    finally:
        _caller.reset(token)


class Claude:
    """The SDK-shaped client: `messages.create`, `.stream` and `.count_tokens`."""

    def __init__(self, gateway: Gateway, *, user: str | None = None) -> None:
        self.gateway = gateway
        self.messages = Messages(gateway, user=user)

    @classmethod
    def from_settings(
        cls, settings: Settings, *, user: str | None = None, fake: FakeMessagesAPI | None = None
    ) -> Claude:
        """A client with its own gateway (`fake`: see client.create_client)."""
        return cls(Gateway.from_settings(settings, fake=fake), user=user)

    async def aclose(self) -> None:
        await self.gateway.aclose()

    async def __aenter__(self) -> Claude:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()


class Messages:
    """`client.messages`, as `anthropic.AsyncAnthropic().messages` has it."""

    def __init__(self, gateway: Gateway, *, user: str | None) -> None:
        self._gateway = gateway
        self._user = user

    async def create(
        self, *, user: str | None = None, **params: Unpack[MessageCreateParamsNonStreaming]
    ) -> Message:
        """A Message, through every protection of the pipeline."""
        if params.get("stream"):
            raise TypeError("stream=True is not supported here: use messages.stream(...)")
        caller = self._caller(user)
        reply = await self._gateway.create(
            params, user_id=caller.user_id, request_id=caller.request_id, quota=caller.quota
        )
        return reply.message

    def stream(
        self, *, user: str | None = None, **params: Unpack[MessageCreateParamsBase]
    ) -> AsyncMessageStreamManager[None]:
        """The SDK's stream manager (`async with ... as stream`), fed by the pipeline: its
        events, `text_stream` and `get_final_message()` are the SDK's own."""
        caller = self._caller(user)
        items = self._gateway.stream_message(
            params, user_id=caller.user_id, request_id=caller.request_id, quota=caller.quota
        )
        return AsyncMessageStreamManager(_open(items))

    async def count_tokens(
        self, *, user: str | None = None, **params: Unpack[MessageCountTokensParams]
    ) -> MessageTokensCount:
        """The API's count of the request's input tokens, after validation and screening."""
        caller = self._caller(user)
        tokens = await self._gateway.count_tokens(
            params, user_id=caller.user_id, request_id=caller.request_id
        )
        return MessageTokensCount(input_tokens=tokens)

    def _caller(self, user: str | None) -> Caller:
        if user is not None:
            return Caller(user)
        if (caller := _caller.get()) is not None:
            return caller
        if self._user is not None:
            return Caller(self._user)
        raise TypeError(
            "who is calling? pass user= to the call or to Claude(...), "
            "or make the call inside calling_as(user_id)"
        )


async def _open(items: AsyncGenerator[StreamItem, None]) -> AsyncStream[RawMessageStreamEvent]:
    """Run the pipeline up to the first content (failures raise here), then hand the SDK's
    stream helper an event source it reads as it reads the API's."""
    first = await anext(items)
    return cast("AsyncStream[RawMessageStreamEvent]", _Events(first, items))


class _Events:
    """The pipeline's stream as the SDK's `AsyncStream` of raw events (see `raw_events`)."""

    def __init__(self, first: StreamItem, items: AsyncGenerator[StreamItem, None]) -> None:
        self._first = first
        self._items = items
        self.response = httpx2.Response(200, headers={"content-type": "text/event-stream"})

    async def __aiter__(self) -> AsyncIterator[RawMessageStreamEvent]:
        async for event in raw_events(self._first, self._items):
            yield event

    async def close(self) -> None:
        await self._items.aclose()


async def raw_events(
    first: StreamItem, items: AsyncGenerator[StreamItem, None]
) -> AsyncIterator[RawMessageStreamEvent]:
    """The pipeline's stream as the API's raw events, for every SDK-shaped door (this client,
    POST /v1/messages): what a post-filter adds (a notice, or a replacement for an answer it
    withheld) comes as one more text block. `items` is closed however it ends."""
    blocks = 0
    try:
        item: StreamItem | None = first
        while item is not None:
            if isinstance(item, StreamEnd):
                text = item.replacement if item.replacement is not None else item.added
                if text:
                    for event in _text_block(blocks, text):
                        yield event
            else:
                if item.type == "content_block_start":
                    blocks = item.index + 1
                yield item
            item = await anext(items, None)
    finally:
        await items.aclose()


def _text_block(index: int, text: str) -> list[RawMessageStreamEvent]:
    block = TextBlock(type="text", text="")
    return [
        RawContentBlockStartEvent(type="content_block_start", index=index, content_block=block),
        RawContentBlockDeltaEvent(
            type="content_block_delta", index=index, delta=TextDelta(type="text_delta", text=text)
        ),
        RawContentBlockStopEvent(type="content_block_stop", index=index),
    ]
