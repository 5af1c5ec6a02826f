"""What the pipeline hands back: a `Reply` (a Message and its accounting), and the shapes
of the simple text door built from it (`Answer`, `StreamEvent`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from anthropic.types import Message, TextBlock, Usage


@dataclass(frozen=True)
class Reply:
    """A Message the pipeline produced, what it cost, and whether a fallback served it."""

    message: Message
    cost_usd: Decimal
    request_id: str
    degraded: bool = False
    degraded_reason: str | None = None
    """Why a fallback answered: the error type it covered (e.g. `overloaded_error`)."""
    fallback: str | None = None
    """Which fallback answered: `fallback_model`, `cache` or `static_message`."""
    human_review: bool = False
    """The human-review hook was called for this request (HUMAN_REVIEW): the answer is
    flagged for a person to check."""

    @property
    def text(self) -> str:
        """The text blocks of the message, joined."""
        return text_of(self.message)


def text_of(message: Message) -> str:
    return "".join(block.text for block in message.content if block.type == "text")


def static_message(text: str, *, model: str) -> Message:
    """The service's own words (a policy file's message) as a Message: no tokens, no cost."""
    message = Message(
        id=f"msg_static_{uuid.uuid4().hex[:24]}",
        type="message",
        role="assistant",
        model=model,
        content=[TextBlock(type="text", text=text)],
        stop_reason="end_turn",
        stop_sequence=None,
        usage=Usage(input_tokens=0, output_tokens=0),
    )
    message._request_id = None  # no API call: no Anthropic request id (the SDK sets it on its own)
    return message


@dataclass(frozen=True)
class TokenUsage:
    """Tokens of each kind one call consumed, as the API reported them."""

    input_tokens: int
    output_tokens: int
    cache_read_input_tokens: int = 0
    cache_creation_input_tokens: int = 0

    @classmethod
    def of(cls, usage: Usage) -> TokenUsage:
        return cls(
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            cache_read_input_tokens=usage.cache_read_input_tokens or 0,
            cache_creation_input_tokens=usage.cache_creation_input_tokens or 0,
        )


@dataclass(frozen=True)
class Answer:
    """What the simple text door (`Gateway.ask`, `/v1/ask`) returns."""

    text: str
    model: str
    usage: TokenUsage
    cost_usd: Decimal
    stop_reason: str | None
    request_id: str
    anthropic_request_id: str | None
    degraded: bool = False
    degraded_reason: str | None = None
    fallback: str | None = None
    human_review: bool = False

    @classmethod
    def of(cls, reply: Reply, *, text: str | None = None) -> Answer:
        """The reply as the text door returns it; `text`: as the post-filters deliver it
        (the reply's own text when not given)."""
        message = reply.message
        return cls(
            text=reply.text if text is None else text,
            model=message.model,
            usage=TokenUsage.of(message.usage),
            cost_usd=reply.cost_usd,
            stop_reason=message.stop_reason,
            request_id=reply.request_id,
            anthropic_request_id=message._request_id,
            degraded=reply.degraded,
            degraded_reason=reply.degraded_reason,
            fallback=reply.fallback,
            human_review=reply.human_review,
        )

    def summary(self) -> dict[str, object]:
        """The `done` event of a text stream: everything but the text, sent as deltas."""
        return {
            "model": self.model,
            "usage": vars(self.usage),
            "cost_usd": float(self.cost_usd),
            "stop_reason": self.stop_reason,
            "request_id": self.request_id,
            "degraded": self.degraded,
            "degraded_reason": self.degraded_reason,
            "fallback": self.fallback,
            "human_review": self.human_review,
        }


@dataclass(frozen=True)
class StreamEvent:
    """One server-sent event of the text door: `delta` (text), `done` (summary) or `error`;
    `replace` (the whole text) when a post-filter replaced what was streamed (a refusal)."""

    name: str
    data: dict[str, object]
