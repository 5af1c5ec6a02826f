"""Input checks that run before anything is sent: a malformed request never costs a token.

`check_params` checks a whole Messages request (the SDK's `MessageCreateParams`, see
request.py); the plain text turns of `/v1/ask` (`ChatMessage`) reach it as one, built by
`Gateway.ask`.

**Parameters this service does not understand are refused**, never dropped: a top-level
parameter the installed `anthropic` SDK's `messages.create` does not send, a content block,
tool, tool choice or thinking type its `ContentBlockParam` (and friends) do not list, or a
block where the API does not take it (a `tool_result` in an assistant turn) is a 422 that
names it. `stream` is refused too: the endpoint decides whether to stream. A parameter the
SDK knows is passed on as it came, checked where a rule below applies.

The Messages API's own rules, checked here so the caller gets a clear reason instead of an
upstream 400: roles `user` / `assistant`, the first turn the user's, turns alternate (the
API would merge two turns of one role; a tool loop alternates anyway: the assistant's
`tool_use`, the user's `tool_result`); no empty text or turn; each `tool_result` answers a
`tool_use` of the assistant turn just before it and comes before any other block of its
turn; each `tool_use` is answered in the next turn when there is one; tools named, once
each, a custom tool with an `input_schema` object; `tool_choice` names an offered tool;
`thinking.budget_tokens` at least 1,024 and below max_tokens (the max_tokens that is sent,
after clamping); at most 4 `cache_control` markers, each an ephemeral marker with a TTL
the API has; a server tool's fields as the SDK types them, `max_uses` at least 1; images
in JPEG, PNG, GIF or WebP, base64 documents in PDF, base64 data that decodes to bytes of
the declared type, a URL or file source naming its URL or file id. Every other top-level
parameter is checked against the installed SDK's own type for it (no coercion: `"5"` is
not a number; null counts as not given).

Our own limits (settings, see config.py): images and documents per request and bytes per
image and per document; `max_messages` turns; `max_message_chars` characters per text; an
estimated `max_input_tokens` over every text and tool schema (estimated high, from UTF-8
bytes: the check never lets through more than the real count; attachments are bounded by
their own limits).

Which texts are cleaned depends on who wrote them (`request.texts()` lists them all):

* every text: at most `max_message_chars`, and no lone surrogate (what invalid UTF-8
  becomes after a lenient decoder; JSON cannot carry it);
* text blocks of a turn or of `system`, and tool descriptions (written by a person): no
  control characters other than tab, newline and carriage return;
* those and content the caller passes on (tool results, plain-text documents, search
  results, text blocks inside them): invisible characters that hide text from a reviewer
  but not from the model (zero-width spaces, bidirectional overrides, Unicode "tag"
  characters used to smuggle instructions) are stripped or refused, as
  `invisible_characters` says; a base64 run of 8,192+ characters (an image or PDF pasted as
  text) is refused. Control characters are allowed in passed-on content: a shell tool's
  output carries colour codes, text extracted from a PDF form feeds;
* string inputs of an assistant turn's `tool_use` are the model's own output, sent back as
  it wrote them: only the size and surrogate rules apply.

Every rejection names the place (`messages[2].content[1]`) and what to change.
"""

from __future__ import annotations

import base64
import binascii
import functools
import math
import re
import sys
import typing
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from anthropic.types import (
    CacheControlEphemeralParam,
    CitationsConfigParam,
    ContentBlockParam,
    ThinkingConfigParam,
    ToolChoiceParam,
    ToolUnionParam,
)
from anthropic.types.base64_image_source_param import Base64ImageSourceParam
from anthropic.types.content_block_source_content_param import ContentBlockSourceContentParam
from anthropic.types.document_block_param import Source as DocumentSource
from anthropic.types.image_block_param import Source as ImageSource
from anthropic.types.message_create_params import MessageCreateParamsBase
from anthropic.types.tool_result_block_param import Content as ToolResultContent
from pydantic import TypeAdapter, ValidationError

from .errors import InvalidRequest, Stage
from .estimate import json_bytes
from .request import (
    KNOWN_PARAMS,
    Params,
    Path,
    Text,
    describe,
    map_texts,
    normalised,
    with_plain_blocks,
)

if TYPE_CHECKING:
    from ..config import Settings

Role = Literal["user", "assistant"]
ROLES: tuple[Role, Role] = ("user", "assistant")
Reject = Callable[[str], InvalidRequest]
"""Makes the error for a reason (with the request id and the stage)."""

BYTES_PER_TOKEN_ESTIMATE = 3
"""Claude's tokenizer averages ~4 bytes of English per token, ~3 for CJK; 3 overestimates."""
MAX_INLINE_BASE64_CHARS = 8_192
"""A base64 run this long is an attachment pasted as text (6 KB of binary), not prose."""
MIN_THINKING_BUDGET = 1_024
"""The API's smallest `thinking.budget_tokens`."""
MAX_CACHE_BREAKPOINTS = 4
"""The API's limit on `cache_control` markers in one request."""

# Zero-width and formatting characters, bidirectional controls, and the Unicode tag block
# (U+E0000-U+E007F: invisible copies of ASCII, a known way to hide prompt injections).
# ZWJ/ZWNJ (U+200C/D) are left alone: emoji sequences and Persian or Indic text need them.
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\U000e0000-\U000e007f]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BASE64_RUN = re.compile(rf"[A-Za-z0-9+/]{{{MAX_INLINE_BASE64_CHARS},}}={{0,2}}")


def _literals(annotation: object) -> frozenset[object]:
    """The values of every `Literal` inside a type (through Union, Optional, Required)."""
    if typing.get_origin(annotation) is Literal:
        return frozenset(typing.get_args(annotation))
    return frozenset().union(*(_literals(arg) for arg in typing.get_args(annotation)))


def _field(typed_dict: Any, field: str) -> object:
    """One field's annotation, evaluated in its own module. The SDK writes annotations as
    strings; `typing.get_type_hints` would evaluate every field of every type (~100 ms)."""
    annotation = typed_dict.__annotations__[field]
    if isinstance(annotation, typing.ForwardRef):
        annotation = annotation.__forward_arg__
    if isinstance(annotation, str):
        # The installed SDK's own annotation text, evaluated where the SDK wrote it.
        return eval(annotation, vars(sys.modules[typed_dict.__module__]))  # noqa: S307
    return annotation


def _types_of(union: object, field: str = "type") -> frozenset[str]:
    """The `type` values of the TypedDicts of an SDK union: what the installed SDK knows."""
    members = typing.get_args(union) or (union,)
    found = frozenset().union(*(_literals(_field(member, field)) for member in members))
    return frozenset(value for value in found if isinstance(value, str))


# What the installed SDK accepts where, read from its own types (never a list of ours).
MESSAGE_BLOCK_TYPES = _types_of(ContentBlockParam)
TOOL_RESULT_BLOCK_TYPES = _types_of(ToolResultContent)
DOCUMENT_CONTENT_BLOCK_TYPES = _types_of(ContentBlockSourceContentParam)
DOCUMENT_SOURCE_TYPES = _types_of(DocumentSource)
IMAGE_SOURCE_TYPES = _types_of(ImageSource)
IMAGE_MEDIA_TYPES = _types_of(Base64ImageSourceParam, "media_type")
TOOL_TYPES = _types_of(ToolUnionParam)
"""Custom tools say `custom` or no type at all; server tools their versioned type."""
TOOL_CHOICE_TYPES = _types_of(ToolChoiceParam)
THINKING_TYPES = _types_of(ThinkingConfigParam)
PDF_MEDIA_TYPE = "application/pdf"

ASSISTANT_ONLY = frozenset(
    {"tool_use", "server_tool_use", "thinking", "redacted_thinking"}
    | {kind for kind in MESSAGE_BLOCK_TYPES if kind.endswith("_tool_result")} - {"tool_result"}
)
"""Blocks only the model writes: its tool calls, its thinking, server tools' results."""
USER_ONLY = frozenset({"tool_result"})

CHECKED_FIELD_BY_FIELD = frozenset(
    {"model", "max_tokens", "messages", "system", "tools", "tool_choice", "thinking"}
)
"""Parameters the checks below read field by field, with their own messages. Every other
parameter is checked against the installed SDK's type for it (`_parameter_type`): a
`stop_sequences` that is one string, a `service_tier` the API has not, a malformed
`cache_control` get their reason here instead of an upstream 400."""

# Objects that may sit on many blocks, as validators of the SDK's own types.
_CACHE_CONTROL = TypeAdapter(CacheControlEphemeralParam)
_CITATIONS = TypeAdapter(CitationsConfigParam)

# The first bytes of each accepted attachment type (the API refuses a mismatch).
_MAGIC: dict[str, Callable[[bytes], bool]] = {
    "image/jpeg": lambda data: data.startswith(b"\xff\xd8\xff"),
    "image/png": lambda data: data.startswith(b"\x89PNG\r\n\x1a\n"),
    "image/gif": lambda data: data.startswith((b"GIF87a", b"GIF89a")),
    "image/webp": lambda data: data[:4] == b"RIFF" and data[8:12] == b"WEBP",
    PDF_MEDIA_TYPE: lambda data: data.startswith(b"%PDF-"),
}


@dataclass(frozen=True)
class ChatMessage:
    """One plain text turn, as a caller of `/v1/ask` (and `Gateway.ask`) sends it."""

    role: Role
    content: str


@dataclass(frozen=True)
class InputLimits:
    """The size and character rules; defaults are generous, Settings sets the real ones."""

    max_input_tokens: int = 100_000
    max_message_chars: int = 400_000
    max_messages: int = 100
    invisible_characters: Literal["strip", "reject"] = "strip"
    max_images: int = 20
    max_image_bytes: int = 5 * 1024 * 1024
    """The API's own limit per image."""
    max_documents: int = 5
    max_document_bytes: int = 32 * 1024 * 1024
    """The API's limit for a whole request."""

    @classmethod
    def from_settings(cls, settings: Settings) -> InputLimits:
        return cls(
            max_input_tokens=settings.max_input_tokens,
            max_message_chars=settings.max_message_chars,
            max_messages=settings.max_messages,
            invisible_characters=settings.invisible_characters,
            max_images=settings.max_images,
            max_image_bytes=settings.max_image_bytes,
            max_documents=settings.max_documents,
            max_document_bytes=settings.max_document_bytes,
        )


@dataclass(frozen=True)
class CheckedParams:
    """A Messages request that passed validation: normalised (request.py), cleaned, with
    the max_tokens that will be sent."""

    params: Params
    max_tokens: int
    max_tokens_clamped: bool
    invisible_stripped: int = 0
    """Invisible characters removed from its texts (0 unless the policy is `strip`)."""


DEFAULT_LIMITS = InputLimits()


def estimate_tokens(text: str) -> int:
    """An upper estimate of the tokens of a text, without a tokenizer or a network call."""
    return _tokens_of(len(text.encode("utf-8", "surrogatepass")))


def _tokens_of(byte_count: int) -> int:
    """An upper estimate of the tokens of so many bytes of text or JSON."""
    return math.ceil(byte_count / BYTES_PER_TOKEN_ESTIMATE)


def check_params(
    params: Mapping[str, Any],
    *,
    cap: int,
    request_id: str,
    limits: InputLimits = DEFAULT_LIMITS,
) -> CheckedParams:
    """The Messages request, normalised and cleaned, with the max_tokens that is sent
    (none given: `cap`; more than `cap`: clamped); raises InvalidRequest naming the place
    and what to change when it cannot be sent."""

    def reject(reason: str) -> InvalidRequest:
        return InvalidRequest(reason, request_id=request_id, stage=Stage.VALIDATE)

    params = with_plain_blocks(params)
    _check_parameters(params, reject)
    for name in params.keys() - CHECKED_FIELD_BY_FIELD:
        if params[name] is not None:  # null: not given, as the API reads it
            _check_type(_parameter_type(name), params[name], (name,), reject)
    found = _check_structure(params, limits, reject)
    request = normalised(params)
    _check_tool_loop(request["messages"], reject)
    _check_tool_choice(request.get("tool_choice"), _check_tools(request, reject), reject)
    _check_attachments(found, limits, reject)
    stripped = 0
    estimated = sum(
        _tokens_of(json_bytes(tool["input_schema"]))
        for tool in request.get("tools", [])
        if "input_schema" in tool
    )

    def clean(text: Text) -> str:
        nonlocal stripped, estimated
        try:
            cleaned, removed = _clean(
                text.text, limits, origin=_origin(text), required=text.kind == "text"
            )
        except _Unclean as unclean:
            raise reject(f"{_as_written(text.path, params)} {unclean}") from None
        stripped += removed
        estimated += estimate_tokens(cleaned)
        return cleaned

    request = map_texts(request, clean)
    if estimated > limits.max_input_tokens:
        raise reject(
            f"the conversation is too long: about {estimated} tokens, the limit is "
            f"{limits.max_input_tokens}; shorten it or split the request"
        )
    requested = params.get("max_tokens")
    sent, clamped = _max_tokens(requested, cap, reject)
    _check_thinking(request.get("thinking"), requested, sent, reject)
    markers = found.markers + sum(
        1 for tool in request.get("tools", []) if tool.get("cache_control")
    )
    if (markers := markers + bool(params.get("cache_control"))) > MAX_CACHE_BREAKPOINTS:
        raise reject(
            f"the request has {markers} cache_control markers and the API takes at most "
            f"{MAX_CACHE_BREAKPOINTS}: remove {markers - MAX_CACHE_BREAKPOINTS}"
        )
    return CheckedParams({**request, "max_tokens": sent}, sent, clamped, stripped)


def _check_parameters(params: Mapping[str, Any], reject: Reject) -> None:
    """The one policy for parameters this service does not understand: refuse them."""
    if "stream" in params:
        raise reject(
            "stream is not a request parameter here: the endpoint decides whether to "
            "stream (messages.stream, or the streaming endpoint)"
        )
    if unknown := [str(name) for name in params if name not in KNOWN_PARAMS]:
        raise reject(
            f"unknown parameters: {_listed(unknown)}; remove them. This service refuses "
            "what it does not understand rather than drop it; it takes the Messages API "
            f"parameters its SDK knows: {_listed(KNOWN_PARAMS)}"
        )


@functools.cache
def _parameter_type(name: str) -> TypeAdapter[Any]:
    """The installed SDK's type of a top-level parameter, as a validator. Built on first
    use: a few milliseconds each, and most requests carry none of these parameters."""
    annotation = _field(MessageCreateParamsBase, name)
    if typing.get_origin(annotation) in (typing.Required, typing.NotRequired):
        (annotation,) = typing.get_args(annotation)
    return TypeAdapter[Any](annotation)  # type: ignore[arg-type]  # an evaluated annotation


@functools.cache
def _server_tool_type(kind: str) -> TypeAdapter[Any]:
    """The installed SDK's TypedDict for a server tool's `type`, as a validator."""
    (member,) = (
        member
        for member in typing.get_args(ToolUnionParam)
        if kind in _literals(_field(member, "type"))
    )
    return TypeAdapter(member)


def _check_type(adapter: TypeAdapter[Any], value: object, path: Path, reject: Reject) -> None:
    """`value` against an SDK type (no coercion: "5" is not a number); the first place
    that does not fit is named."""
    try:
        adapter.validate_python(value, strict=True)
    except ValidationError as mismatch:
        raise reject(_mismatch(mismatch, value, path)) from None


def _mismatch(error: ValidationError, value: object, path: Path) -> str:
    """Pydantic's reasons as a reader writes them: `stop_sequences[0]: input should be a
    valid string`. Where a union's alternatives all fail, the deepest place is named
    with what each alternative wanted there."""
    reasons: dict[Path, list[str]] = {}
    for detail in error.errors(include_url=False):
        place = _place(value, detail["loc"], missing=detail["type"] == "missing")
        reason = detail["msg"][:1].lower() + detail["msg"][1:]
        if reason not in (known := reasons.setdefault(place, [])):
            known.append(reason)
    place, said = max(reasons.items(), key=lambda item: len(item[0]))
    return f"{describe((*path, *place))}: {' or '.join(said)}"


def _place(value: object, loc: tuple[int | str, ...], *, missing: bool) -> Path:
    """The steps of pydantic's location that are places in `value`; the others name a
    union's member (`ContainerParams`), not a place. A missing field is named last."""
    place: list[str | int] = []
    for step in loc:
        within = isinstance(value, Mapping) and step in value
        within |= isinstance(value, list | tuple) and isinstance(step, int) and step < len(value)
        if within:
            value = value[step]  # type: ignore[index]
        elif not (missing and step == loc[-1] and isinstance(step, str)):
            continue
        place.append(step)
    return tuple(place)


@dataclass
class _Found:
    """What the structure walk met on its way (one walk over the blocks, not three)."""

    images: list[tuple[Path, Mapping[str, Any]]] = field(default_factory=list)
    documents: list[tuple[Path, Mapping[str, Any]]] = field(default_factory=list)
    markers: int = 0
    """Blocks with `cache_control`."""


def _check_structure(params: Mapping[str, Any], limits: InputLimits, reject: Reject) -> _Found:
    """Shapes and block types, turn by turn: what every later check may rely on."""
    found = _Found()
    system = params.get("system")
    if system is not None and not isinstance(system, str):
        for index, block in enumerate(_items(system, "system", reject)):
            _check_block(block, ("system", index), frozenset({"text"}), None, reject, found)
    messages = params.get("messages")
    if messages is None or (isinstance(messages, list | tuple) and not messages):
        raise reject("messages must contain at least one message")
    turns = _items(messages, "messages", reject)
    if len(turns) > limits.max_messages:
        raise reject(
            f"too many messages: {len(turns)} > {limits.max_messages}; "
            "shorten the conversation (drop or summarise older turns)"
        )
    for index, message in enumerate(turns):
        where = f"messages[{index}]"
        if not isinstance(message, Mapping):
            raise reject(f"{where} must be an object with a role and a content")
        role = message.get("role")
        if role not in ROLES:
            raise reject(f"{where}.role must be 'user' or 'assistant'")
        if role != (expected := ROLES[index % 2]):
            raise reject(
                f"{where}.role must be '{expected}': turns alternate, starting with 'user'"
            )
        content = message.get("content")
        if isinstance(content, str):
            continue
        content_blocks = _items(content, f"{where}.content", reject)
        if not content_blocks:
            raise reject(f"{where}.content must not be empty")
        allowed = MESSAGE_BLOCK_TYPES - (USER_ONLY if role == "assistant" else ASSISTANT_ONLY)
        for position, block in enumerate(content_blocks):
            path = ("messages", index, "content", position)
            _check_block(block, path, allowed, role, reject, found)
    for index, tool in enumerate(_items(params.get("tools", []), "tools", reject)):
        if not isinstance(tool, Mapping):
            raise reject(f"tools[{index}] must be an object")
    return found


def _check_block(
    block: object,
    path: Path,
    allowed: frozenset[str],
    role: str | None,
    reject: Reject,
    found: _Found,
) -> None:
    """One block: a type allowed where it sits, its text fields strings, nested blocks too."""
    if not isinstance(block, Mapping):
        raise reject(f"{describe(path)} must be a content block: an object with a type")
    kind = block.get("type")
    if not _one_of(kind, allowed):
        if role is not None and _one_of(kind, MESSAGE_BLOCK_TYPES):
            raise reject(f"{describe(path)} is a {kind} block, which {role} turns cannot hold")
        raise reject(
            f"{describe(path)}.type {kind!r} is not a block type this service takes here; "
            f"it takes: {_listed(allowed)}"
        )
    if (marker := block.get("cache_control")) is not None:
        _check_type(_CACHE_CONTROL, marker, (*path, "cache_control"), reject)
        found.markers += 1

    def string(*fields: str, optional: bool = False) -> None:
        for name in fields:
            value = block.get(name)
            if not isinstance(value, str) and not (optional and value is None):
                raise reject(f"{describe(path)}.{name} must be a string")

    def inside(items: object, steps: Path, types: frozenset[str]) -> None:
        for index, inner in enumerate(_items(items, describe((*path, *steps)), reject)):
            _check_block(inner, (*path, *steps, index), types, None, reject, found)

    match kind:
        case "text":
            string("text")
            if not isinstance(block.get("citations") or [], list | tuple):
                raise reject(f"{describe(path)}.citations must be a list of citations")
        case "tool_use":
            string("id", "name")
            if not isinstance(block.get("input"), Mapping):
                raise reject(f"{describe(path)}.input must be an object (the tool's arguments)")
        case "tool_result":
            string("tool_use_id")
            content = block.get("content")
            if content is not None and not isinstance(content, str):
                inside(content, ("content",), TOOL_RESULT_BLOCK_TYPES)
        case "search_result":
            string("title", "source")
            inside(block.get("content"), ("content",), frozenset({"text"}))
        case "image":
            _source(block, path, IMAGE_SOURCE_TYPES, reject)
            found.images.append((path, block))
        case "document":
            string("title", "context", optional=True)
            if (citations := block.get("citations")) is not None:
                _check_type(_CITATIONS, citations, (*path, "citations"), reject)
            source = _source(block, path, DOCUMENT_SOURCE_TYPES, reject)
            if source.get("type") == "text" and not isinstance(source.get("data"), str):
                raise reject(f"{describe(path)}.source.data must be the document's text")
            content = source.get("content")
            if source.get("type") == "content" and not isinstance(content, str):
                inside(content, ("source", "content"), DOCUMENT_CONTENT_BLOCK_TYPES)
            found.documents.append((path, block))


def _source(
    block: Mapping[str, Any], path: Path, types: frozenset[str], reject: Reject
) -> Mapping[str, Any]:
    source = block.get("source")
    if not isinstance(source, Mapping) or not _one_of(source.get("type"), types):
        raise reject(
            f"{describe(path)}.source must be an object whose type is one of: {_listed(types)}"
        )
    # Where the API fetches the attachment from: read by the API alone, so checked here.
    where = _FETCHED_FROM.get(source["type"])
    if where is not None and not isinstance(source.get(where), str):
        raise reject(f"{describe(path)}.source.{where} must be a string")
    return source


_FETCHED_FROM = {"url": "url", "file": "file_id"}


def _items(value: object, where: str, reject: Reject) -> Sequence[object]:
    if isinstance(value, list | tuple):
        return value
    raise reject(
        f"{where} must be a list" + ("" if value is None else f", not {type(value).__name__}")
    )


def _check_tool_loop(messages: Sequence[Mapping[str, Any]], reject: Reject) -> None:
    """Each tool_result answers a tool_use of the turn before it, first in its turn; each
    tool_use is answered in the next turn (when the request has one)."""

    def calls(message: Mapping[str, Any]) -> list[str]:
        return [block["id"] for block in message["content"] if block.get("type") == "tool_use"]

    for index, message in enumerate(messages):
        if message["role"] == "assistant":
            if index + 1 < len(messages) and (asked := calls(message)):
                answered = {block.get("tool_use_id") for block in messages[index + 1]["content"]}
                if missing := [call for call in asked if call not in answered]:
                    raise reject(
                        f"messages[{index}] calls tools that messages[{index + 1}] does not "
                        f"answer ({', '.join(missing)}): every tool_use needs a tool_result "
                        "with its id in the next turn"
                    )
            continue
        offered = set(calls(messages[index - 1])) if index else set()
        other = False
        for position, block in enumerate(message["content"]):
            where = f"messages[{index}].content[{position}]"
            if block.get("type") != "tool_result":
                other = True
            elif other:
                raise reject(
                    f"{where} is a tool_result after other content: tool_result blocks come "
                    "first in their turn, text after them"
                )
            elif block["tool_use_id"] not in offered:
                before = f"messages[{index - 1}]" if index else "none: this is the first turn"
                raise reject(
                    f"{where}.tool_use_id {block['tool_use_id']!r} answers no tool_use of the "
                    f"turn before it ({before}): a tool_result follows the assistant turn "
                    "that called the tool"
                )


def _check_tools(request: Params, reject: Reject) -> frozenset[str]:
    """Each tool named, once; a custom tool with its input schema. Returns the names."""
    names: set[str] = set()
    for index, tool in enumerate(request.get("tools", [])):
        where = f"tools[{index}]"
        kind = tool.get("type")
        if kind is not None and not _one_of(kind, TOOL_TYPES):
            raise reject(
                f"{where}.type {kind!r} is not a tool type this service knows: a custom "
                "tool has no type (or 'custom'); server tools: " + _listed(TOOL_TYPES - {"custom"})
            )
        name = tool.get("name")
        if not isinstance(name, str) or not name:
            raise reject(f"{where}.name is missing: every tool needs a name")
        if name in names:
            raise reject(f"{where}.name {name!r} is offered twice: tool names must be unique")
        names.add(name)
        schema = tool.get("input_schema")
        if kind in (None, "custom") and not (
            isinstance(schema, Mapping) and schema.get("type") == "object"
        ):
            raise reject(
                f"{where}.input_schema must be a JSON Schema object "
                f'({{"type": "object", "properties": ...}}): the arguments of {name!r}'
            )
        if not isinstance(tool.get("description", ""), str):
            raise reject(f"{where}.description must be a string")
        if (marker := tool.get("cache_control")) is not None:
            _check_type(_CACHE_CONTROL, marker, ("tools", index, "cache_control"), reject)
        if kind not in (None, "custom"):  # a server tool: its own fields, as the SDK types them
            _check_type(_server_tool_type(kind), tool, ("tools", index), reject)
            if (uses := tool.get("max_uses")) is not None and uses < 1:
                raise reject(f"{where}.max_uses must be at least 1")
    return frozenset(names)


def _check_tool_choice(choice: object, tools: frozenset[str], reject: Reject) -> None:
    if choice is None:
        return
    if not isinstance(choice, Mapping) or not _one_of(choice.get("type"), TOOL_CHOICE_TYPES):
        raise reject(
            f"tool_choice must be an object whose type is one of: {_listed(TOOL_CHOICE_TYPES)}"
        )
    if choice["type"] == "tool" and choice.get("name") not in tools:
        offered = _listed(tools) or "none"
        raise reject(
            f"tool_choice names the tool {choice.get('name')!r}, which tools does not offer "
            f"(offered: {offered})"
        )
    if choice["type"] == "any" and not tools:
        raise reject("tool_choice 'any' needs tools: offer at least one, or drop tool_choice")


def _check_attachments(found: _Found, limits: InputLimits, reject: Reject) -> None:
    """Images and documents: how many, which media types, and base64 that decodes to
    at most the limit's bytes of that type. URL and file sources are fetched by the API."""
    for blocks, limit, what in (
        (found.images, limits.max_images, "images"),
        (found.documents, limits.max_documents, "documents"),
    ):
        if len(blocks) > limit:
            raise reject(
                f"too many {what}: {len(blocks)} in the request, the limit is {limit}; "
                "send fewer at a time"
            )
    if not found.images and not found.documents:
        return
    pdf = frozenset({PDF_MEDIA_TYPE})
    for (path, block), media_types, max_bytes in [
        *((image, IMAGE_MEDIA_TYPES, limits.max_image_bytes) for image in found.images),
        *((document, pdf, limits.max_document_bytes) for document in found.documents),
    ]:
        source = block["source"]
        where = f"{describe(path)}.source"
        if source["type"] == "base64":
            _decoded(source, where, media_types, max_bytes, reject)
        elif source["type"] == "text" and source.get("media_type") != "text/plain":
            raise reject(f"{where}.media_type must be 'text/plain' for a plain-text document")


def _decoded(
    source: Mapping[str, Any],
    where: str,
    media_types: frozenset[str],
    max_bytes: int,
    reject: Reject,
) -> None:
    media_type = source.get("media_type")
    if not _one_of(media_type, media_types):
        raise reject(
            f"{where}.media_type {media_type!r} is not accepted here: send "
            + " or ".join(sorted(media_types))
        )
    data = source.get("data")
    if not isinstance(data, str):
        raise reject(f"{where}.data must be base64 text")
    try:
        raw = base64.b64decode("".join(data.split()), validate=True)
    except (binascii.Error, ValueError):
        hint = ": send the base64 text alone, without the data: prefix"
        raise reject(
            f"{where}.data is not valid base64" + (hint if data.startswith("data:") else "")
        ) from None
    if len(raw) > max_bytes:
        raise reject(f"{where}.data is too large: {len(raw)} bytes, the limit is {max_bytes}")
    if not _MAGIC[str(media_type)](raw):
        raise reject(
            f"{where}.data is not {media_type} data (its first bytes say otherwise): "
            "send the media_type of the file"
        )


def _max_tokens(requested: object, cap: int, reject: Reject) -> tuple[int, bool]:
    """What is sent: `cap` when nothing was asked, the request clamped to `cap` otherwise."""
    if requested is None:
        return cap, False
    if isinstance(requested, bool) or not isinstance(requested, int):
        raise reject("max_tokens must be a whole number")
    if requested < 1:
        raise reject("max_tokens must be at least 1")
    return min(requested, cap), requested > cap


def _check_thinking(thinking: object, requested: object, sent: int, reject: Reject) -> None:
    if thinking is None:
        return
    if not isinstance(thinking, Mapping) or not _one_of(thinking.get("type"), THINKING_TYPES):
        raise reject(f"thinking must be an object whose type is one of: {_listed(THINKING_TYPES)}")
    if thinking["type"] != "enabled":
        return
    budget = thinking.get("budget_tokens")
    if isinstance(budget, bool) or not isinstance(budget, int) or budget < MIN_THINKING_BUDGET:
        raise reject(
            f"thinking.budget_tokens must be a whole number of at least {MIN_THINKING_BUDGET}"
        )
    if budget >= sent:
        why = (
            ""
            if requested == sent
            else ": none was given, so this service's cap"
            if requested is None
            else f": {requested} clamped to this service's cap"
        )
        raise reject(
            f"thinking.budget_tokens ({budget}) must be less than max_tokens ({sent}{why}); "
            "thinking counts inside max_tokens: lower budget_tokens"
        )


def _one_of(value: object, names: frozenset[str]) -> bool:
    """`value in names`, for any value (a list where a type belongs is not hashable)."""
    return isinstance(value, str) and value in names


def _listed(names: Iterable[str]) -> str:
    return ", ".join(sorted(names))


def _origin(text: Text) -> Origin:
    if text.kind == "tool_input":
        return "model"
    # A text block of a turn or of system sits at (..., index, "text"): not nested.
    typed = text.kind == "tool_definition" or (text.kind == "text" and len(text.path) <= 5)
    return "typed" if typed else "passed_on"


def _as_written(path: Path, params: Mapping[str, Any]) -> str:
    """A text's place as the caller wrote it: `messages[0].content` for a string content
    (normalised into one text block), `system` for a string system."""
    if path[0] == "system" and isinstance(params.get("system"), str):
        return "system"
    if (
        path[0] == "messages"
        and len(path) == 5
        and isinstance(index := path[1], int)
        and isinstance(params["messages"][index].get("content"), str)
    ):
        return describe(path[:3])
    return describe(path)


Origin = Literal["typed", "passed_on", "model"]
"""Who wrote a text: a person (turns, system, tool descriptions), a source the caller
passes on (tool results, documents, search results), or the model (its tool inputs)."""


class _Unclean(Exception):
    """A text breaks a rule; the message says how, the caller says where."""


def _clean(text: str, limits: InputLimits, *, origin: Origin, required: bool) -> tuple[str, int]:
    """The text with invisible characters handled; raises _Unclean for anything else."""
    if len(text) > limits.max_message_chars:
        raise _Unclean(
            f"is too long: {len(text)} characters, the limit is {limits.max_message_chars}"
        )
    if (surrogate := _SURROGATE.search(text)) is not None:
        raise _Unclean(
            f"is not valid Unicode text (a lone surrogate at character {surrogate.start()}): "
            "send UTF-8 text"
        )
    if origin == "model":
        return text, 0
    if origin == "typed" and (control := _CONTROL.search(text)) is not None:
        raise _Unclean(
            f"contains a control character ({_name(control.group())}) at character "
            f"{control.start()}; remove it (tab, newline and carriage return are allowed)"
        )
    removed = 0
    if (invisible := _INVISIBLE.search(text)) is not None:
        if limits.invisible_characters == "reject":
            raise _Unclean(
                f"contains an invisible character ({_name(invisible.group())}) at character "
                f"{invisible.start()}; remove it and send the text again"
            )
        text, removed = _INVISIBLE.subn("", text)
    if (blob := _BASE64_RUN.search(text)) is not None:
        raise _Unclean(
            f"contains {len(blob.group())} characters of base64 data: send an image or a PDF "
            "as an image or document block, not as text"
        )
    if required and not text.strip():
        raise _Unclean("must not be empty")
    return text, removed


def _name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed')}"
