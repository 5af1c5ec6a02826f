"""Input checks that run before anything is sent: a malformed request never costs a token.

The rules are the Messages API's own (turns alternate, the first is the user's, none is
empty), checked here so the caller gets a clear reason instead of an upstream 400, plus
our own limits:

* size: at most `max_messages` turns, `max_message_chars` characters per turn, and an
  estimated `max_input_tokens` for the whole conversation (estimated conservatively from
  UTF-8 bytes, so the check never lets through more than the real count);
* text that is not clean Unicode: lone surrogates (what invalid UTF-8 becomes after a
  lenient decoder) and control characters other than tab, newline and carriage return;
* invisible characters that hide text from a human reviewer but not from the model
  (zero-width spaces, bidirectional overrides, Unicode "tag" characters used to smuggle
  instructions): stripped or rejected, as `invisible_characters` says;
* inline base64 blobs (a pasted image or PDF): attachments are not accepted as text.

Every rejection names the message and what to change.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .errors import InvalidRequest, Stage

if TYPE_CHECKING:
    from ..config import Settings

Role = Literal["user", "assistant"]
ROLES: tuple[Role, Role] = ("user", "assistant")

BYTES_PER_TOKEN_ESTIMATE = 3
"""Claude's tokenizer averages ~4 bytes of English per token, ~3 for CJK; 3 overestimates."""
MAX_INLINE_BASE64_CHARS = 8_192
"""A base64 run this long is an attachment pasted as text (6 KB of binary), not prose."""

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


@dataclass(frozen=True)
class ChatMessage:
    """One turn of the conversation, as the caller sent it."""

    role: Role
    content: str


@dataclass(frozen=True)
class CheckedRequest:
    """A request that passed validation, with the max_tokens that will be sent."""

    messages: tuple[ChatMessage, ...]
    max_tokens: int
    max_tokens_clamped: bool
    invisible_stripped: int = 0
    """Invisible characters removed from the messages (0 unless the policy is `strip`)."""


@dataclass(frozen=True)
class InputLimits:
    """The size and character rules; defaults are generous, Settings sets the real ones."""

    max_input_tokens: int = 100_000
    max_message_chars: int = 400_000
    max_messages: int = 100
    invisible_characters: Literal["strip", "reject"] = "strip"

    @classmethod
    def from_settings(cls, settings: Settings) -> InputLimits:
        return cls(
            max_input_tokens=settings.max_input_tokens,
            max_message_chars=settings.max_message_chars,
            max_messages=settings.max_messages,
            invisible_characters=settings.invisible_characters,
        )


DEFAULT_LIMITS = InputLimits()


def estimate_tokens(text: str) -> int:
    """An upper estimate of the tokens of a text, without a tokenizer or a network call."""
    return math.ceil(len(text.encode("utf-8", "surrogatepass")) / BYTES_PER_TOKEN_ESTIMATE)


def check_request(
    messages: Sequence[ChatMessage],
    max_tokens: int | None,
    *,
    cap: int,
    request_id: str,
    limits: InputLimits = DEFAULT_LIMITS,
) -> CheckedRequest:
    """The request, ready to send; raises InvalidRequest with the reason when it is not."""

    def reject(reason: str) -> InvalidRequest:
        return InvalidRequest(reason, request_id=request_id, stage=Stage.VALIDATE)

    if not messages:
        raise reject("messages must contain at least one message")
    if len(messages) > limits.max_messages:
        raise reject(
            f"too many messages: {len(messages)} > {limits.max_messages}; "
            "shorten the conversation (drop or summarise older turns)"
        )
    cleaned: list[ChatMessage] = []
    stripped = 0
    for index, message in enumerate(messages):
        expected = ROLES[index % 2]
        if message.role not in ROLES:
            raise reject(f"messages[{index}].role must be 'user' or 'assistant'")
        if message.role != expected:
            raise reject(
                f"messages[{index}].role must be '{expected}': "
                "turns alternate, starting with 'user'"
            )
        content, removed = _clean(message.content, f"messages[{index}].content", limits, reject)
        stripped += removed
        cleaned.append(ChatMessage(message.role, content))
    estimated = sum(estimate_tokens(message.content) for message in cleaned)
    if estimated > limits.max_input_tokens:
        raise reject(
            f"the conversation is too long: about {estimated} tokens, the limit is "
            f"{limits.max_input_tokens}; shorten it or split the request"
        )
    if max_tokens is not None and max_tokens < 1:
        raise reject("max_tokens must be at least 1")
    # No max_tokens means "as much as allowed"; more than allowed is quietly capped.
    sent = cap if max_tokens is None else min(max_tokens, cap)
    clamped = max_tokens is not None and max_tokens > cap
    return CheckedRequest(tuple(cleaned), sent, clamped, stripped)


def _clean(
    text: str,
    where: str,
    limits: InputLimits,
    reject: Callable[[str], InvalidRequest],
) -> tuple[str, int]:
    """The text with invisible characters handled; raises for anything else unclean."""
    if len(text) > limits.max_message_chars:
        raise reject(
            f"{where} is too long: {len(text)} characters, the limit is {limits.max_message_chars}"
        )
    if (surrogate := _SURROGATE.search(text)) is not None:
        raise reject(
            f"{where} is not valid Unicode text (a lone surrogate at character "
            f"{surrogate.start()}): send UTF-8 text"
        )
    if (control := _CONTROL.search(text)) is not None:
        raise reject(
            f"{where} contains a control character ({_name(control.group())}) at character "
            f"{control.start()}; remove it (tab, newline and carriage return are allowed)"
        )
    removed = 0
    if (invisible := _INVISIBLE.search(text)) is not None:
        if limits.invisible_characters == "reject":
            raise reject(
                f"{where} contains an invisible character ({_name(invisible.group())}) at "
                f"character {invisible.start()}; remove it and send the text again"
            )
        text, removed = _INVISIBLE.subn("", text)
    if (blob := _BASE64_RUN.search(text)) is not None:
        raise reject(
            f"{where} contains {len(blob.group())} characters of base64 data: attachments "
            "are not accepted, send the text you want answered instead"
        )
    if not text.strip():
        raise reject(f"{where} must not be empty")
    return text, removed


def _name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed')}"
