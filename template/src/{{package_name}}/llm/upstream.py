"""The calls to Claude: one SDK call per kind, and their errors mapped into ours in one place.

`sdk_errors` is the only translation of SDK and transport exceptions (the idea of httpx's
`map_exceptions`): every call below, and every read of a stream (stream.py), goes through
it, so an SDK failure can only leave this module as an error of errors.py.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import aiohttp
import anthropic
import httpx2
from anthropic.types import Message

from ..config import Settings
from .client import attempt_not_sent, attempt_timeout
from .errors import (
    InvalidRequest,
    Stage,
    from_sdk_error,
    from_transport_error,
    malformed_response,
)
from .pricing import priceable
from .request import Params

COUNT_TOKENS_PARAMS = frozenset(
    {"messages", "model", "system", "tools", "tool_choice", "thinking", "output_config"}
    | {"cache_control", "speed", "user_profile_id", "workspace_id"}
)
"""What `messages.count_tokens` accepts of a Messages request (anthropic 2.17)."""
NOT_SENT = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout)
"""Transport failures before the request left: the upstream cannot have billed it."""
AIOHTTP_NOT_SENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)
"""The aiohttp transport's failures that happen before the request is written: connecting
(refused, DNS, TLS) and waiting for a connection."""


def never_sent(exc: BaseException | None) -> bool:
    """Whether a transport failure came before the request left (nothing to book).

    The aiohttp transport (client.py) reports every aiohttp connection error as a
    ConnectError, a connection the server dropped after reading the request too; the
    aiohttp error it comes from says which it was.
    """
    if not isinstance(exc, NOT_SENT):
        return False
    cause = exc.__cause__
    if isinstance(cause, aiohttp.ClientError):
        return isinstance(cause, AIOHTTP_NOT_SENT)
    return True


@contextmanager
def sdk_errors(request_id: str, stage: Stage, *, encodes: bool = True) -> Iterator[None]:
    """Turn whatever the SDK raises inside the block into an error of errors.py.

    `encodes`: the block builds a request, which the SDK encodes as JSON before sending; a
    value JSON cannot carry (NaN, Infinity) is then the caller's error. A read of a stream
    encodes nothing, and a ValueError there is not the caller's."""
    try:
        yield
    except anthropic.APIError as exc:
        if never_sent(exc.__cause__):
            attempt_not_sent()  # the upstream never saw it: nothing to book
        raise from_sdk_error(exc, request_id=request_id, stage=stage) from exc
    except (httpx2.HTTPError, json.JSONDecodeError) as exc:  # the SDK lets these through
        if never_sent(exc):
            attempt_not_sent()
        raise from_transport_error(exc, request_id=request_id, stage=stage) from exc
    except TimeoutError as exc:  # the attempt's own cap (attempt_cap_s) ran out
        raise from_transport_error(exc, request_id=request_id, stage=stage) from exc
    except ValueError as exc:  # the SDK's JSON encoder, before sending: NaN or Infinity
        if not encodes:
            raise
        raise InvalidRequest(
            f"the request cannot be encoded as JSON ({exc}); NaN and Infinity are not JSON",
            request_id=request_id,
            stage=stage,
        ) from exc


def attempt_cap_s(settings: Settings, timeout_s: float) -> float:
    """The most one attempt may take, whatever the transport bounds: connecting, then
    sending the request and waiting for the answer, each within `timeout_s`.

    The aiohttp transport bounds connecting and waiting for the answer, not sending: a
    request body the upstream stops reading (a path that died mid-upload) would otherwise
    wait minutes for TCP to give up, holding its budget and its in-flight slot."""
    return min(timeout_s, settings.connect_timeout_s) + 2 * timeout_s


class Upstream:
    """The SDK client, called with the settings' timeouts; the SDK itself makes no retries."""

    def __init__(self, client: anthropic.AsyncAnthropic, settings: Settings) -> None:
        self.client = client
        self._settings = settings

    async def create(self, params: Params, *, timeout_s: float, request_id: str) -> Message:
        """One HTTP attempt of `messages.create`; a 200 that is not a usable Message fails."""
        with sdk_errors(request_id, Stage.CALL):
            async with asyncio.timeout(attempt_cap_s(self._settings, timeout_s)):
                message = await self.client.messages.create(
                    **params, timeout=attempt_timeout(self._settings, timeout_s)
                )
        if not well_formed(message):
            raise malformed_response(request_id=request_id, stage=Stage.CALL)
        return message

    async def count_tokens(self, params: Params, *, timeout_s: float, request_id: str) -> int:
        """The API's own count of the request's input tokens (its own rate limit applies)."""
        counted = {key: value for key, value in params.items() if key in COUNT_TOKENS_PARAMS}
        with sdk_errors(request_id, Stage.BUDGET):
            async with asyncio.timeout(attempt_cap_s(self._settings, timeout_s)):
                result = await self.client.messages.count_tokens(
                    **counted, timeout=attempt_timeout(self._settings, timeout_s)
                )
        if not isinstance(getattr(result, "input_tokens", None), int):
            raise malformed_response(request_id=request_id, stage=Stage.BUDGET)
        return result.input_tokens

    async def aclose(self) -> None:
        await self.client.close()


def well_formed(message: object) -> bool:
    """Whether a 200's body has what the pipeline reads from a Message. The SDK builds its
    models without validating them: a proxy's HTML page comes back as a str, `{}` as an
    empty Message, and either would fail later, past the guard that releases the hold."""
    if not isinstance(message, Message):
        return False
    try:
        content: Any = message.content
        return (
            isinstance(message.model, str)
            and priceable(message.usage)
            and isinstance(content, list)
            and all(block.type != "text" or isinstance(block.text, str) for block in content)
        )
    except AttributeError:
        return False
