"""The one entry point to Claude. `Gateway.ask` reads top to bottom as the pipeline:

    validate input -> call Claude -> cost from usage -> log one event -> answer

Later stages (filters, rate limits, budget, fallback) slot into `ask` in that order.
Whatever happens, the call ends in an `Answer` or in an error from `errors.py`, and in
exactly one `llm.request` log event.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

import anthropic
from anthropic.types import AssistantMessageParam, Message, MessageParam, UserMessageParam

from ..config import Settings
from .client import Attempts, count_attempts, create_client
from .errors import LLMError, from_sdk_error
from .fake import FakeMessagesAPI
from .pricing import Catalog
from .telemetry import RequestEvent, hash_user, log_request
from .validation import ChatMessage, CheckedRequest, check_request

# The root package of the service, where the user-owned prompts/ directory lives.
_ROOT_PACKAGE = __name__.split(".")[0]


def load_system_prompt() -> str:
    """The system prompt: `prompts/system.md`, yours to edit (copier update keeps it)."""
    prompt = resources.files(_ROOT_PACKAGE).joinpath("prompts", "system.md")
    return prompt.read_text(encoding="utf-8").strip()


def new_request_id() -> str:
    """A fresh id for a call, when the caller did not bring one."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class TokenUsage:
    """Tokens of each kind one call consumed, as the API reported them."""

    input_tokens: int
    output_tokens: int
    cache_read_input_tokens: int = 0
    cache_creation_input_tokens: int = 0


@dataclass(frozen=True)
class Answer:
    """What a successful call returns."""

    text: str
    model: str
    usage: TokenUsage
    cost_usd: Decimal
    stop_reason: str | None
    request_id: str
    anthropic_request_id: str | None
    degraded: bool = False


class Gateway:
    """Sends validated requests to Claude and accounts for every call."""

    def __init__(
        self,
        settings: Settings,
        client: anthropic.AsyncAnthropic,
        *,
        catalog: Catalog,
        system_prompt: str,
    ) -> None:
        self._settings = settings
        self._client = client
        self.catalog = catalog
        self._system_prompt = system_prompt

    @classmethod
    def from_settings(cls, settings: Settings, *, fake: FakeMessagesAPI | None = None) -> Gateway:
        """A gateway with the shipped catalog and prompt (`fake`: see client.create_client)."""
        return cls(
            settings,
            create_client(settings, fake=fake),
            catalog=Catalog.load(),
            system_prompt=load_system_prompt(),
        )

    async def aclose(self) -> None:
        """Close the HTTP connections of the client."""
        await self._client.close()

    def log_model_notices(self, *, today: dt.date) -> None:
        """Warn at start-up about configured models that are retiring, unknown or unpriced."""
        configured = (self._settings.model, self._settings.fallback_model)
        self.catalog.log_notices(configured, today=today)

    async def ask(
        self,
        messages: Sequence[ChatMessage],
        *,
        user_id: str,
        max_tokens: int | None = None,
        request_id: str | None = None,
    ) -> Answer:
        """Ask Claude; returns the Answer or raises an LLMError (and logs either way)."""
        request_id = request_id or new_request_id()
        started = time.perf_counter()
        request: CheckedRequest | None = None
        with count_attempts() as attempts:
            try:
                request = check_request(
                    messages, max_tokens, cap=self._settings.max_tokens_cap, request_id=request_id
                )
                message = await self._call_claude(request, request_id)
            except LLMError as error:
                log_request(
                    self._event(request_id, user_id, request, started, attempts, error=error)
                )
                raise
        cost = self.catalog.cost_usd(message.model, message.usage)
        log_request(
            self._event(request_id, user_id, request, started, attempts, message=message, cost=cost)
        )
        return _answer(message, cost, request_id)

    async def _call_claude(self, request: CheckedRequest, request_id: str) -> Message:
        """One call through the SDK (its retry loop included); SDK errors become ours."""
        try:
            return await self._client.messages.create(
                model=self._settings.model,
                max_tokens=request.max_tokens,
                system=self._system_prompt,
                messages=[_to_param(message) for message in request.messages],
            )
        except anthropic.APIError as exc:
            raise from_sdk_error(exc, request_id=request_id) from exc

    def _event(
        self,
        request_id: str,
        user_id: str,
        request: CheckedRequest | None,
        started: float,
        attempts: Attempts,
        *,
        message: Message | None = None,
        cost: Decimal = Decimal(0),
        error: LLMError | None = None,
    ) -> RequestEvent:
        """The log event for this call, from whatever it got to (request, message, error)."""
        usage = message.usage if message else None
        return RequestEvent(
            request_id=request_id,
            user=hash_user(user_id),
            request_model=self._settings.model,
            max_tokens=request.max_tokens if request else None,
            max_tokens_clamped=request.max_tokens_clamped if request else False,
            latency_ms=(time.perf_counter() - started) * 1000,
            attempts=attempts.count,
            response_model=message.model if message else None,
            response_id=message.id if message else None,
            anthropic_request_id=(
                message._request_id if message else error.anthropic_request_id if error else None
            ),
            finish_reasons=[message.stop_reason] if message and message.stop_reason else [],
            input_tokens=usage.input_tokens if usage else 0,
            output_tokens=usage.output_tokens if usage else 0,
            cache_read_input_tokens=(usage.cache_read_input_tokens or 0) if usage else 0,
            cache_creation_input_tokens=(usage.cache_creation_input_tokens or 0) if usage else 0,
            cost_usd=cost,
            error=error,
        )


def _to_param(message: ChatMessage) -> MessageParam:
    if message.role == "user":
        return UserMessageParam(role="user", content=message.content)
    return AssistantMessageParam(role="assistant", content=message.content)


def _answer(message: Message, cost: Decimal, request_id: str) -> Answer:
    usage = message.usage
    return Answer(
        text="".join(block.text for block in message.content if block.type == "text"),
        model=message.model,
        usage=TokenUsage(
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            cache_read_input_tokens=usage.cache_read_input_tokens or 0,
            cache_creation_input_tokens=usage.cache_creation_input_tokens or 0,
        ),
        cost_usd=cost,
        stop_reason=message.stop_reason,
        request_id=request_id,
        anthropic_request_id=message._request_id,
    )
