"""What the fake Messages API answers: the content blocks of a reply, and its stream events.

Given a request, the fake plays a plausible model: it calls an offered tool with an input
valid for the tool's schema, answers a tool result, thinks first when asked to, writes
JSON for a structured-output schema, stops at a stop sequence or at `max_tokens`. It also
refuses what the real API refuses (`request_error`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .fake_tokens import CHARS_PER_TOKEN, Piece, compact_json, text_tokens

MAX_CACHE_BREAKPOINTS = 4
_PREFIX = "(fake reply)"
_THINKING_DOCS = (
    "https://docs.claude.com/en/docs/build-with-claude/extended-thinking"
    "#max-tokens-and-context-window-size"
)

Block = dict[str, Any]


@dataclass(frozen=True)
class ToolCall:
    """A `tool_use` block for a scripted reply: the tool's name and its input."""

    name: str
    input: Mapping[str, Any] = field(default_factory=dict)


# --- The API's own request checks ---------------------------------------------------------


def request_error(body: Mapping[str, Any], pieces: list[Piece], *, counting: bool) -> str | None:
    """The API's 400 message for a request it refuses, or None.

    Only the checks a caller of this service can trip: missing fields, too many cache
    breakpoints, a thinking budget not below max_tokens, an unpaired tool_result.
    """
    if "model" not in body or not (counting or "max_tokens" in body):
        return "model: field required" if counting else "max_tokens and model: field required"
    marked = sum(piece.ttl is not None for piece in pieces)
    if marked > MAX_CACHE_BREAKPOINTS:
        return (
            f"A maximum of {MAX_CACHE_BREAKPOINTS} blocks with cache_control may be "
            f"provided. Found {marked}."
        )
    thinking = body.get("thinking") or {}
    if (
        not counting
        and thinking.get("type") == "enabled"
        and thinking.get("budget_tokens", 0) >= body["max_tokens"]
    ):
        return (
            "`max_tokens` must be greater than `thinking.budget_tokens`. "
            f"Please consult our documentation at {_THINKING_DOCS}"
        )
    return _unpaired_tool_result(list(body.get("messages") or []))


def _unpaired_tool_result(messages: list[Mapping[str, Any]]) -> str | None:
    for at, message in enumerate(messages):
        content = message.get("content")
        if message.get("role") != "user" or isinstance(content, str):
            continue
        previous = messages[at - 1] if at else {}
        used = {block.get("id") for block in _blocks(previous) if block.get("type") == "tool_use"}
        if previous.get("role") != "assistant":
            used = set()
        for index, block in enumerate(content or []):
            if block.get("type") == "tool_result" and block.get("tool_use_id") not in used:
                return (
                    f"messages.{at}.content.{index}: unexpected `tool_use_id` found in "
                    f"`tool_result` blocks: {block.get('tool_use_id')}. Each `tool_result` "
                    "block must have a corresponding `tool_use` block in the previous message."
                )
    return None


# --- The reply's content ------------------------------------------------------------------


def reply_blocks(
    body: Mapping[str, Any], text: str | None, call: ToolCall | None, stop_reason: str
) -> tuple[list[Block], str]:
    """The content blocks and stop reason of a reply, before stop sequences and max_tokens.

    `text` and `call` are what a script asked for; when both are None the fake decides:
    a tool_use when tools are offered and the model must or may call one (not when the
    last user turn carries a tool result), else a text answer.
    """
    blocks = [_thinking(body)] if _thinks(body) else []
    chosen = call or (_default_call(body) if text is None else None)
    if chosen is None:
        blocks.append({"type": "text", "text": text if text is not None else _answer(body)})
        return blocks, stop_reason
    preamble = text if call is not None else _preamble(body, chosen)
    if preamble:
        blocks.append({"type": "text", "text": preamble})
    blocks.append(
        {
            "type": "tool_use",
            "id": f"toolu_fake_{uuid.uuid4().hex[:24]}",
            "name": chosen.name,
            "input": dict(chosen.input),
        }
    )
    return blocks, "tool_use" if stop_reason == "end_turn" else stop_reason


def stop_at_sequences(
    blocks: list[Block], sequences: Sequence[str], stop_reason: str
) -> tuple[list[Block], str, str | None]:
    """Cut the first text that contains a stop sequence there, as the model stops there."""
    for at, block in enumerate(blocks):
        if block["type"] != "text":
            continue
        found = [(block["text"].find(s), s) for s in sequences if s and s in block["text"]]
        if found:
            cut, sequence = min(found)
            return [*blocks[:at], {**block, "text": block["text"][:cut]}], "stop_sequence", sequence
    return blocks, stop_reason, None


def fit_to_max_tokens(
    blocks: list[Block], max_tokens: int, stop_reason: str
) -> tuple[list[Block], str, int]:
    """Keep the blocks that fit in `max_tokens`, cutting a text or thinking block part-way.

    Returns the blocks, the stop reason (`max_tokens` if anything was cut) and the output
    tokens they cost; a tool_use that does not fit whole is dropped.
    """
    kept: list[Block] = []
    left = max_tokens
    for block in blocks:
        cost = output_tokens(block)
        if cost <= left:
            kept.append(block)
            left -= cost
            continue
        field_name = {"text": "text", "thinking": "thinking"}.get(block["type"])
        if field_name and left > 0:
            kept.append({**block, field_name: block[field_name][: left * CHARS_PER_TOKEN]})
            left = 0
        return kept, "max_tokens", max_tokens - left
    return kept, stop_reason, max_tokens - left


def output_tokens(block: Mapping[str, Any]) -> int:
    """Output tokens of one generated block, by the same 4-characters rule as input."""
    match block.get("type"):
        case "text":
            return text_tokens(block["text"])
        case "thinking":
            return text_tokens(block["thinking"])
        case "tool_use" | "server_tool_use":
            return text_tokens(compact_json(block.get("input", {})))
        case _:
            return text_tokens(compact_json(block))


def _thinks(body: Mapping[str, Any]) -> bool:
    return (body.get("thinking") or {}).get("type") in ("enabled", "adaptive")


def _thinking(body: Mapping[str, Any]) -> Block:
    thought = f"(fake thinking) Working out an answer to: {_last_text(body)[:100]}"
    budget = (body.get("thinking") or {}).get("budget_tokens")
    if budget is not None:
        thought = thought[: budget * CHARS_PER_TOKEN]
    return {"type": "thinking", "thinking": thought, "signature": _signature(thought)}


def _signature(thought: str) -> str:
    """Opaque, as the real one, but stable: the same thinking always signs the same."""
    return base64.b64encode(hashlib.sha256(thought.encode()).digest()).decode()


def _custom_tools(body: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [tool for tool in body.get("tools") or [] if tool.get("type") in (None, "custom")]


def _default_call(body: Mapping[str, Any]) -> ToolCall | None:
    """The tool the model calls: the one `tool_choice` names, else the first custom tool."""
    tools = _custom_tools(body)
    choice = body.get("tool_choice") or {"type": "auto"}
    kind = choice.get("type")
    if kind == "none" or not tools or (kind == "auto" and _tool_results(body)):
        return None
    if kind == "tool":
        tools = [tool for tool in tools if tool.get("name") == choice.get("name")]
        if not tools:
            return None
    tool = tools[0]
    return ToolCall(str(tool["name"]), minimal_instance(tool.get("input_schema") or {}))


def _preamble(body: Mapping[str, Any], call: ToolCall) -> str | None:
    """A short text before the tool_use; none when the call is forced or JSON is due."""
    forced = (body.get("tool_choice") or {}).get("type") in ("any", "tool")
    if forced or _output_schema(body) is not None:
        return None
    return f"{_PREFIX} Let me use {call.name}."


def _answer(body: Mapping[str, Any]) -> str:
    """The text answer: JSON for a structured-output schema, else words about the prompt."""
    schema = _output_schema(body)
    if schema is not None:
        return json.dumps(minimal_instance(schema))
    results = _tool_results(body)
    if results:
        return f"{_PREFIX} The tool returned: {' '.join(results)[:200]}"
    return f"{_PREFIX} You asked: {_last_text(body)[:200]}"


def _output_schema(body: Mapping[str, Any]) -> Mapping[str, Any] | None:
    output_format = (body.get("output_config") or {}).get("format") or {}
    return output_format.get("schema") if output_format.get("type") == "json_schema" else None


def _blocks(message: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    content = message.get("content", "")
    return [{"type": "text", "text": content}] if isinstance(content, str) else list(content)


def _last_text(body: Mapping[str, Any]) -> str:
    messages = body.get("messages") or []
    if not messages:
        return ""
    return "".join(block.get("text", "") for block in _blocks(messages[-1]))


def _tool_results(body: Mapping[str, Any]) -> list[str]:
    """The texts of the tool results in the last user turn."""
    users = [m for m in body.get("messages") or [] if m.get("role") == "user"]
    if not users:
        return []
    results = [b for b in _blocks(users[-1]) if b.get("type") == "tool_result"]
    return [
        content if isinstance(content, str) else " ".join(b.get("text", "") for b in content)
        for content in (result.get("content", "") for result in results)
    ]


def minimal_instance(schema: Mapping[str, Any], root: Mapping[str, Any] | None = None) -> Any:
    """A small value valid for a JSON schema: required properties only, recursively.

    Covers what tool and output schemas use: `$ref` to `$defs`, `const`, `enum`,
    `anyOf`/`oneOf`/`allOf` (first branch), type lists, string/array length bounds,
    numeric minimums and common string formats. `pattern` is not honoured.
    """
    root = root or schema
    if "$ref" in schema:
        target: Any = root
        for part in str(schema["$ref"]).removeprefix("#/").split("/"):
            target = target[part] if part else target
        return minimal_instance(target, root)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for combinator in ("anyOf", "oneOf", "allOf"):
        if schema.get(combinator):
            return minimal_instance(schema[combinator][0], root)
    kind = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    match kind:
        case "object":
            properties = schema.get("properties") or {}
            return {
                name: minimal_instance(properties.get(name, {}), root)
                for name in schema.get("required") or []
            }
        case "array":
            count = int(schema.get("minItems", 0))
            return [minimal_instance(schema.get("items") or {}, root) for _ in range(count)]
        case "string":
            return _minimal_string(schema)
        case "integer" | "number":
            return _minimal_number(schema, kind)
        case "boolean":
            return False
        case _:
            return None


_FORMATS = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "time": "00:00:00Z",
    "email": "fake@example.com",
    "uri": "https://example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def _minimal_string(schema: Mapping[str, Any]) -> str:
    value = _FORMATS.get(str(schema.get("format")), "fake")
    value = value.ljust(int(schema.get("minLength", 0)), "x")
    return value[: int(schema["maxLength"])] if "maxLength" in schema else value


def _minimal_number(schema: Mapping[str, Any], kind: str) -> int | float:
    value: float = 0
    if "minimum" in schema:
        value = max(value, schema["minimum"])
    if "exclusiveMinimum" in schema:
        value = max(value, schema["exclusiveMinimum"] + 1)
    if "maximum" in schema:
        value = min(value, schema["maximum"])
    return int(value) if kind == "integer" else value


# --- The stream ---------------------------------------------------------------------------

Event = tuple[str, dict[str, Any]]


def stream_events(message: Mapping[str, Any]) -> list[Event]:
    """The message as the API streams it.

    message_start (no content, output_tokens 1), then per block a content_block_start, its
    deltas (text_delta; thinking_delta then signature_delta; input_json_delta with
    `partial_json`) and a content_block_stop, a `ping` after the first block's start,
    message_delta (stop reason and the cumulative usage) and message_stop.
    """
    usage = message["usage"]
    start = {
        **message,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {**usage, "output_tokens": 1},
    }
    events: list[Event] = [("message_start", {"type": "message_start", "message": start})]
    for index, block in enumerate(message["content"]):
        events.extend(_block_events(index, block))
    events.insert(min(2, len(events)), ("ping", {"type": "ping"}))
    final_usage = {
        key: usage[key]
        for key in (
            "input_tokens",
            "cache_creation_input_tokens",
            "cache_read_input_tokens",
            "output_tokens",
            "server_tool_use",
        )
        if key in usage
    }
    delta = {"stop_reason": message["stop_reason"], "stop_sequence": message["stop_sequence"]}
    events.append(
        ("message_delta", {"type": "message_delta", "delta": delta, "usage": final_usage})
    )
    events.append(("message_stop", {"type": "message_stop"}))
    return events


def _block_events(index: int, block: Mapping[str, Any]) -> Iterator[Event]:
    kind = block["type"]
    deltas: list[dict[str, Any]] = []
    start = dict(block)
    if kind == "text":
        start["text"] = ""
        deltas = [{"type": "text_delta", "text": chunk} for chunk in chunks(block["text"])]
    elif kind == "thinking":
        start.update(thinking="", signature="")
        deltas = [
            *({"type": "thinking_delta", "thinking": c} for c in chunks(block["thinking"])),
            {"type": "signature_delta", "signature": block["signature"]},
        ]
    elif kind in ("tool_use", "server_tool_use"):
        start["input"] = {}
        partial = compact_json(block["input"]) if block["input"] else ""
        deltas = [{"type": "input_json_delta", "partial_json": c} for c in chunks(partial)]
    yield (
        "content_block_start",
        {"type": "content_block_start", "index": index, "content_block": start},
    )
    for delta in deltas:
        yield "content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}
    yield "content_block_stop", {"type": "content_block_stop", "index": index}


def chunks(text: str, size: int = 16) -> Iterator[str]:
    """The text in delta-sized pieces; at least one, as the API sends for any block."""
    yield from (text[i : i + size] for i in range(0, max(len(text), 1), size))
