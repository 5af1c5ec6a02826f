"""The request: the SDK's own `MessageCreateParams`, and one walk over every block in it.

Every stage that must see the whole request (validation, screening, the cost estimate,
caching) walks it through `blocks()` and `texts()` here, so a block type is taught to the
pipeline in one place. `Params` is a plain dict shaped as the SDK's
`anthropic.types.MessageCreateParamsBase`: the caller's TypedDict, never a schema of ours.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, NamedTuple

import orjson
from anthropic.types.message_create_params import MessageCreateParamsBase
from pydantic import BaseModel

Params = dict[str, Any]
"""A Messages request, shaped as `anthropic.types.MessageCreateParamsBase`."""

KNOWN_PARAMS = frozenset(MessageCreateParamsBase.__annotations__)
"""Every parameter the installed SDK's `messages.create` sends in the body."""

CACHEABLE_IN_MESSAGES = frozenset(
    {"text", "image", "document", "search_result", "tool_use", "tool_result"}
)
"""Message blocks that may carry `cache_control` (thinking blocks may not)."""

Role = Literal["system", "tools", "user", "assistant"]
TextKind = Literal[
    "text", "tool_result", "document", "search_result", "tool_input", "tool_definition"
]


Path = tuple[str | int, ...]
"""Where a value sits in the request, e.g. `("messages", 2, "content", 0, "text")`."""


def describe(path: Path) -> str:
    """A path as a reader writes it: `messages[2].content[0].text`."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else f".{step}" if out else step
    return out


class Block(NamedTuple):
    """One content block and where it sits. (Named tuples: every request makes one per
    block in each walk, at a third of a frozen dataclass's cost.)"""

    path: Path
    role: Role
    block: Mapping[str, Any]

    @property
    def type(self) -> str:
        return str(self.block.get("type", ""))

    @property
    def where(self) -> str:
        return describe(self.path)


class Text(NamedTuple):
    """One text the model will read, and where it sits in the request."""

    path: Path
    role: Role
    kind: TextKind
    text: str

    @property
    def where(self) -> str:
        return describe(self.path)


def system_blocks(system: object) -> list[dict[str, Any]]:
    """The `system` parameter as text blocks (the API takes a string or blocks)."""
    if system is None:
        return []
    if isinstance(system, str):
        return [{"type": "text", "text": system}] if system else []
    return [dict(block) for block in _as_list(system)]


def content_blocks(content: object) -> list[dict[str, Any]]:
    """A message's `content` as blocks (the API takes a string or blocks). Blocks of a
    response (`message.content`, put back into the history of a tool loop) become the
    dicts the API reads."""
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    return [_block_param(block) for block in _as_list(content)]


def _block_param(block: object) -> Any:
    """A response's block as the dict the API reads; anything else as it is."""
    if isinstance(block, BaseModel):
        return block.model_dump(mode="json", exclude_none=True)
    return dict(block) if isinstance(block, Mapping) else block


def with_plain_blocks(params: Mapping[str, Any]) -> Params:
    """A copy in which blocks of a response (`message.content` put back into a tool loop's
    history, as the SDK allows) are the dicts the API reads; nothing else changes."""
    messages = params.get("messages")
    if not isinstance(messages, list) or not any(
        isinstance(m, Mapping) and isinstance(m.get("content"), list) for m in messages
    ):
        return dict(params)
    plain = [
        {**m, "content": [_block_param(b) for b in m["content"]]}
        if isinstance(m, Mapping) and isinstance(m.get("content"), list)
        else m
        for m in messages
    ]
    return {**params, "messages": plain}


def normalised(params: Mapping[str, Any]) -> Params:
    """A copy with `system` and every message's `content` as lists of blocks.

    The API treats the string forms as one text block; with blocks everywhere, every later
    stage (and the caller's `cache_control`) has one shape to deal with.
    """
    result = dict(params)
    if "system" in result:
        result["system"] = system_blocks(result["system"])
    result["messages"] = [
        {**dict(message), "content": content_blocks(message.get("content", ""))}
        for message in _as_list(params.get("messages", []))
    ]
    if "tools" in result:
        result["tools"] = [dict(tool) for tool in _as_list(result["tools"])]
    return result


def as_sent(params: Params) -> Params:
    """A normalised request in the form it goes upstream: a system prompt or a message
    content that is one plain text block (no cache marker, no citations) goes as its
    string, which the API reads as that very block. The SDK prepares a string at a
    fraction of a block's cost, and most turns are plain text."""
    sent = dict(params)
    if (system := _plain_text(params.get("system"))) is not None:
        sent["system"] = system
    sent["messages"] = [
        {**message, "content": text}
        if (text := _plain_text(message.get("content"))) is not None
        else message
        for message in params.get("messages", [])
    ]
    return sent


def _plain_text(content: object) -> str | None:
    """The text of `content` when it is exactly one text block with nothing else on it."""
    if isinstance(content, list) and len(content) == 1:
        block = content[0]
        if block.keys() == _PLAIN_TEXT_KEYS and block["type"] == "text":
            text = block["text"]
            return text if isinstance(text, str) else None
    return None


_PLAIN_TEXT_KEYS = frozenset({"type", "text"})


def with_system_prompt(params: Mapping[str, Any], prompt: str) -> Params:
    """`params` with the service's system prompt before the caller's (a string joined to a
    string, a text block before the caller's blocks, so their cache markers stay put)."""
    system = params.get("system")
    if system is None or system == "" or system == []:
        return {**params, "system": prompt}
    if isinstance(system, str):
        return {**params, "system": f"{prompt}\n\n{system}"}
    if isinstance(system, list):
        return {**params, "system": [{"type": "text", "text": prompt}, *system]}
    return dict(params)  # not a system prompt at all: validation refuses it with the reason


def blocks(params: Params) -> Iterator[Block]:
    """Every block of a normalised request: system, then messages, nested blocks after
    their parent (a tool_result's content, a content document's blocks)."""
    system = params.get("system")
    if isinstance(system, list):  # not a string: the service's own prompt may join as one
        for index, block in enumerate(system):
            yield Block(("system", index), "system", block)
    for m, message in enumerate(params.get("messages", [])):
        role: Role = "assistant" if message.get("role") == "assistant" else "user"
        for b, block in enumerate(message.get("content", [])):
            path: Path = ("messages", m, "content", b)
            yield Block(path, role, block)
            if block.get("type") in _HOLDERS:
                yield from _nested(path, role, block)


_HOLDERS = frozenset({"tool_result", "document"})
"""Block types that may hold blocks of their own."""


def _nested(path: Path, role: Role, block: Mapping[str, Any]) -> Iterator[Block]:
    """The blocks inside a block, each followed by its own."""
    where, inner = _held(block)
    if not isinstance(inner, list):
        return
    for index, item in enumerate(inner):
        item_path = (*path, *where, index)
        yield Block(item_path, role, item)
        if item.get("type") in _HOLDERS:
            yield from _nested(item_path, role, item)


def _held(block: Mapping[str, Any]) -> tuple[Path, object]:
    """Where a block keeps blocks of its own (a tool_result's content, a content
    document's), and what is there."""
    if block.get("type") == "tool_result":
        return ("content",), block.get("content")
    source = block.get("source")
    if isinstance(source, Mapping) and source.get("type") == "content":
        return ("source", "content"), source.get("content")
    return (), None


def attachments(params: Params) -> Iterator[Block]:
    """The blocks the model reads that are not text: images, PDF documents (base64, URL or
    file), container uploads. No text screen sees into them (see safety/profiles.py)."""
    return (item for item in blocks(params) if _is_attachment(item))


def _is_attachment(item: Block) -> bool:
    kind = item.block.get("type")
    if kind == "text":  # most blocks: the short way
        return False
    if kind in ("image", "container_upload"):
        return True
    source = item.block.get("source")
    text_document = isinstance(source, Mapping) and source.get("type") in ("text", "content")
    return kind == "document" and not text_document


def contents(params: Params) -> tuple[list[Block], list[Text]]:
    """`attachments()` and `texts()` of a request, in one walk (screening reads both)."""
    found: list[Block] = []
    read = list(_tool_texts(params))
    for item in blocks(params):
        block = item.block
        if block.get("type") == "text":  # most blocks: the short way
            if isinstance(value := block.get("text"), str):
                read.append(Text((*item.path, "text"), item.role, "text", value))
            continue
        if _is_attachment(item):
            found.append(item)
        read.extend(_texts_of(item))
    return found, read


def texts(params: Params) -> Iterator[Text]:
    """Every text the model reads that the caller wrote or may have copied in: text,
    tool results, plain-text documents, search results, tool inputs and tool descriptions.

    Thinking blocks are left out: they are the model's own, signed, and must go back as
    they came (a changed one is refused by the API).
    """
    yield from _tool_texts(params)
    for item in blocks(params):
        yield from _texts_of(item)


def _tool_texts(params: Params) -> Iterator[Text]:
    for index, tool in enumerate(params.get("tools", [])):
        if isinstance(tool.get("description"), str):
            path: Path = ("tools", index, "description")
            yield Text(path, "tools", "tool_definition", tool["description"])


def _texts_of(item: Block) -> Iterator[Text]:
    block, path, role = item.block, item.path, item.role
    if block.get("type") == "text":  # most blocks: the short way
        if isinstance(value := block.get("text"), str):
            yield Text((*path, "text"), role, "text", value)
        return

    def text(kind: TextKind, *steps: str | int) -> Text | None:
        value: Any = block
        for step in steps:
            value = value[step]
        return Text((*path, *steps), role, kind, value) if isinstance(value, str) else None

    found: list[Text | None] = []
    match item.type:
        case "tool_result" if isinstance(block.get("content"), str):
            found.append(text("tool_result", "content"))
        case "document":
            found += [text("document", field) for field in ("title", "context") if field in block]
            source = block.get("source", {})
            if source.get("type") == "text":
                found.append(text("document", "source", "data"))
            elif source.get("type") == "content":
                found.append(text("document", "source", "content"))
        case "search_result":
            found += [text("search_result", field) for field in ("title", "source")]
            found += [
                text("search_result", "content", index, "text")
                for index, _ in enumerate(block.get("content", []))
            ]
        case "tool_use" | "server_tool_use":
            for steps, value in _strings(block.get("input", {}), ("input",)):
                found.append(Text((*path, *steps), role, "tool_input", value))
    yield from (found_text for found_text in found if found_text is not None)


def _strings(value: object, path: Path) -> Iterator[tuple[Path, str]]:
    """The string leaves of a JSON value (a tool's input), with their paths."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _strings(inner, (*path, str(key)))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _strings(inner, (*path, index))


def map_texts(params: Params, change: Callable[[Text], str]) -> Params:
    """A copy of a normalised request with every text of `texts()` replaced by `change(text)`.

    Only a request with a change is copied; the caller's request is never modified.
    """
    return with_texts(
        params, [(text.path, new) for text in texts(params) if (new := change(text)) != text.text]
    )


def with_texts(params: Params, replacements: list[tuple[Path, str]]) -> Params:
    """A copy of a normalised request with the text at each path replaced (`params` itself
    when there is none); the caller's request is never modified."""
    if not replacements:
        return params
    changed: Params = copy.deepcopy(params)
    for path, new in replacements:
        target: Any = changed
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = new
    return changed


def cache_breakpoints(params: Params) -> int:
    """How many `cache_control` markers the request carries (the API allows 4)."""
    count = sum(1 for tool in params.get("tools", []) if tool.get("cache_control"))
    count += sum(1 for item in blocks(params) if item.block.get("cache_control"))
    return count + (1 if params.get("cache_control") else 0)


def request_key(params: Params) -> str:
    """A stable digest of the whole request: what the answer cache keys on (a digest, so
    the cache holds no prompt text as keys). orjson: a tenth of json.dumps's time, and
    every answered request computes its key. What orjson cannot encode (an integer beyond
    64 bits, which JSON allows in a tool's input) goes to `json.dumps`: the same request
    always takes the same branch, so its key is stable."""
    try:
        canonical = orjson.dumps(params, option=orjson.OPT_SORT_KEYS, default=str)
    except TypeError:  # orjson.JSONEncodeError
        canonical = json.dumps(params, sort_keys=True, default=str).encode()
    return hashlib.sha256(canonical).hexdigest()


def _as_list(value: object) -> list[Any]:
    if isinstance(value, Mapping) or not hasattr(value, "__iter__"):
        raise TypeError("expected a list of blocks")
    return list(value)
