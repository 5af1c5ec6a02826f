"""Input checks that run before anything is sent: a malformed request never costs a token.

The rules are the Messages API's own (turns alternate, the first is the user's, none is
empty), checked here so the caller gets a clear reason instead of an upstream 400.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .errors import InvalidRequest, Stage

Role = Literal["user", "assistant"]
ROLES: tuple[Role, Role] = ("user", "assistant")


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


def check_request(
    messages: Sequence[ChatMessage], max_tokens: int | None, *, cap: int, request_id: str
) -> CheckedRequest:
    """The request, ready to send; raises InvalidRequest with the reason when it is not."""

    def reject(reason: str) -> InvalidRequest:
        return InvalidRequest(reason, request_id=request_id, stage=Stage.VALIDATE)

    if not messages:
        raise reject("messages must contain at least one message")
    for index, message in enumerate(messages):
        expected = ROLES[index % 2]
        if message.role not in ROLES:
            raise reject(f"messages[{index}].role must be 'user' or 'assistant'")
        if message.role != expected:
            raise reject(
                f"messages[{index}].role must be '{expected}': "
                "turns alternate, starting with 'user'"
            )
        if not message.content.strip():
            raise reject(f"messages[{index}].content must not be empty")
    if max_tokens is not None and max_tokens < 1:
        raise reject("max_tokens must be at least 1")
    # No max_tokens means "as much as allowed"; more than allowed is quietly capped.
    sent = cap if max_tokens is None else min(max_tokens, cap)
    clamped = max_tokens is not None and max_tokens > cap
    return CheckedRequest(tuple(messages), sent, clamped)
