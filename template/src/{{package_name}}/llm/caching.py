"""Automatic prompt caching: cache markers where a prompt is read again (PROMPT_CACHING).

With `auto`, a request gets a `cache_control` marker at the end of its tools, at the end of
its system prompt and, from the second turn on, at the end of the conversation so far, so
the next call reads them at a tenth of the input price. Each part is marked only when the
caller marked none of it; the caller's own markers are never moved or removed; the API's
limit of 4 markers counts the caller's first; and no 5-minute marker goes before a caller's
1-hour one (the API wants longer-lived markers first).

A one-turn request gets no conversation marker: its prompt is not sent again, and a cache
write costs more than plain input.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

from .request import CACHEABLE_IN_MESSAGES, Params, blocks, cache_breakpoints, normalised

MAX_BREAKPOINTS = 4
"""Blocks with `cache_control` the API accepts in one request."""
MARKER: dict[str, str] = {"type": "ephemeral"}
"""Our markers: the default 5-minute cache."""


def with_cache_breakpoints(params: Params, mode: Literal["off", "auto"]) -> Params:
    """The request with automatic cache markers (`auto`), or as it came (`off`).

    Returns a copy when it adds a marker; the caller's request is never modified.
    """
    if mode == "off":
        return params
    result = normalised(params)
    markers = _markers(result)
    free = MAX_BREAKPOINTS - cache_breakpoints(result)
    added = 0
    targets = (
        ("tools", result.get("tools", []), _last(result.get("tools", []), _any_tool)),
        ("system", result.get("system", []), _last(result.get("system", []), _cacheable)),
        ("messages", *_last_user_turn(result)),
    )
    for part, container, target in targets:
        if free <= 0 or target is None or markers[part]:
            continue
        if any(ttl == "1h" for later, ttl in markers["ttls"] if later > _ORDER[part]):
            continue
        container[target] = {**container[target], "cache_control": dict(MARKER)}
        free -= 1
        added += 1
    return result if added else params


_ORDER = {"tools": 0, "system": 1, "messages": 2}


def _markers(params: Params) -> dict[str, Any]:
    """Which parts the caller marked, and the ttl of each caller marker by part order."""
    ttls: list[tuple[int, str]] = [
        (0, _ttl(tool)) for tool in params.get("tools", []) if tool.get("cache_control")
    ]
    for item in blocks(params):
        if item.block.get("cache_control"):
            ttls.append(
                (_ORDER["system" if item.role == "system" else "messages"], _ttl(item.block))
            )
    if params.get("cache_control"):
        ttls.append((_ORDER["messages"], _ttl(params)))
    return {
        "tools": any(order == 0 for order, _ in ttls),
        "system": any(order == 1 for order, _ in ttls),
        "messages": any(order == 2 for order, _ in ttls),
        "ttls": ttls,
    }


def _ttl(holder: Mapping[str, Any]) -> str:
    marker = holder.get("cache_control")
    return str(marker.get("ttl", "5m")) if isinstance(marker, Mapping) else "5m"


def _last_user_turn(params: Params) -> tuple[list[dict[str, Any]], int | None]:
    """The last user turn's blocks and its last cacheable one, from the second turn on (a
    first turn is not sent again: caching it would only cost the write)."""
    messages = params.get("messages", [])
    if not any(message.get("role") == "assistant" for message in messages):
        return [], None
    for message in reversed(messages):
        if message.get("role") == "user":
            content: list[dict[str, Any]] = message["content"]
            return content, _last(content, _cacheable)
    return [], None


def _last(items: list[dict[str, Any]], usable: Callable[[Mapping[str, Any]], bool]) -> int | None:
    return next((i for i in range(len(items) - 1, -1, -1) if usable(items[i])), None)


def _any_tool(tool: Mapping[str, Any]) -> bool:
    return True


def _cacheable(block: Mapping[str, Any]) -> bool:
    """A block that may carry a marker: not a thinking block, not an empty text."""
    if block.get("type") not in CACHEABLE_IN_MESSAGES:
        return False
    return not (block.get("type") == "text" and not block.get("text"))
