"""Automatic prompt caching: cache markers where a prompt is read again (PROMPT_CACHING).

With `auto`, a request gets a `cache_control` marker at the end of its tools, at the end of
its system prompt and, from the second turn on, at the end of the conversation so far, so
the next call reads them at a tenth of the input price. Each part is marked only when the
caller marked none of it; the caller's own markers are never moved or removed; the API's
limit of 4 markers counts the caller's first; and no 5-minute marker goes before a caller's
1-hour one (the API wants longer-lived markers first).

A one-turn request gets no conversation marker: its prompt is not sent again, and a cache
write costs more than plain input. Nor does a request shorter than MIN_CACHEABLE_TOKENS get
any (the gateway checks its token bound): no model caches a prompt that short, so a marker
would only take one of the caller's four.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .request import CACHEABLE_IN_MESSAGES, Params, blocks

MAX_BREAKPOINTS = 4
"""Blocks with `cache_control` the API accepts in one request."""
MIN_CACHEABLE_TOKENS = 512
"""The shortest prompt any catalog model caches (512 tokens on Opus 5, Fable 5 and Mythos 5;
1,024 on Sonnet, 4,096 on Haiku 4.5 and Opus 4.5): below it the API ignores a marker."""
MARKER: dict[str, str] = {"type": "ephemeral"}
"""Our markers: the default 5-minute cache."""
PARTS = ("tools", "system", "messages")
"""The parts a marker can close, in the order the API reads them."""


def with_cache_breakpoints(params: Params, mode: Literal["off", "auto"]) -> Params:
    """The request with automatic cache markers (`auto`), or as it came (`off`).

    `params` is a validated request (`validation.check_params`: every message's content a
    list of blocks); `system` may still be a string (the service's own prompt joins as one).
    Returns a copy of only what it marks; the caller's request is never modified.
    """
    if mode == "off":
        return params
    ttls = _caller_markers(params)
    free = MAX_BREAKPOINTS - len(ttls)
    result, added = dict(params), 0
    for order, part in enumerate(PARTS):
        if added >= free:
            break
        if any(marked == order for marked, _ in ttls):
            continue  # the caller chose where this part's marker goes
        if any(ttl == "1h" and marked > order for marked, ttl in ttls):
            continue  # a 5-minute marker may not precede a 1-hour one
        added += _mark(result, part)
    return result if added else params


def _caller_markers(params: Params) -> list[tuple[int, str]]:
    """The caller's markers: (the part they close, by PARTS order; their ttl)."""
    ttls = [(0, _ttl(tool)) for tool in params.get("tools", []) if tool.get("cache_control")]
    ttls += [
        (1 if item.role == "system" else 2, _ttl(item.block))
        for item in blocks(params)
        if item.block.get("cache_control")
    ]
    if params.get("cache_control"):
        ttls.append((2, _ttl(params)))
    return ttls


def _ttl(holder: Mapping[str, Any]) -> str:
    marker = holder.get("cache_control")
    return str(marker.get("ttl", "5m")) if isinstance(marker, Mapping) else "5m"


def _mark(params: Params, part: str) -> bool:
    """Put a marker at the end of `part` of `params` (copying what it changes), if any
    block there may carry one."""
    match part:
        case "tools":
            tools = params.get("tools") or []
            if tools:
                params["tools"] = _with_marker_at(tools, len(tools) - 1)
            return bool(tools)
        case "system":
            system = params.get("system") or []
            if isinstance(system, str):
                system = [{"type": "text", "text": system}]
            target = _last_cacheable(system)
            if target is not None:
                params["system"] = _with_marker_at(system, target)
            return target is not None
        case _:
            messages = params.get("messages", [])
            turn = _last_user_turn(messages)
            if turn is None:
                return False
            content = messages[turn]["content"]
            target = _last_cacheable(content)
            if target is not None:
                changed = {**messages[turn], "content": _with_marker_at(content, target)}
                params["messages"] = [*messages[:turn], changed, *messages[turn + 1 :]]
            return target is not None


def _last_user_turn(messages: list[dict[str, Any]]) -> int | None:
    """The last user turn, from the second turn on (a first turn is not sent again:
    caching it would only cost the write)."""
    if not any(message.get("role") == "assistant" for message in messages):
        return None
    return next(
        (i for i in range(len(messages) - 1, -1, -1) if messages[i].get("role") == "user"), None
    )


def _last_cacheable(items: list[dict[str, Any]]) -> int | None:
    """The last block that may carry a marker: not a thinking block, not an empty text."""
    return next(
        (
            i
            for i in range(len(items) - 1, -1, -1)
            if items[i].get("type") in CACHEABLE_IN_MESSAGES
            and not (items[i].get("type") == "text" and not items[i].get("text"))
        ),
        None,
    )


def _with_marker_at(items: list[dict[str, Any]], index: int) -> list[dict[str, Any]]:
    return [*items[:index], {**items[index], "cache_control": dict(MARKER)}, *items[index + 1 :]]
