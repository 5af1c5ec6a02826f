"""The pipeline: every call to Claude passes here, in this order, whichever door it used.

    validate -> screen (PII, filters) -> prepare (model, caching, pseudonym)
      -> rate limits + reserve the worst case -> breaker -> call Claude with retries
      -> settle the real cost (alerts) -> [upstream failed: fallback chain]
      -> post-filter -> one `llm.request` event -> the reply

`Gateway.create` and `Gateway.stream_message` take a whole Messages request (the SDK's
`MessageCreateParams`): the SDK-shaped client (claude.py) and the HTTP routes use them.
`Gateway.ask` and `Gateway.stream` are the simplest door, text in and text out, onto the
same pipeline. Whatever happens, a call ends in a reply or an error from errors.py, and in
exactly one `llm.request` log event.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import secrets
import time
from collections import Counter
from collections.abc import AsyncGenerator, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from importlib import resources
from typing import Any

import anthropic
import structlog
from anthropic.types import (
    ContentBlock,
    Message,
    RawContentBlockDeltaEvent,
    RawMessageStreamEvent,
    TextBlock,
    TextDelta,
)

from ..auth import pseudonym_key
from ..config import Settings
from .activity import Activity
from .alerts import Alerts
from .answer import Answer, Reply, StreamEvent, TokenUsage, static_message, text_of
from .breaker import BreakerPolicy, CircuitBreaker
from .breaker_store import create_breaker_store
from .budget import (
    SERVICE_QUOTA,
    Budget,
    LedgerUnavailable,
    Limits,
    Quota,
    Reservation,
    to_usd,
)
from .caching import MIN_CACHEABLE_TOKENS, with_cache_breakpoints
from .client import Attempts, count_attempts, create_client
from .errors import (
    UNAVAILABLE_MESSAGE,
    BudgetExhausted,
    CircuitOpen,
    InvalidRequest,
    LLMError,
    ModelNotAllowed,
    SpendLimitReached,
    Stage,
    UpstreamError,
    UpstreamUnavailable,
)
from .estimate import (
    EstimateLimits,
    InputBound,
    input_bound,
    preflight,
    unsupported_tools,
    with_server_tool_limits,
)
from .fake import FakeMessagesAPI
from .fallback import AnswerCache, FallbackChain, Served, load_static_message
from .metrics import Metrics
from .pricing import Catalog
from .ratelimit import RateLimiter
from .request import Params, as_sent, request_key, with_system_prompt
from .retry import Deadline, RetryPolicy, RetryStats, Timing, call_with_retries
from .safety.output import OutputScreen
from .safety.pii import Kind
from .safety.screen import Safety
from .state import State, open_state
from .stream import OpenStream, events_of
from .telemetry import RequestEvent, hash_user, log_request
from .upstream import Upstream
from .validation import ChatMessage, CheckedParams, InputLimits, check_params

log = structlog.get_logger(__name__)

# The root package of the service, where the user-owned prompts/ directory lives.
_ROOT_PACKAGE = __name__.split(".")[0]


def load_system_prompt() -> str:
    """The system prompt: `prompts/system.md`, yours to edit (copier update keeps it)."""
    prompt = resources.files(_ROOT_PACKAGE).joinpath("prompts", "system.md")
    return prompt.read_text(encoding="utf-8").strip()


def new_request_id() -> str:
    """A fresh id for a call, when the caller did not bring one: 32 hex characters, as a
    uuid4's hex, at a quarter of `uuid.uuid4().hex`'s cost."""
    return secrets.token_hex(16)


@dataclass(frozen=True)
class StreamEnd:
    """The booked reply, and what the post-filters did to its text (`added` after it, or a
    `replacement` for all of it): what `_complete` hands a door, and the last item of
    `stream_message` before `message_delta`.

    Each door renders it its own way: a text block of its own (SDK-shaped), the Answer's
    text, a `delta` or `replace` event (the text door's stream)."""

    reply: Reply
    added: str = ""
    replacement: str | None = None

    @property
    def text(self) -> str:
        """The reply's text as the post-filters deliver it."""
        return self.reply.text + self.added if self.replacement is None else self.replacement


StreamItem = RawMessageStreamEvent | StreamEnd


@dataclass
class _Call:
    """One request on its way through the pipeline: who, since when, how far it got.

    Every stage and the one log event read it, instead of a handful of parameters each.
    """

    request_id: str
    user: str
    """The caller's pseudonym (telemetry.hash_user): what limits, budgets and logs see."""
    started: float
    deadline: Deadline
    quota: Quota
    """The caller's own rate limit and monthly budget, where their credentials carry them."""
    model: str
    """The model the request will use (the caller's, within MODEL_POLICY)."""
    retries: RetryStats = field(default_factory=RetryStats)
    attempts: Attempts = field(default_factory=Attempts)
    checked: CheckedParams | None = None
    """Set once the input is validated."""
    params: Params = field(default_factory=dict)
    """What is sent upstream: validated, screened and prepared."""
    bound: InputBound | None = None
    """An upper bound of `params`' input tokens, once prepared."""
    reserved: Decimal = Decimal(0)
    used_ratio: float | None = None
    ttft_ms: float | None = None
    human_review: bool = False
    """Set once the human-review hook was called for the request (HUMAN_REVIEW)."""
    on_review: Callable[[], None] | None = None
    """The caller's: told when the human-review hook is called (stream_message)."""

    def with_model(self, model: str) -> Params:
        """What goes upstream for `model`: the prepared request in its sent form."""
        return {**as_sent(self.params), "model": model}

    def ask_review(self) -> None:
        self.human_review = True
        if self.on_review is not None:
            self.on_review()


class Gateway:
    """The pipeline and what it needs: state, budget, limits, breaker, safety, fallbacks."""

    def __init__(
        self,
        settings: Settings,
        client: anthropic.AsyncAnthropic,
        *,
        catalog: Catalog,
        system_prompt: str,
        state: State,
        alerts: Alerts,
        breaker: CircuitBreaker,
        timing: Timing | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self._settings = settings
        self._pseudonym_key = pseudonym_key(settings)
        """The key of the callers' pseudonyms (telemetry.hash_user)."""
        self._client = client
        self.upstream = Upstream(client, settings)
        self.catalog = catalog
        self._system_prompt = system_prompt
        self.state = state
        self.alerts = alerts
        self.safety = Safety.from_settings(settings, client=client)
        """PII redaction, content filters and audit trail of the profile (safety/screen.py)."""
        self.output_screen = OutputScreen.from_settings(settings)
        """PII of the profile's kinds masked or redacted in answers (safety/output.py)."""
        self.budget = Budget(
            state.ledger,
            catalog=catalog,
            limits=Limits.from_settings(settings),
            thresholds=settings.budget_alert_thresholds,
            admission=state.admission,
            server_tool_result_tokens=settings.server_tool_result_max_tokens,
        )
        self.limiter = RateLimiter(
            state.windows,
            per_user=settings.per_user_limit,
            global_rpm=settings.global_rpm,
            max_in_flight=settings.max_in_flight,
            max_in_flight_per_user=settings.max_in_flight_per_user,
        )
        self.breaker = breaker
        self.metrics = metrics or Metrics()
        """This gateway's Prometheus metrics (GET /metrics), fed by every request event."""
        self.activity = Activity()
        """What the admin page shows of recent requests: degraded answers, cache tokens."""
        self.timing = timing or Timing()
        self.retry_policy = RetryPolicy.from_settings(settings)
        self._input_limits = InputLimits.from_settings(settings)
        self._estimate_limits = EstimateLimits.from_settings(settings)
        self.allowed_models = frozenset(
            settings.allowed_models or (settings.model, settings.fallback_model)
        )
        static = "static_message" in settings.fallback_chain
        message = load_static_message() if static else ""
        self.fallback: FallbackChain[Reply] = FallbackChain(
            settings.fallback_chain,
            cache=AnswerCache(ttl_s=settings.cache_ttl_s, max_entries=settings.cache_max_entries),
            static_answer=(lambda: _static_reply(message)) if static else None,
        )

    @classmethod
    def from_settings(cls, settings: Settings, *, fake: FakeMessagesAPI | None = None) -> Gateway:
        """A gateway with the shipped catalog and prompt (`fake`: see client.create_client)."""
        return cls(
            settings,
            create_client(settings, fake=fake),
            catalog=Catalog.load(),
            system_prompt=load_system_prompt(),
            state=open_state(settings),
            alerts=Alerts(str(settings.alert_webhook_url) if settings.alert_webhook_url else None),
            breaker=CircuitBreaker(
                create_breaker_store(settings, BreakerPolicy.from_settings(settings))
            ),
        )

    async def aclose(self) -> None:
        """Close the client, send pending alerts (bounded wait), close the state store and the
        audit trail."""
        await self.upstream.aclose()
        await self.alerts.aclose()
        await self.state.aclose()
        await self.breaker.aclose()
        self.safety.close()

    def log_model_notices(self, *, today: dt.date) -> None:
        """Warn at start-up about configured models that are retiring, unknown or unpriced."""
        configured = (self._settings.model, self._settings.fallback_model)
        self.catalog.log_notices(configured, today=today)

    # --- The simple text door -----------------------------------------------------------

    def text_request(self, messages: Sequence[ChatMessage], max_tokens: int | None) -> Params:
        """A text conversation as a Messages request (the service's system prompt is added
        by the pipeline: see `create`)."""
        params: Params = {
            "model": self._settings.model,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
        }
        if max_tokens is not None:
            params["max_tokens"] = max_tokens
        return params

    async def ask(
        self,
        messages: Sequence[ChatMessage],
        *,
        user_id: str,
        max_tokens: int | None = None,
        request_id: str | None = None,
        quota: Quota | None = None,
    ) -> Answer:
        """Ask Claude; returns the Answer or raises an LLMError (and logs either way)."""
        answered = await self._complete(
            self.text_request(messages, max_tokens),
            user_id=user_id,
            request_id=request_id,
            quota=quota,
            system_prompt=self._system_prompt,
        )
        return Answer.of(answered.reply, text=answered.text)

    async def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        user_id: str,
        max_tokens: int | None = None,
        request_id: str | None = None,
        quota: Quota | None = None,
    ) -> AsyncGenerator[StreamEvent, None]:
        """`ask`, streamed: `delta`*, then `done`; after the first delta a failure ends the
        stream with an `error` event. Before it, failures raise (see `stream_message`)."""
        items = self.stream_message(
            self.text_request(messages, max_tokens),
            user_id=user_id,
            request_id=request_id,
            quota=quota,
            system_prompt=self._system_prompt,
        )
        item: StreamItem | None = await anext(items)  # until the first content: raises
        try:
            while item is not None:
                if isinstance(item, StreamEnd):
                    if item.replacement is not None:
                        yield StreamEvent("replace", {"text": item.replacement})
                    elif item.added:
                        yield StreamEvent("delta", {"text": item.added})
                    yield StreamEvent("done", Answer.of(item.reply).summary())
                elif item.type == "content_block_delta" and item.delta.type == "text_delta":
                    yield StreamEvent("delta", {"text": item.delta.text})
                item = await anext(items, None)
        except UpstreamError as failure:  # after the first content: say so, in the stream
            error = {"type": "upstream_unavailable", "message": failure.message}
            yield StreamEvent("error", {"error": error, "request_id": failure.request_id})
        finally:
            await items.aclose()

    # --- The pipeline, whole request ----------------------------------------------------

    async def create(
        self,
        params: Mapping[str, Any],
        *,
        user_id: str,
        request_id: str | None = None,
        quota: Quota | None = None,
        system_prompt: str | None = None,
    ) -> Reply:
        """One Messages request through the whole pipeline; the reply or an LLMError.

        `system_prompt`: the service's own (prompts/system.md), put before the caller's
        once the caller's request is validated and screened: it is not the caller's text.
        """
        return _with_filtered_text(
            await self._complete(
                params,
                user_id=user_id,
                request_id=request_id,
                quota=quota,
                system_prompt=system_prompt,
            )
        )

    async def _complete(
        self,
        params: Mapping[str, Any],
        *,
        user_id: str,
        request_id: str | None,
        quota: Quota | None,
        system_prompt: str | None,
    ) -> StreamEnd:
        """`create` up to its reply: the booked reply and what the post-filters made of its
        text, which each door renders its own way (a Message, an Answer)."""
        call = self._begin(params, user_id, request_id, quota)
        cause: UpstreamError | None = None  # the failure a fallback's reply covers
        with count_attempts() as call.attempts:
            try:
                await self._admit_input(call, params, system_prompt)
                async with self.limiter.slot(call.user, request_id=call.request_id):
                    reservation = await self._reserve(call, admit=True)
                    try:
                        reply = await self._call_and_settle(call, reservation)
                    except UpstreamError as failure:
                        reply, cause = await self._degrade(call, failure), failure
            except LLMError as error:
                self._log(call, error=error)
                raise
        if not reply.degraded and self.fallback.caches:
            self.fallback.cache.put(request_key(call.params), reply)
        self._log(call, reply=reply, error=cause)
        return await self._post_filter(call, reply)

    async def stream_message(
        self,
        params: Mapping[str, Any],
        *,
        user_id: str,
        request_id: str | None = None,
        quota: Quota | None = None,
        system_prompt: str | None = None,
        on_review: Callable[[], None] | None = None,
    ) -> AsyncGenerator[StreamItem, None]:
        """`create`, streamed: the API's events as they come, a `StreamEnd` before the final
        `message_delta`. The first `__anext__` runs the pipeline up to the first content (or
        a fallback), so failures before it raise and may still become a 4xx/5xx response;
        after it, a failure raises UpstreamUnavailable mid-iteration, once it is booked.

        `on_review`: called when the human-review hook is; for a flagged request, before
        the first item (in time for a response header), for a flagged answer at its end.
        """
        call = self._begin(params, user_id, request_id, quota)
        call.on_review = on_review
        served: Reply | None = None
        cause: UpstreamError | None = None
        async with contextlib.AsyncExitStack() as stack:
            with count_attempts() as call.attempts:
                try:
                    await self._admit_input(call, params, system_prompt)
                    await stack.enter_async_context(
                        self.limiter.slot(call.user, request_id=call.request_id)
                    )
                    reservation = await self._reserve(call, admit=True)
                    try:
                        opened = await self._open_stream(call, reservation)
                    except UpstreamError as failure:
                        served, cause = await self._degrade(call, failure), failure
                except LLMError as error:
                    self._log(call, error=error)
                    raise
            if served is not None:
                self._log(call, reply=served, error=cause)
                filtered = await self._post_filter(call, served)
                for event in events_of(served.message):
                    if event.type == "message_delta":
                        yield filtered
                    yield event
                return
            stack.push_async_callback(opened.aclose)
            call.ttft_ms = (time.perf_counter() - call.started) * 1000
            relay = self._relay(call, reservation, opened)
            stack.push_async_callback(relay.aclose)  # books the stream if the caller left
            async for item in relay:
                yield item

    async def count_tokens(
        self,
        params: Mapping[str, Any],
        *,
        user_id: str,
        request_id: str | None = None,
        system_prompt: str | None = None,
    ) -> int:
        """The API's count of a request's input tokens, counted on what would be sent
        (validated, screened, prepared). Not billed: no hold, no `llm.request` event."""
        call = self._begin(params, user_id, request_id, None)
        await self._admit_input(call, params, system_prompt)
        return await call_with_retries(
            lambda timeout: self.upstream.count_tokens(
                call.params, timeout_s=timeout, request_id=call.request_id
            ),
            policy=self.retry_policy,
            deadline=call.deadline,
            timing=self.timing,
            stats=call.retries,
        )

    async def _relay(
        self, call: _Call, reservation: Reservation, opened: OpenStream
    ) -> AsyncGenerator[StreamItem, None]:
        """The upstream's events to the caller; booked and logged however the stream ends:
        at its end, on a failure, or when the caller left (closed at a `yield`)."""
        texts: list[str] = []
        shown = self.output_screen.stream()  # PII screened delta by delta
        held: RawMessageStreamEvent | None = None  # message_delta, sent after StreamEnd
        failure: UpstreamError | None = None
        booked: Reply | None = None
        try:
            async for event in opened.events():
                if event.type == "message_delta":
                    held = event
                    continue
                if event.type == "message_stop":
                    booked = await self._book_stream(call, reservation, opened, "".join(texts))
                    yield await self._post_filter_text(call, booked, shown.found)
                    if held is not None:
                        yield held
                elif event.type == "content_block_delta" and event.delta.type == "text_delta":
                    texts.append(event.delta.text)
                    if not (text := shown.feed(event.delta.text)):
                        continue  # held back: it may be the start of an identifier
                    event = _text_delta(event.index, text)
                elif event.type == "content_block_stop" and (rest := shown.end()):
                    yield _text_delta(event.index, rest)
                yield event
        except UpstreamError as error:
            failure = error
            raise
        finally:
            if booked is None:
                await self._book_stream(call, reservation, opened, "".join(texts), failure)

    async def _book_stream(
        self,
        call: _Call,
        reservation: Reservation,
        opened: OpenStream,
        text: str,
        failure: UpstreamError | None = None,
    ) -> Reply:
        """Settle and log a stream that has ended; its reply, as far as it got.

        Without its output count (no `message_delta`: the stream broke, or the caller left)
        the output is booked as max_tokens, the most the call can have cost: the ledger
        never counts less than Anthropic bills.
        """
        usage = opened.usage
        if not opened.output_reported:
            usage = usage.model_copy(update={"output_tokens": call.params["max_tokens"]})
        model = opened.model or reservation.model
        message = Message(
            id=opened.message_id or "msg_unknown",
            type="message",
            role="assistant",
            model=model,
            content=[TextBlock(type="text", text=text)] if text else [],
            stop_reason=opened.stop_reason,
            stop_sequence=None,
            usage=usage,
        )
        message._request_id = opened.anthropic_request_id
        reply = await self._settled(call, message, reservation)
        self._log(call, reply=reply, error=failure)
        return reply

    # --- The stages, in order -----------------------------------------------------------

    def _begin(
        self,
        params: Mapping[str, Any],
        user_id: str,
        request_id: str | None,
        quota: Quota | None,
    ) -> _Call:
        """A request enters: its id (the caller's or a new one), pseudonym, clock, deadline."""
        request_id = request_id or new_request_id()
        return _Call(
            request_id=request_id,
            user=hash_user(user_id, self._pseudonym_key),
            started=time.perf_counter(),
            deadline=Deadline(self._settings.request_deadline_s, self.timing.clock),
            quota=quota or SERVICE_QUOTA,
            model=self._model_for(params.get("model"), request_id),
        )

    def _model_for(self, requested: object, request_id: str) -> str:
        """The model a request will use: the caller's when allowed, else per MODEL_POLICY."""
        if isinstance(requested, str) and requested in self.allowed_models:
            return requested
        if self._settings.model_policy == "map" or requested is None:
            return self._settings.model
        allowed = ", ".join(sorted(self.allowed_models))
        raise ModelNotAllowed(
            f"model {requested!r} is not served here; use one of: {allowed}",
            request_id=request_id,
            stage=Stage.VALIDATE,
        )

    async def _admit_input(
        self, call: _Call, params: Mapping[str, Any], system_prompt: str | None = None
    ) -> None:
        """Validate, screen (PII, filters), then prepare what goes upstream: the service's
        system prompt first, a `max_uses` on server tools, cache breakpoints (on a prompt long
        enough to be cached), and our pseudonym of the caller as `metadata.user_id`."""
        call.checked = check_params(
            {**params, "model": call.model},
            cap=self._settings.max_tokens_cap,
            request_id=call.request_id,
            limits=self._input_limits,
        )
        if refused := unsupported_tools(call.checked.params):
            raise InvalidRequest(
                "; ".join(refused), request_id=call.request_id, stage=Stage.VALIDATE
            )
        prepared = await self.safety.screen_request(
            call.checked.params,
            user=call.user,
            request_id=call.request_id,
            on_review=call.ask_review,
        )
        if system_prompt:
            prepared = with_system_prompt(prepared, system_prompt)
        prepared = with_server_tool_limits(prepared, self._estimate_limits.server_tool_max_uses)
        # Markers add nothing to the bound (the model never reads them): one bound serves.
        call.bound = input_bound(prepared, limits=self._estimate_limits)
        if call.bound.tokens >= MIN_CACHEABLE_TOKENS:
            prepared = with_cache_breakpoints(prepared, self._settings.prompt_caching)
        call.params = {**prepared, "metadata": {"user_id": call.user}}

    async def _reserve(
        self, call: _Call, *, model: str | None = None, admit: bool = False
    ) -> Reservation:
        """Hold the worst-case cost; when it does not fit, maybe the fallback model's does.

        `admit`: the request's first hold, which also counts it in the rate-limit windows
        (Budget.reserve: with Redis, windows and hold are one script, one round trip).
        """
        input_tokens = await self._input_tokens(call)
        models = [model or call.model]
        fallback = self._settings.fallback_model
        if model is None and (
            self._settings.budget_exhausted_action == "degrade" and fallback not in models
        ):
            models.append(fallback)
        now = dt.datetime.now(dt.UTC)
        limiter = self.limiter if admit else None
        for candidate in models:
            worst = self.budget.worst_case(candidate, call.params, input_tokens)
            try:
                reservation = await self.budget.reserve(
                    user=call.user,
                    model=candidate,
                    worst_case=worst,
                    request_id=call.request_id,
                    now=now,
                    limiter=limiter,
                    quota=call.quota,
                )
            except BudgetExhausted:
                if candidate == models[-1]:
                    raise
                limiter = None  # counted in the windows once: the fallback model's hold only
                continue
            call.reserved = to_usd(reservation.amount)
            return reservation
        raise AssertionError("unreachable: the last model re-raises")  # pragma: no cover

    async def _input_tokens(self, call: _Call) -> int:
        """A bound of the prompt's tokens; `count_tokens` first where the request holds
        what cannot be bounded locally, as PREFLIGHT_COUNT_TOKENS says."""
        bound = call.bound or input_bound(call.params, limits=self._estimate_limits)
        match preflight(bound, self._estimate_limits.preflight):
            case "skip":
                return bound.tokens
            case "refuse":
                raise InvalidRequest(
                    bound.refusal(), request_id=call.request_id, stage=Stage.BUDGET
                )
        counted = await self.upstream.count_tokens(
            call.params,
            timeout_s=min(self.retry_policy.attempt_timeout_s, call.deadline.remaining()),
            request_id=call.request_id,
        )
        return bound.counted(counted, margin=self._estimate_limits.preflight_margin).tokens

    def _breaker(self, request_id: str) -> contextlib.AbstractAsyncContextManager[None]:
        """The breaker's permission for a call, and the call's outcome recorded with it.

        While it is open, fail fast without an upstream call. A refusal of the request
        (InvalidRequest) means the upstream answered: it counts as healthy.
        """
        return _BreakerCall(self.breaker, request_id)

    async def _call_and_settle(self, call: _Call, reservation: Reservation) -> Reply:
        """Breaker, the call with retries within the deadline, settle. The hold is this
        call's: released if the call fails (a failed call costs nothing)."""
        params = call.with_model(reservation.model)
        try:
            async with self._breaker(call.request_id):
                message = await call_with_retries(
                    lambda timeout: self.upstream.create(
                        params, timeout_s=timeout, request_id=call.request_id
                    ),
                    policy=self.retry_policy,
                    deadline=call.deadline,
                    timing=self.timing,
                    stats=call.retries,
                    may_retry=lambda: self._covers_a_retry(call, reservation),
                )
        except BaseException:
            await self._give_up(call, reservation)
            raise
        return await self._settled(call, message, reservation)

    async def _open_stream(self, call: _Call, reservation: Reservation) -> OpenStream:
        """Breaker, then open the stream up to its first content, retried within the
        deadline; the hold is released if it cannot be opened."""
        params = call.with_model(reservation.model)
        policy = replace(self.retry_policy, attempt_timeout_s=self._settings.stream_first_byte_s)
        try:
            async with self._breaker(call.request_id):
                return await call_with_retries(
                    lambda timeout: OpenStream.start(
                        self._client,
                        params,
                        first_byte_s=timeout,
                        stall_s=self._settings.stream_stall_s,
                        max_s=self._settings.stream_max_s,
                        request_id=call.request_id,
                    ),
                    policy=policy,
                    deadline=call.deadline,
                    timing=self.timing,
                    stats=call.retries,
                    may_retry=lambda: self._covers_a_retry(call, reservation),
                )
        except BaseException:
            await self._give_up(call, reservation)
            raise

    async def _settled(self, call: _Call, message: Message, reservation: Reservation) -> Reply:
        """Book the real cost in place of the hold; alert on the thresholds crossed first."""
        cost = self.catalog.cost_usd(message.model, message.usage)
        # Earlier attempts that timed out first, while the hold still covers them: booked
        # after it, another request could take the room in between and the budget overshoot.
        await self._book_unanswered(call, reservation)
        settlement = await self.budget.settle(reservation, cost)
        budget_usd = self._settings.monthly_budget_usd
        spent_usd = float(to_usd(settlement.month_spent))
        for threshold in self.budget.thresholds:
            if threshold.label in settlement.crossed:
                self.alerts.budget_threshold(
                    month=reservation.periods.month,
                    threshold=threshold.share,
                    spent_usd=spent_usd,
                    budget_usd=budget_usd,
                )
        call.used_ratio = self.budget.used_ratio(settlement)
        degraded = reservation.model != call.model
        return Reply(
            message,
            cost,
            call.request_id,
            degraded=degraded,
            degraded_reason="budget_exhausted" if degraded else None,
            fallback="fallback_model" if degraded else None,
        )

    async def _give_up(self, call: _Call, reservation: Reservation) -> None:
        """A call that will not settle: book what the upstream may have billed while the hold
        still covers it, then release the hold (even if the booking fails)."""
        try:
            await self._book_unanswered(call, reservation)
        finally:
            await self.budget.release(reservation)

    async def _covers_a_retry(self, call: _Call, reservation: Reservation) -> bool:
        """Before a retry: an attempt given up on unanswered (a timeout) may have cost the
        worst case its hold covered. Book it now, and retry only while the budget still
        fits the hold for the next one; else the last failure stands (and the fallbacks
        take over). Retries after an answered error (429, 529: never billed) are free."""
        if call.attempts.unbooked <= 0:
            return True
        await self._book_unanswered(call, reservation)
        now = dt.datetime.now(dt.UTC)
        try:
            if await self.budget.covers_a_retry(reservation, call.quota, now):
                return True
        except LedgerUnavailable:  # cannot be shown to fit, so not made
            log.warning("llm.retry_without_ledger", request_id=call.request_id)
            return False
        log.warning("llm.retry_over_budget", request_id=call.request_id)
        return False

    async def _book_unanswered(self, call: _Call, reservation: Reservation) -> None:
        """Book the call's attempts that the upstream may have billed and no entry covers
        (sent, then given up on: client.Attempts.unbooked) at the worst case held for them.
        Shielded: the caller leaving (a cancellation) is one of the reasons to book."""
        attempts = call.attempts
        unbooked = attempts.unbooked
        if unbooked <= 0:
            return
        first, attempts.booked = attempts.booked, attempts.booked + unbooked
        log.warning("llm.unanswered_booked", attempts=unbooked, request_id=call.request_id)
        await asyncio.shield(self.budget.book_unanswered(reservation, unbooked, first))

    async def _degrade(self, call: _Call, failure: UpstreamError) -> Reply:
        """The fallback chain for a failed call (fallback.py); re-raises `failure` when
        nothing can answer. Every upstream failure passes here, so the spend-cap alert does.
        """
        if isinstance(failure, SpendLimitReached):
            await self._spend_cap_alert(failure)
        served = await self.fallback.serve(
            failure,
            key=request_key(call.params),
            call_fallback_model=lambda: self._call_fallback_model(call),
        )
        if served is None:
            raise failure
        return _degraded(served, call.request_id, failure)

    async def _call_fallback_model(self, call: _Call) -> Reply:
        """The same request to FALLBACK_MODEL: one attempt, outside the breaker, within
        what is left of the deadline; its hold must fit the budget like any other."""
        try:
            reservation = await self._reserve(call, model=self._settings.fallback_model)
        except BudgetExhausted as refused:
            # The fallback's hold does not fit where the first one did: this step cannot
            # answer and the chain goes on. The caller's budget is not what failed.
            raise UpstreamUnavailable(
                UNAVAILABLE_MESSAGE,
                request_id=call.request_id,
                stage=Stage.BUDGET,
                error_type=refused.error_type,
                retryable=False,
            ) from refused
        timeout = min(self.retry_policy.attempt_timeout_s, call.deadline.remaining())
        try:
            message = await self.upstream.create(
                call.with_model(reservation.model), timeout_s=timeout, request_id=call.request_id
            )
        except BaseException:
            await self._give_up(call, reservation)
            raise
        return await self._settled(call, message, reservation)

    async def _post_filter(self, call: _Call, reply: Reply) -> StreamEnd:
        """The reply as the user may see it: PII screened, refusal explained, notices added
        (safety/)."""
        reply, found = self._screen_answer(reply)
        return await self._post_filter_text(call, reply, found)

    def _screen_answer(self, reply: Reply) -> tuple[Reply, Counter[Kind] | None]:
        """The reply with PII of the profile's kinds masked or redacted in its text blocks,
        and what was found (None for the service's own words, a static message)."""
        if reply.fallback == "static_message":
            return reply, None
        message, found = self.output_screen.message(reply.message)
        return (replace(reply, message=message) if found else reply), found

    async def _post_filter_text(
        self, call: _Call, reply: Reply, pii: Counter[Kind] | None = None
    ) -> StreamEnd:
        """What the post-filters make of the reply's text (`pii`: what output screening found
        in it, for the audit trail), the reply marked when a human is to review it. The
        service's own words (a static message) and a turn that hands over to tools are left
        as they are."""
        message = reply.message
        if reply.fallback == "static_message" or message.stop_reason in ("tool_use", "pause_turn"):
            if reply.human_review != call.human_review:
                reply = replace(reply, human_review=call.human_review)
            return StreamEnd(reply)
        text = text_of(message)
        filtered = await self.safety.screen_output(
            text,
            stop_reason=message.stop_reason,
            user=call.user,
            request_id=call.request_id,
            pii=pii,
            on_review=call.ask_review,
        )
        if reply.human_review != call.human_review:
            reply = replace(reply, human_review=call.human_review)
        if filtered == text:
            return StreamEnd(reply)
        if filtered.startswith(text):
            return StreamEnd(reply, added=filtered[len(text) :])
        return StreamEnd(reply, replacement=filtered)

    async def _spend_cap_alert(self, error: SpendLimitReached) -> None:
        """Anthropic's spend cap stops every call: alert once a day, not once per request."""
        day = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
        if await self.state.ledger.claim_alert(f"spend_cap:{day}"):
            self.alerts.spend_cap_reached(
                request_id=error.request_id, anthropic_request_id=error.anthropic_request_id
            )

    def _log(
        self, call: _Call, *, reply: Reply | None = None, error: LLMError | None = None
    ) -> None:
        """The call's one `llm.request` event, and its metrics (telemetry.log_request).

        `reply` and `error` together: a fallback served the call, or a stream broke after
        it started; `error` is then the failure it covers.
        """
        answered: dict[str, Any] = {
            "anthropic_request_id": error.anthropic_request_id if error else None
        }
        if reply is not None:
            message = reply.message
            answered |= {
                "response_model": message.model,
                "response_id": message.id,
                "anthropic_request_id": message._request_id,
                "finish_reasons": [message.stop_reason] if message.stop_reason else [],
                "cost_usd": reply.cost_usd,
                "degraded": reply.degraded,
                "degraded_reason": reply.degraded_reason,
                "fallback": reply.fallback,
                **vars(TokenUsage.of(message.usage)),
            }
        checked = call.checked
        event = RequestEvent(
            request_id=call.request_id,
            user=call.user,
            request_model=call.model,
            max_tokens=checked.max_tokens if checked else None,
            max_tokens_clamped=checked.max_tokens_clamped if checked else False,
            latency_ms=(time.perf_counter() - call.started) * 1000,
            attempts=call.attempts.count,
            retry_wait_s=call.retries.waited_s,
            error=error,
            ttft_ms=call.ttft_ms,
            budget_reserved_usd=call.reserved,
            budget_used_ratio=call.used_ratio,
            **answered,
        )
        log_request(event, self.metrics)
        self.activity.note(event)


class _BreakerCall:
    """`Gateway._breaker`'s block. (A class: a third of a generator-based context manager's
    cost, and every call has one.)"""

    def __init__(self, breaker: CircuitBreaker, request_id: str) -> None:
        self._breaker = breaker
        self._request_id = request_id

    async def __aenter__(self) -> None:
        permit = await self._breaker.acquire()
        if not permit.allowed:
            raise CircuitOpen(
                UNAVAILABLE_MESSAGE,
                request_id=self._request_id,
                stage=Stage.BREAKER,
                error_type="circuit_open",
                retry_after=permit.retry_after,
            )

    async def __aexit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            await self._breaker.record(success=True)
        elif issubclass(kind, UpstreamError):
            await self._breaker.record(success=False)
        elif issubclass(kind, InvalidRequest):
            await self._breaker.record(success=True)


def _with_filtered_text(filtered: StreamEnd) -> Reply:
    """The reply with its text as the post-filters deliver it: a text block added after
    the answer's (a notice), or one in place of all of them (a refusal explained)."""
    reply = filtered.reply
    content: list[ContentBlock]
    if filtered.replacement is not None:
        content = [TextBlock(type="text", text=filtered.replacement)]
    elif filtered.added:
        content = [*reply.message.content, TextBlock(type="text", text=filtered.added)]
    else:
        return reply
    return replace(reply, message=reply.message.model_copy(update={"content": content}))


def _degraded(served: Served[Reply], request_id: str, cause: UpstreamError) -> Reply:
    """A fallback's reply, marked as such. A cached or static text cost this call nothing."""
    reply = served.answer
    if served.step != "fallback_model":
        message = reply.message.model_copy(
            update={"usage": reply.message.usage.model_copy(update=_NO_TOKENS)}
        )
        reply = replace(reply, message=message, cost_usd=Decimal(0))
    return replace(
        reply,
        request_id=request_id,
        degraded=True,
        degraded_reason=cause.error_type,
        fallback=served.step,
    )


_NO_TOKENS = {
    "input_tokens": 0,
    "output_tokens": 0,
    "cache_read_input_tokens": 0,
    "cache_creation_input_tokens": 0,
    "cache_creation": None,
    "server_tool_use": None,
}


def _static_reply(text: str) -> Reply:
    """The policy file's message as a reply: no model, no tokens, no cost."""
    return Reply(static_message(text, model="none"), Decimal(0), request_id="")


def _text_delta(index: int, text: str) -> RawContentBlockDeltaEvent:
    """A text delta of block `index`, as output screening lets it through."""
    delta = TextDelta(type="text_delta", text=text)
    return RawContentBlockDeltaEvent(type="content_block_delta", index=index, delta=delta)
