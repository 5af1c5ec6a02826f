"""An upper bound on a request's input tokens, without a network call, and its server tools.

The budget holds a call's worst case before it is sent, so the prompt's size must be
bounded from above, never guessed. Every part of the request is bounded by what it is:

* text (system, messages, tool inputs and results, plain-text documents, thinking): its
  UTF-8 bytes, since a token is never shorter than one byte;
* structure (block framing, tool definitions, `tool_choice`, `output_config`): its compact
  JSON bytes, plus `TOKENS_PER_BLOCK`, `TOKENS_PER_MESSAGE` and `TOKENS_PER_REQUEST`; a
  system prompt given as a string as the text block a cache marker makes of it;
* `cache_control` markers: nothing (the model never reads them), so a request bounds the
  same with or without them;
* images: `ceil(width * height / 750)` from the size in the file's header (PNG, JPEG, GIF,
  WebP), never above `image_max_tokens`, which also prices an image of unknown size;
* base64 PDFs: `pdf_page_max_tokens` per page (an image of each page plus its text) plus
  every byte of the file and of its inflated streams (a page's text comes from them);
* offered tools: `TOOLS_PROMPT_TOKENS` once (the API's tool-use system prompt) and
  `DEFINED_TOOL_TOKENS` for each Anthropic-defined tool, whose schema the API supplies.

What cannot be bounded here (a document by URL or file id, encrypted content, a PDF whose
pages cannot be read) is listed in `InputBound.unbounded`; the pipeline then asks
`count_tokens` first, or refuses, as PREFLIGHT_COUNT_TOKENS says (`preflight`).

Server tools call the model more than once per request, each time reading the prompt and
what the tools returned: `server_tools` says how many uses each may make and how large a
result may be, for `Budget.worst_case`. Only web search and web fetch can be bounded;
`unsupported_tools` names the others, which the pipeline refuses.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import orjson

from .request import Params, Path, cache_breakpoints, describe

if TYPE_CHECKING:
    from ..config import Settings

TOKENS_PER_REQUEST = 16
"""Fixed overhead of one request's prompt format, rounded up."""
TOKENS_PER_MESSAGE = 8
"""Per-turn overhead of the prompt format, rounded up."""
TOKENS_PER_BLOCK = 4
"""Per-block framing beyond the block's own JSON keys, rounded up."""
TOOLS_PROMPT_TOKENS = 1_000
"""The system prompt the API adds when tools are offered (its docs: ~350), rounded up."""
DEFINED_TOOL_TOKENS = 2_000
"""An Anthropic-defined tool's schema (bash, text editor, computer, web search...): the
API's docs list at most ~750 per tool; UNVERIFIED for tools they do not list."""
PIXELS_PER_TOKEN = 750

DEFAULT_IMAGE_MAX_TOKENS = 1_600
"""UNVERIFIED: the API's docs put an image at ~w*h/750 tokens after scaling it to at most
~1.15 megapixels, about 1,600 tokens; a model that reads larger images needs more."""
DEFAULT_PDF_PAGE_MAX_TOKENS = 3_000
"""UNVERIFIED: the API's docs put a PDF page at 1,500-3,000 tokens (its image and text)."""
DEFAULT_PREFLIGHT_MARGIN = 0.1
"""`count_tokens` is an estimate: its figure is raised by this share before it is held."""
DEFAULT_SERVER_TOOL_MAX_USES = 5
"""Uses a web search or web fetch tool may make per request when the caller sets none."""
DEFAULT_SERVER_TOOL_RESULT_MAX_TOKENS = 10_000
"""UNVERIFIED: tokens one web search or web fetch result may add to the prompt."""

INFLATED_PDF_MAX_BYTES = 64 * 1024 * 1024
"""Inflating a PDF's streams stops here: past it the request goes to `count_tokens`."""

PreflightMode = Literal["auto", "always", "never"]


@dataclass(frozen=True)
class EstimateLimits:
    """The settings the bound depends on; Settings sets the real ones."""

    image_max_tokens: int = DEFAULT_IMAGE_MAX_TOKENS
    pdf_page_max_tokens: int = DEFAULT_PDF_PAGE_MAX_TOKENS
    server_tool_max_uses: int = DEFAULT_SERVER_TOOL_MAX_USES
    server_tool_result_max_tokens: int = DEFAULT_SERVER_TOOL_RESULT_MAX_TOKENS
    preflight: PreflightMode = "auto"
    preflight_margin: float = DEFAULT_PREFLIGHT_MARGIN

    @classmethod
    def from_settings(cls, settings: Settings) -> EstimateLimits:
        return cls(
            image_max_tokens=settings.image_max_tokens,
            pdf_page_max_tokens=settings.pdf_page_max_tokens,
            server_tool_max_uses=settings.server_tool_max_uses,
            server_tool_result_max_tokens=settings.server_tool_result_max_tokens,
            preflight=settings.preflight_count_tokens,
            preflight_margin=settings.preflight_margin,
        )


@dataclass(frozen=True)
class InputBound:
    """At most this many input tokens (input + cache writes + cache reads) per model call,
    unless `unbounded` names parts the bound could not see."""

    tokens: int
    unbounded: tuple[str, ...] = ()
    """Each part that could not be bounded: where it is and why."""

    def counted(self, count: int, *, margin: float) -> InputBound:
        """The bound once `count_tokens` has counted the whole prompt: its figure raised by
        `margin` (it is an estimate), and never below what was bounded here."""
        return InputBound(max(self.tokens, math.ceil(count * (1 + margin))))

    def refusal(self) -> str:
        """Why a request is refused when no count may be asked (PREFLIGHT_COUNT_TOKENS=never)."""
        return (
            "The request's size cannot be bounded before it is sent, and token counting "
            "is off (PREFLIGHT_COUNT_TOKENS=never): " + "; ".join(self.unbounded) + "."
        )


def preflight(bound: InputBound, mode: PreflightMode) -> Literal["skip", "count", "refuse"]:
    """What the pipeline does before reserving: call `count_tokens` (then `bound.counted`),
    go on with the bound as it is, or refuse with `bound.refusal()`."""
    if mode == "always":
        return "count"
    if not bound.unbounded:
        return "skip"
    return "count" if mode == "auto" else "refuse"


def input_bound(params: Params, *, limits: EstimateLimits) -> InputBound:
    """An upper bound on the input tokens of one model call for this request."""
    walk = _Walk(limits)
    tokens = TOKENS_PER_REQUEST
    system = params.get("system")
    if isinstance(system, str):
        # As the text block it becomes once a cache marker closes it (caching.py).
        tokens += walk.block({"type": "text", "text": system}, ("system", 0))
    elif system is not None:
        tokens += sum(walk.block(block, ("system", i)) for i, block in enumerate(system))
    for m, message in enumerate(params.get("messages", [])):
        content = message.get("content", "")
        tokens += TOKENS_PER_MESSAGE
        if isinstance(content, str):
            tokens += _bytes(content)
        else:
            path: Path = ("messages", m, "content")
            tokens += sum(walk.block(block, (*path, b)) for b, block in enumerate(content))
    tools = list(params.get("tools") or [])
    if tools:
        tokens += TOOLS_PROMPT_TOKENS
    for tool in tools:
        defined = tool.get("type") not in (None, "custom")
        if "cache_control" in tool:
            tool = {key: value for key, value in tool.items() if key != "cache_control"}
        tokens += json_bytes(tool) + (DEFINED_TOOL_TOKENS if defined else 0)
    tokens += sum(
        json_bytes(params[key]) for key in ("tool_choice", "output_config") if key in params
    )
    return InputBound(tokens, tuple(walk.unbounded))


class _Walk:
    """Bounds blocks and notes what it cannot bound."""

    def __init__(self, limits: EstimateLimits) -> None:
        self.limits = limits
        self.unbounded: list[str] = []

    def block(self, block: Mapping[str, Any], path: Path) -> int:
        return TOKENS_PER_BLOCK + self.value(block, path)

    def value(self, value: object, path: Path) -> int:
        """Every string by its bytes, every other leaf by its JSON, images and documents
        by their own rules, wherever they sit (a tool result, a fetched page...)."""
        if isinstance(value, str):
            return _bytes(value)
        if isinstance(value, Mapping):
            match value.get("type"):
                case "text" if value.keys() <= _PLAIN_TEXT_KEYS and isinstance(
                    text := value.get("text"), str
                ):
                    # Most blocks: what `fields` adds up for them, without walking them.
                    return _PLAIN_TEXT_FRAMING + _bytes(text)
                case "image":
                    return self.image(value, path)
                case "document":
                    return self.document(value, path)
                case "redacted_thinking":
                    self.note(path, "encrypted thinking, whose size in tokens is unknown")
                    return json_bytes(value)
            return self.fields(value, path)
        if isinstance(value, list | tuple):
            return 2 + sum(self.value(inner, (*path, i)) + 1 for i, inner in enumerate(value))
        return json_bytes(value)

    def fields(self, value: Mapping[str, Any], path: Path, skip: str = "") -> int:
        """A mapping by its keys and values (but `skip` and `cache_control`, an instruction
        to the API that the model never reads)."""
        total = 2  # the braces
        for key, inner in value.items():
            if key in ("cache_control", skip):
                continue
            if key.startswith("encrypted_") and key != "encrypted_index":
                self.note((*path, key), "encrypted content, whose size in tokens is unknown")
            total += _bytes(key) + 4 + self.value(inner, (*path, key))
        return total

    def image(self, block: Mapping[str, Any], path: Path) -> int:
        """By its size in pixels when the header says it, else at the most an image costs."""
        cap = self.limits.image_max_tokens
        source = block.get("source")
        framing = self.fields(block, path, skip="source")
        data = _decoded(source) if isinstance(source, Mapping) else None
        size = image_size(data) if data is not None else None
        tokens = cap if size is None else min(cap, math.ceil(size[0] * size[1] / PIXELS_PER_TOKEN))
        return framing + tokens

    def document(self, block: Mapping[str, Any], path: Path) -> int:
        """Text by its bytes, nested content by its blocks, a base64 PDF by its pages."""
        source = block.get("source")
        framing = self.fields(block, path, skip="source")
        if not isinstance(source, Mapping):
            return framing + self.value(source, (*path, "source"))
        where = (*path, "source")
        match source.get("type"):
            case "text" | "content":
                return framing + self.value(source, where)
            case "base64":
                data = _decoded(source)
                pages = pdf_bound(data, self.limits.pdf_page_max_tokens) if data else None
                if pages is None:
                    self.note(where, "a PDF whose pages cannot be read")
                    return framing
                return framing + pages
            case kind:
                self.note(where, f"a document by {kind or 'reference'}, read by the API only")
                return framing

    def note(self, path: Path, why: str) -> None:
        self.unbounded.append(f"{describe(path)}: {why}")


_PLAIN_TEXT_KEYS = frozenset({"type", "text", "cache_control"})
_PLAIN_TEXT_FRAMING = 2 + (4 + 4 + 4) + (4 + 4)
"""A plain text block's braces, `"type": "text"`, and the `"text"` key, as `fields` counts
them (a key's bytes + 4, a value's bytes); `cache_control` is never counted."""


def _bytes(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def json_bytes(value: object) -> int:
    """The bytes of `value` as compact JSON, non-ASCII kept. orjson: a tenth of
    `json.dumps`'s time, and every tool definition is measured on every call; what it
    cannot encode (a lone surrogate, an integer beyond 64 bits) goes to `json.dumps`."""
    try:
        return len(orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS, default=str))
    except TypeError:  # orjson.JSONEncodeError
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
        return _bytes(text)


def _decoded(source: Mapping[str, Any]) -> bytes | None:
    if source.get("type") != "base64" or not isinstance(source.get("data"), str):
        return None
    try:
        return base64.b64decode(source["data"], validate=True)
    except (binascii.Error, ValueError):
        return None


# --- Images ---------------------------------------------------------------------------------


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG, GIF, WebP or JPEG header; None when it cannot be read."""
    size: tuple[int, int] | None = None
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        size = struct.unpack(">II", data[16:24])
    elif data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        size = struct.unpack("<HH", data[6:10])
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        size = _webp_size(data)
    elif data.startswith(b"\xff\xd8"):
        size = _jpeg_size(data)
    return size if size is not None and size[0] > 0 and size[1] > 0 else None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30:
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(data) >= 30:
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    return None


# Start-of-frame markers hold the size; C4, C8 and CC share the range but are not frames.
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the segments to the first start-of-frame, which holds height then width."""
    at = 2
    while at + 9 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        at += 2 + length
    return None


# --- PDFs -------------------------------------------------------------------------------------

_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")
_STREAM = re.compile(rb"stream\r?\n")
# Filters whose output may be much larger than their input and that zlib cannot undo.
_UNREADABLE = re.compile(rb"/(?:LZWDecode|RunLengthDecode|Crypt)\b|/Encrypt\b")


def pdf_bound(data: bytes, page_tokens: int) -> int | None:
    """`page_tokens` per page plus the bytes of the file and of its inflated streams, or
    None when the pages cannot be counted (encrypted, unknown filters, no page found)."""
    if _UNREADABLE.search(data):
        return None
    inflated = _inflated_streams(data)
    if inflated is None:
        return None
    pages = max(
        sum(len(_PAGE.findall(chunk)) for chunk in (data, *inflated)),
        max(
            (int(a or b) for chunk in (data, *inflated) for a, b in _COUNT.findall(chunk)),
            default=0,
        ),
    )
    if pages == 0:
        return None
    return pages * page_tokens + len(data) + sum(len(chunk) for chunk in inflated)


def _inflated_streams(data: bytes) -> list[bytes] | None:
    """Every Flate stream inflated (page objects hide in compressed object streams, text in
    compressed content streams); streams zlib cannot read are left as they are (images).
    None when they inflate past `INFLATED_PDF_MAX_BYTES`."""
    found: list[bytes] = []
    budget = INFLATED_PDF_MAX_BYTES
    for match in _STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        if end < 0:
            break
        inflater = zlib.decompressobj()
        try:
            chunk = inflater.decompress(data[match.end() : end], budget + 1)
        except zlib.error:
            continue
        if len(chunk) > budget:
            return None
        budget -= len(chunk)
        found.append(chunk)
    return found


# --- Server tools ---------------------------------------------------------------------------

SERVER_TOOL_PREFIXES = ("web_search_", "web_fetch_", "code_execution_", "tool_search_tool_")
CLIENT_TOOL_PREFIXES = ("bash_", "text_editor_", "memory_", "computer_")
"""Anthropic-defined tools the caller runs: one model call per request, like custom tools."""
ServerToolKind = Literal["web_search", "web_fetch"]
BOUNDED_SERVER_TOOLS: dict[str, ServerToolKind] = {
    "web_search_20250305": "web_search",
    "web_fetch_20250910": "web_fetch",
}
"""Server tools whose calls `max_uses` bounds. Later versions filter results by running
code execution inside the request, model calls that no `max_uses` counts."""


@dataclass(frozen=True)
class ServerTool:
    """A bounded server tool of a request."""

    kind: ServerToolKind
    max_uses: int
    result_tokens: int
    """The most one use may add to the prompt."""


def unsupported_tools(params: Params) -> list[str]:
    """The tools whose cost cannot be bounded before the call, each with the reason.

    Server tools other than web search and web fetch (code execution, tool search, the
    web tools' versions with dynamic filtering) and tool types this service does not know
    run model calls that nothing here counts: the pipeline refuses them.
    """
    refused = []
    for index, tool in enumerate(params.get("tools") or []):
        kind = tool.get("type")
        if kind in (None, "custom") or kind in BOUNDED_SERVER_TOOLS:
            continue
        if isinstance(kind, str) and kind.startswith(CLIENT_TOOL_PREFIXES):
            continue
        what = "server tool" if str(kind).startswith(SERVER_TOOL_PREFIXES) else "tool type"
        refused.append(
            f"tools[{index}] ({kind}): a {what} whose model calls cannot be bounded before "
            f"the request is sent; supported server tools: {', '.join(BOUNDED_SERVER_TOOLS)}"
        )
    return refused


def with_server_tool_limits(params: Params, max_uses: int) -> Params:
    """The request with `max_uses` set on every web search or web fetch tool that lacks it
    (a copy; the caller's request is never modified): a call's cost needs a bound."""
    tools = params.get("tools") or []
    if not any(_unlimited(tool) for tool in tools):
        return params
    limited = [{**tool, "max_uses": max_uses} if _unlimited(tool) else tool for tool in tools]
    return {**params, "tools": limited}


def server_tools(params: Params, *, result_max_tokens: int) -> list[ServerTool]:
    """The request's web search and web fetch tools with their bounds.

    A web fetch's own `max_content_tokens` raises the result bound, never lowers it: the
    API calls that limit approximate and does not apply it to PDFs.
    """
    found = []
    for tool in params.get("tools") or []:
        kind = BOUNDED_SERVER_TOOLS.get(str(tool.get("type")))
        if kind is None:
            continue
        if _unlimited(tool):
            raise ValueError(f"{kind}: max_uses is not set (with_server_tool_limits sets it)")
        result = max(result_max_tokens, int(tool.get("max_content_tokens") or 0))
        found.append(ServerTool(kind, int(tool["max_uses"]), result))
    return found


def _unlimited(tool: Mapping[str, Any]) -> bool:
    return tool.get("type") in BOUNDED_SERVER_TOOLS and tool.get("max_uses") is None


def cache_may_write(params: Params) -> bool:
    """Whether the call may write the prompt cache: a `cache_control` on the request, on a
    tool or on a block (`request.cache_breakpoints`, nested blocks included), or a server
    tool (its loop may cache what it read)."""
    return (
        any(BOUNDED_SERVER_TOOLS.get(str(tool.get("type"))) for tool in params.get("tools") or [])
        or cache_breakpoints(params) > 0
    )
