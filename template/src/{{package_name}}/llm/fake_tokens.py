"""What a Messages request costs in input tokens, as the fake reports it; its prompt cache.

The real tokenizer is not public, so the fake counts by fixed, documented rules (see
`count_input_tokens`): close enough to real numbers to make usage plausible, and exact, so
tests and the gateway's own estimates can rely on them. Images are priced by their size
(read from the PNG, JPEG, GIF or WebP header by `estimate.image_size`: a fact of the file
formats, not a counting rule) and PDFs by their page count, as the API does.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .estimate import image_size

CHARS_PER_TOKEN = 4
"""A rough English average, good enough to make fake usage numbers plausible."""
TOKENS_PER_MESSAGE = 3
TOKENS_PER_REQUEST = 8
IMAGE_MAX_EDGE = 1568
IMAGE_MAX_PIXELS = 1_150_000
PIXELS_PER_TOKEN = 750
IMAGE_UNKNOWN_TOKENS = 1_600
"""An image whose size the fake cannot read (a URL, a file id, an unknown format)."""
PDF_PAGE_TOKENS = 1_500
PDF_UNKNOWN_PAGES = 10
"""A PDF the fake cannot read (a URL or a file id)."""
CACHE_TTL_S = {"5m": 300.0, "1h": 3600.0}


def text_tokens(text: str) -> int:
    """Tokens for one text: a quarter of its characters, rounded up, at least 1."""
    return max(1, math.ceil(len(text) / CHARS_PER_TOKEN))


def compact_json(value: object) -> str:
    """JSON as the fake counts it: no spaces after separators, non-ASCII kept."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def count_input_tokens(body: Mapping[str, Any]) -> int:
    """The input tokens of a Messages request (`/v1/messages` usage and `count_tokens`).

    - every text the model reads counts `max(1, ceil(chars / 4))`: the system prompt (a
      string or each text block), text blocks, tool_result content (a string, or its
      blocks by these rules), plain-text documents (`source.type == "text"`) and
      content-block documents, search_result blocks' texts, assistant `tool_use` (and
      `server_tool_use`) `input` as compact JSON, thinking blocks' `thinking`, each tool
      definition as compact JSON, and `output_config` as compact JSON (compact JSON: no
      spaces after `,` and `:`, non-ASCII kept, `cache_control` keys left out);
    - an image: a base64 PNG, JPEG, GIF or WebP is scaled down (aspect kept, pixel sides
      rounded down) until its long edge is at most 1568 px and its area at most 1,150,000
      px, then costs `ceil(width * height / 750)`; any other image costs 1,600;
    - a PDF: 1,500 per page, pages being the `/Type /Page` objects in the decoded bytes
      (at least 1); a PDF by URL or file id counts as 10 pages (15,000);
    - any other block counts as its compact JSON;
    - plus 3 per message and 8 per request.
    """
    return request_overhead(body) + sum(piece.tokens for piece in prompt_pieces(body))


def request_overhead(body: Mapping[str, Any]) -> int:
    """The tokens no cache can hold: the per-request 8 and the output configuration."""
    config = body.get("output_config")
    return TOKENS_PER_REQUEST + (text_tokens(compact_json(config)) if config else 0)


# --- The prompt in cache order -----------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """One cacheable unit of the prompt, in the API's cache order: tools, system, messages."""

    tokens: int
    key: str
    """What the piece holds (its compact JSON without `cache_control`), for the prefix hash."""
    ttl: str | None = None
    """The `cache_control` ttl when the piece is a cache breakpoint."""
    cacheable: bool = True
    """Whether the top-level `cache_control` may mark it: not a message's own overhead,
    not a thinking block."""


def prompt_pieces(body: Mapping[str, Any]) -> list[Piece]:
    """Tools, system blocks and message blocks as pieces, with their cache breakpoints.

    The top-level `cache_control` marks the last cacheable block (not a thinking block).
    """
    pieces = [_piece(tool, text_tokens(compact_json(_bare(tool)))) for tool in _list(body, "tools")]
    system = body.get("system")
    if isinstance(system, str) and system:
        pieces.append(Piece(text_tokens(system), compact_json(system)))
    elif isinstance(system, list):
        pieces.extend(_piece(block, text_tokens(block.get("text", ""))) for block in system)
    for message in _list(body, "messages"):
        pieces.append(Piece(TOKENS_PER_MESSAGE, f"<{message.get('role')}>", cacheable=False))
        content = message.get("content", "")
        if isinstance(content, str):
            pieces.append(Piece(text_tokens(content), compact_json(content)))
        else:
            pieces.extend(_piece(block, block_tokens(block)) for block in content)
    marker = body.get("cache_control")
    if marker:
        for index in range(len(pieces) - 1, -1, -1):
            piece = pieces[index]
            if piece.cacheable:
                if piece.ttl is None:
                    pieces[index] = Piece(piece.tokens, piece.key, _ttl(marker))
                break
    return pieces


def block_tokens(block: Mapping[str, Any]) -> int:
    """Tokens for one content block, by the rules in `count_input_tokens`."""
    match block.get("type"):
        case "text":
            return text_tokens(block.get("text", ""))
        case "image":
            return image_tokens(block.get("source", {}))
        case "document":
            return _document_tokens(block.get("source", {}))
        case "search_result":
            return _blocks_tokens(block.get("content", []))
        case "tool_result":
            content = block.get("content", "")
            return text_tokens(content) if isinstance(content, str) else _blocks_tokens(content)
        case "tool_use" | "server_tool_use":
            return text_tokens(compact_json(block.get("input", {})))
        case "thinking":
            return text_tokens(block.get("thinking", ""))
        case _:
            return text_tokens(compact_json(_bare(block)))


def _blocks_tokens(content: str | Iterable[Mapping[str, Any]]) -> int:
    if isinstance(content, str):
        return text_tokens(content)
    return sum(block_tokens(block) for block in content)


def _document_tokens(source: Mapping[str, Any]) -> int:
    match source.get("type"):
        case "text":
            return text_tokens(source.get("data", ""))
        case "content":
            return _blocks_tokens(source.get("content", ""))
        case "base64":
            data = _decoded(source.get("data", ""))
            return PDF_PAGE_TOKENS * (pdf_pages(data) if data is not None else PDF_UNKNOWN_PAGES)
        case _:  # a URL or a file id: unread
            return PDF_PAGE_TOKENS * PDF_UNKNOWN_PAGES


def _piece(block: Mapping[str, Any], tokens: int) -> Piece:
    marker = block.get("cache_control")
    thinking = block.get("type") in ("thinking", "redacted_thinking")
    return Piece(tokens, compact_json(_bare(block)), _ttl(marker) if marker else None, not thinking)


def _ttl(marker: Mapping[str, Any]) -> str:
    return str(marker.get("ttl", "5m"))


def _bare(block: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in block.items() if key != "cache_control"}


def _list(body: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    return list(body.get(key) or [])


# --- Images and PDFs ------------------------------------------------------------------------


def image_tokens(source: Mapping[str, Any]) -> int:
    """An image's tokens: by its size once scaled to the API's limits, else 1,600."""
    data = _decoded(source.get("data", "")) if source.get("type") == "base64" else None
    size = image_size(data) if data is not None else None
    if size is None:
        return IMAGE_UNKNOWN_TOKENS
    width, height = size
    scale = min(
        1.0,
        IMAGE_MAX_EDGE / max(width, height),
        math.sqrt(IMAGE_MAX_PIXELS / (width * height)),
    )
    width, height = max(1, int(width * scale)), max(1, int(height * scale))
    return math.ceil(width * height / PIXELS_PER_TOKEN)


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def pdf_pages(data: bytes) -> int:
    """The page objects (`/Type /Page`, not `/Pages`) in a PDF's bytes, at least 1."""
    return max(1, len(_PAGE.findall(data)))


def _decoded(data: str) -> bytes | None:
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None


# --- The prompt cache -------------------------------------------------------------------------


@dataclass(frozen=True)
class InputUsage:
    """A request's input tokens split as the API reports them."""

    input_tokens: int
    cache_creation: Mapping[str, int] = field(default_factory=dict)
    """Tokens written to the cache by ttl ("5m", "1h")."""
    cache_read: int = 0

    @property
    def cache_creation_total(self) -> int:
        return sum(self.cache_creation.values())


class PromptCache:
    """Which prompt prefixes were cached, by hash, until their ttl runs out.

    A prefix ends at a cache breakpoint (a block with `cache_control`). The longest
    remembered prefix is read from the cache; what the request's breakpoints add beyond
    it is written, each part at its breakpoint's ttl. A prefix shorter than
    `min_tokens` is never cached, as with the API's minimum cacheable length.
    """

    def __init__(self, min_tokens: int = 1024) -> None:
        self.min_tokens = min_tokens
        self._expiry: dict[str, float] = {}

    def split(self, body: Mapping[str, Any], pieces: list[Piece]) -> InputUsage:
        """Input, cache writes and cache reads for a request; remembers what it writes."""
        total = request_overhead(body) + sum(piece.tokens for piece in pieces)
        now = time.monotonic()
        breakpoints: list[tuple[int, str, str]] = []  # prefix tokens, hash, ttl
        digest = hashlib.sha256(str(body.get("model")).encode())
        prefix = 0
        for piece in pieces:
            digest.update(piece.key.encode())
            prefix += piece.tokens
            if piece.ttl is not None and prefix >= self.min_tokens:
                breakpoints.append((prefix, digest.copy().hexdigest(), piece.ttl))
        read = max(
            (tokens for tokens, key, _ in breakpoints if self._expiry.get(key, 0.0) > now),
            default=0,
        )
        written: dict[str, int] = {}
        covered = read
        for tokens, key, ttl in breakpoints:
            if tokens > covered:
                written[ttl] = written.get(ttl, 0) + tokens - covered
                covered = tokens
            self._expiry[key] = now + CACHE_TTL_S.get(ttl, CACHE_TTL_S["5m"])
        return InputUsage(total - read - sum(written.values()), written, read)
