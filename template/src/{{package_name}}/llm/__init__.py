"""The service's integration with Claude: one pipeline, three doors onto it.

    Claude           the SDK-shaped client: messages.create / .stream / .count_tokens
    Gateway          the pipeline itself; `ask` / `stream` are its simple text door
    Answer, Reply    what the text door and the pipeline return
    calling_as       who the calls in a block are for (the API layer sets it)

and the errors a call can end with (errors.py draws their tree).

The names are imported on first use: config.py imports leaf modules of this package (the
fake's script grammar, the limit syntax, the PII patterns) to validate settings, and the
pipeline imports config.py, so importing the pipeline here at once would be a cycle.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .answer import Answer, Reply, StreamEvent
    from .claude import Caller, Claude, calling_as
    from .errors import (
        BudgetExhausted,
        CircuitOpen,
        ContentBlocked,
        InvalidRequest,
        LLMError,
        RateLimited,
        RetryLater,
        SpendLimitReached,
        UpstreamError,
        UpstreamMisconfigured,
        UpstreamUnavailable,
    )
    from .gateway import Gateway

_MODULE_OF = {
    "Answer": "answer",
    "Reply": "answer",
    "StreamEvent": "answer",
    "Caller": "claude",
    "Claude": "claude",
    "calling_as": "claude",
    "Gateway": "gateway",
    **dict.fromkeys(
        [
            "BudgetExhausted",
            "CircuitOpen",
            "ContentBlocked",
            "InvalidRequest",
            "LLMError",
            "RateLimited",
            "RetryLater",
            "SpendLimitReached",
            "UpstreamError",
            "UpstreamMisconfigured",
            "UpstreamUnavailable",
        ],
        "errors",
    ),
}

__all__ = [
    "Answer",
    "BudgetExhausted",
    "Caller",
    "CircuitOpen",
    "Claude",
    "ContentBlocked",
    "Gateway",
    "InvalidRequest",
    "LLMError",
    "RateLimited",
    "Reply",
    "RetryLater",
    "SpendLimitReached",
    "StreamEvent",
    "UpstreamError",
    "UpstreamMisconfigured",
    "UpstreamUnavailable",
    "calling_as",
]


def __getattr__(name: str) -> object:
    if (module := _MODULE_OF.get(name)) is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
