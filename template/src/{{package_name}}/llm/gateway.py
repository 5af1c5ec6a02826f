"""The one entry point to Claude. `Gateway.ask` reads top to bottom as the pipeline:

    validate input -> rate limits (per user, global, in flight) -> reserve the worst-case
    cost -> breaker open? -> call Claude (retry.py: retries within the deadline) -> settle
    the real cost (alerts) -> [upstream failed: fallback chain] -> log one event -> answer

Later stages (filters) slot into `ask` in that order. `Gateway.stream` is the same
pipeline for server-sent events (stream.py).
Whatever happens, the call ends in an `Answer` or in an error from `errors.py`, and in
exactly one `llm.request` log event.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
import uuid
from collections.abc import AsyncGenerator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from importlib import resources
from typing import Any

import anthropic
import httpx2
from anthropic.types import AssistantMessageParam, Message, MessageParam, UserMessageParam

from ..config import Settings
from .alerts import Alerts
from .breaker import BreakerPolicy, CircuitBreaker
from .breaker_store import create_breaker_store
from .budget import Budget, Limits, Quota, Reservation, to_usd
from .client import Attempts, attempt_timeout, count_attempts, create_client
from .errors import (
    UNAVAILABLE_MESSAGE,
    BudgetExhausted,
    CircuitOpen,
    InvalidRequest,
    LLMError,
    SpendLimitReached,
    Stage,
    UpstreamError,
    UpstreamUnavailable,
    from_sdk_error,
    from_transport_error,
    malformed_response,
)
from .estimate import estimate_input_tokens
from .fake import FakeMessagesAPI
from .fallback import AnswerCache, FallbackChain, Served, load_static_message, request_key
from .metrics import Metrics
from .pricing import Catalog, priceable
from .ratelimit import RateLimiter
from .retry import Deadline, RetryPolicy, RetryStats, Timing, call_with_retries
from .safety.screen import Safety
from .state import State, open_state
from .stream import OpenStream
from .telemetry import RequestEvent, hash_user, log_request
from .validation import ChatMessage, CheckedRequest, InputLimits, check_request

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
    degraded_reason: str | None = None
    """Why a fallback answered: the error type it covered (e.g. `overloaded_error`)."""
    fallback: str | None = None
    """Which fallback answered: `fallback_model`, `cache` or `static_message`."""


@dataclass(frozen=True)
class StreamEvent:
    """One server-sent event for the caller: `delta` (text), `done` (summary) or `error`;
    `replace` (the whole text) when a post-filter replaced what was streamed (a refusal)."""

    name: str
    data: dict[str, object]


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
    retries: RetryStats = field(default_factory=RetryStats)
    attempts: Attempts = field(default_factory=Attempts)
    request: CheckedRequest | None = None
    """Set once the input is validated and screened."""

    @property
    def checked(self) -> CheckedRequest:
        """The validated request: the stages after validation can rely on it."""
        assert self.request is not None, "validated first"  # noqa: S101 - pipeline order
        return self.request


@dataclass(frozen=True)
class _Settled:
    """A call that got an answer and whose cost was booked."""

    message: Message
    cost: Decimal
    reservation: Reservation
    used_ratio: float


class Gateway:
    """Sends validated requests to Claude and accounts for every call."""

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
        self._client = client
        self.catalog = catalog
        self._system_prompt = system_prompt
        self.state = state
        self.alerts = alerts
        self.safety = Safety.from_settings(settings, client=client)
        """PII redaction, content filters and audit trail of the profile (safety/screen.py)."""
        self.budget = Budget(
            state.ledger,
            catalog=catalog,
            limits=Limits.from_settings(settings),
            thresholds=settings.budget_alert_thresholds,
            admission=state.admission,
        )
        self.limiter = RateLimiter(
            state.windows,
            per_user=settings.per_user_limit,
            global_rpm=settings.global_rpm,
            max_in_flight=settings.max_in_flight,
        )
        self.breaker = breaker
        self.metrics = metrics or Metrics()
        """This gateway's Prometheus metrics (GET /metrics), fed by every request event."""
        self.timing = timing or Timing()
        self.retry_policy = RetryPolicy.from_settings(settings)
        self._input_limits = InputLimits.from_settings(settings)
        static = "static_message" in settings.fallback_chain
        message = load_static_message() if static else ""
        self.fallback: FallbackChain[Answer] = FallbackChain(
            settings.fallback_chain,
            cache=AnswerCache(ttl_s=settings.cache_ttl_s, max_entries=settings.cache_max_entries),
            static_answer=(lambda: _static_answer(message)) if static else None,
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
        """Close the client, send pending alerts (bounded wait), close the state store."""
        await self._client.close()
        await self.alerts.aclose()
        await self.state.aclose()
        await self.breaker.aclose()

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
        quota: Quota | None = None,
    ) -> Answer:
        """Ask Claude; returns the Answer or raises an LLMError (and logs either way).

        `quota`: the caller's own rate limit and monthly budget (an API key's), if any.
        """
        call = self._begin(user_id, request_id, quota)
        served: Served[Answer] | None = None
        with count_attempts() as call.attempts:
            try:
                await self._checked(call, messages, max_tokens)
                async with self.limiter.slot(request_id=call.request_id):
                    reservation = await self._reserve(call, admit=True)
                    try:
                        settled = await self._call_and_settle(call, reservation)
                    except UpstreamError as failure:
                        served = await self._degrade(call, failure)
                        if served is None:
                            raise
                        cause = failure
            except LLMError as error:
                self._log(self._event(call, error=error))
                raise
        if served is not None:
            return await self._degraded_answer(call, served, cause)
        answer = _answer(
            settled.message,
            settled.cost,
            call.request_id,
            degraded=settled.reservation.model != self._settings.model,
        )
        if self.fallback.caches:
            self.fallback.cache.put(self._cache_key(call.checked), answer)
        self._log(
            self._event(
                call,
                message=settled.message,
                cost=settled.cost,
                degraded=answer.degraded,
                reserved=to_usd(settled.reservation.amount),
                used_ratio=settled.used_ratio,
            )
        )
        return await self._post_filter(answer, call.user)

    def _begin(self, user_id: str, request_id: str | None, quota: Quota | None) -> _Call:
        """A request enters: its id (the caller's or a new one), pseudonym, clock, deadline."""
        return _Call(
            request_id=request_id or new_request_id(),
            user=hash_user(user_id),
            started=time.perf_counter(),
            deadline=Deadline(self._settings.request_deadline_s, self.timing.clock),
            quota=quota or Quota(),
        )

    async def _checked(
        self, call: _Call, messages: Sequence[ChatMessage], max_tokens: int | None
    ) -> CheckedRequest:
        """Validate the input, then screen it (PII, filters): the first stages of both paths."""
        request = check_request(
            messages,
            max_tokens,
            cap=self._settings.max_tokens_cap,
            request_id=call.request_id,
            limits=self._input_limits,
        )
        call.request = await self.safety.screen_input(
            request, user=call.user, request_id=call.request_id
        )
        return call.request

    async def _breaker_permit(self, request_id: str) -> None:
        """Ask the breaker for a call; while it is open, fail fast without an upstream call."""
        permit = await self.breaker.acquire()
        if not permit.allowed:
            raise CircuitOpen(
                UNAVAILABLE_MESSAGE,
                request_id=request_id,
                stage=Stage.BREAKER,
                error_type="circuit_open",
                retry_after=permit.retry_after,
            )

    async def _post_filter(self, answer: Answer, user: str) -> Answer:
        """The answer as the user may see it: refusal explained, notices added (safety/)."""
        if answer.fallback == "static_message":
            return answer  # the service's own words (policy/), not the model's: nothing to filter
        text = await self.safety.screen_output(
            answer.text, stop_reason=answer.stop_reason, user=user, request_id=answer.request_id
        )
        return replace(answer, text=text)

    async def _degraded_answer(
        self, call: _Call, served: Served[Answer], cause: UpstreamError
    ) -> Answer:
        """A fallback's answer, marked as such and logged with the failure it covers."""
        answer = replace(
            served.answer, degraded=True, degraded_reason=cause.error_type, fallback=served.step
        )
        self._log(self._event(call, error=cause, answer=answer))
        return await self._post_filter(answer, call.user)

    async def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        user_id: str,
        max_tokens: int | None = None,
        request_id: str | None = None,
        quota: Quota | None = None,
    ) -> AsyncGenerator[StreamEvent, None]:
        """`ask`, streamed. Failures before the first event raise (the API maps them to
        422/503) or fall back; after it, they end the stream with an `error` event.

        The first `__anext__` runs the whole pipeline up to the first token (or a fallback),
        so the caller can await it before committing to a 200 streaming response.
        """
        call = self._begin(user_id, request_id, quota)
        served: Served[Answer] | None = None
        async with contextlib.AsyncExitStack() as stack:
            with count_attempts() as call.attempts:
                try:
                    await self._checked(call, messages, max_tokens)
                    await stack.enter_async_context(self.limiter.slot(request_id=call.request_id))
                    reservation = await self._reserve(call, admit=True)
                    try:
                        opened = await self._open_stream(call, reservation.model)
                    except BaseException:
                        await self.budget.release(reservation)
                        raise
                except UpstreamError as failure:
                    served = await self._degrade(call, failure)
                    cause: UpstreamError = failure
                    if served is None:
                        self._log(self._event(call, error=failure))
                        raise
                except LLMError as error:
                    self._log(self._event(call, error=error))
                    raise
            if served is not None:
                answer = await self._degraded_answer(call, served, cause)
                yield StreamEvent("delta", {"text": answer.text})
                yield StreamEvent("done", _summary(answer))
                return
            stack.push_async_callback(opened.aclose)
            ttft_ms = (time.perf_counter() - call.started) * 1000
            failure_mid_stream: UpstreamError | None = None
            text: list[str] = []
            try:
                async for chunk in opened.texts():
                    text.append(chunk)
                    yield StreamEvent("delta", {"text": chunk})
            except UpstreamError as error:  # after the first token: no fallback, say so
                failure_mid_stream = error
            finally:
                # However the stream ended, it is booked and logged: at its end, on a failure,
                # or when the caller left (the generator is then closed at the `yield` above).
                answer = await self._book_stream(
                    call, reservation, opened, "".join(text), failure_mid_stream, ttft_ms
                )
            if failure_mid_stream is not None:
                yield StreamEvent(
                    "error",
                    {
                        "error": {
                            "type": "upstream_unavailable",
                            "message": failure_mid_stream.message,
                        },
                        "request_id": call.request_id,
                    },
                )
                return
            # Post-filters on the whole text: what they add (a notice) is one more delta; what
            # they replace (a refusal, a blocked answer) comes as a `replace` event.
            filtered = await self._post_filter(answer, call.user)
            if filtered.text.startswith(answer.text):
                if added := filtered.text[len(answer.text) :]:
                    yield StreamEvent("delta", {"text": added})
            else:
                yield StreamEvent("replace", {"text": filtered.text})
            yield StreamEvent("done", _summary(filtered))

    async def _book_stream(
        self,
        call: _Call,
        reservation: Reservation,
        opened: OpenStream,
        text: str,
        failure: UpstreamError | None,
        ttft_ms: float,
    ) -> Answer:
        """Settle and log a stream that has ended; its answer, as far as it got.

        Without its output count (no `message_delta`: the stream broke, or the caller left)
        the output is booked as max_tokens, the most the call can have cost: the ledger
        never counts less than Anthropic bills.
        """
        model = opened.model or reservation.model
        usage = opened.usage
        if not opened.output_reported:
            usage = usage.model_copy(update={"output_tokens": call.checked.max_tokens})
        cost = self.catalog.cost_usd(model, usage)
        used_ratio = await self._settle(reservation, cost)
        answer = Answer(
            text=text,
            model=model,
            usage=_usage(usage),
            cost_usd=cost,
            stop_reason=opened.stop_reason,
            request_id=call.request_id,
            anthropic_request_id=opened.anthropic_request_id,
        )
        event = self._event(
            call,
            cost=cost,
            error=failure,
            reserved=to_usd(reservation.amount),
            used_ratio=used_ratio,
        )
        self._log(
            replace(
                event,
                response_model=model,
                response_id=opened.message_id,
                anthropic_request_id=opened.anthropic_request_id,
                finish_reasons=[opened.stop_reason] if opened.stop_reason else [],
                ttft_ms=ttft_ms,
                **vars(answer.usage),
            )
        )
        return answer

    async def _open_stream(self, call: _Call, model: str) -> OpenStream:
        """Breaker, then open the stream up to its first token, retried within the deadline."""
        await self._breaker_permit(call.request_id)
        params: dict[str, Any] = {
            "model": model,
            "max_tokens": call.checked.max_tokens,
            "system": self._system_prompt,
            "messages": [_to_param(message) for message in call.checked.messages],
        }
        policy = replace(self.retry_policy, attempt_timeout_s=self._settings.stream_first_byte_s)
        try:
            opened = await call_with_retries(
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
            )
        except UpstreamError:
            await self.breaker.record(success=False)
            raise
        except InvalidRequest:
            await self.breaker.record(success=True)
            raise
        await self.breaker.record(success=True)
        return opened

    async def _call_and_settle(
        self, call: _Call, reservation: Reservation, *, fallback: bool = False
    ) -> _Settled:
        """Call (through breaker and retries) with the budget held, settle: the happy path of
        one model. The hold is this call's: released if the call fails.

        `fallback` means a fallback model's call: one attempt, outside the breaker.
        """
        try:
            message = await self._call_protected(call, reservation.model, fallback=fallback)
        except BaseException:
            await self.budget.release(reservation)  # a failed call costs nothing
            raise
        cost = self.catalog.cost_usd(message.model, message.usage)
        used_ratio = await self._settle(reservation, cost)
        return _Settled(message, cost, reservation, used_ratio)

    async def _call_protected(self, call: _Call, model: str, *, fallback: bool) -> Message:
        """The breaker's permission, then the call with the retry policy within the deadline.

        A fallback model's call makes one attempt, outside the breaker, and its waits are not
        the request's retries.
        """
        policy = self.retry_policy
        if fallback:
            policy = replace(policy, max_retries=0)
        else:
            await self._breaker_permit(call.request_id)
        try:
            message = await call_with_retries(
                lambda timeout: self._call_claude(call, model, timeout),
                policy=policy,
                deadline=call.deadline,
                timing=self.timing,
                stats=RetryStats() if fallback else call.retries,
            )
        except UpstreamError:
            if not fallback:
                await self.breaker.record(success=False)
            raise
        except InvalidRequest:
            if not fallback:  # the upstream answered: it is healthy, the request was not
                await self.breaker.record(success=True)
            raise
        if not fallback:
            await self.breaker.record(success=True)
        return message

    async def _degrade(self, call: _Call, failure: UpstreamError) -> Served[Answer] | None:
        """The fallback chain for a failed call (fallback.py); None when nothing can answer.

        Every upstream failure of both paths passes here, so the spend-cap alert does too.
        """
        if isinstance(failure, SpendLimitReached):
            await self._spend_cap_alert(failure)

        async def fallback_model() -> Answer:
            try:
                reservation = await self._reserve(call, model=self._settings.fallback_model)
            except BudgetExhausted as refused:
                # A pricier fallback model's hold does not fit where the first one did: this
                # step cannot answer and the chain goes on. The caller's budget is not what
                # failed, so "your budget is used up" must not be the answer.
                raise UpstreamUnavailable(
                    UNAVAILABLE_MESSAGE,
                    request_id=call.request_id,
                    stage=Stage.BUDGET,
                    error_type=refused.error_type,
                    retryable=False,
                ) from refused
            settled = await self._call_and_settle(call, reservation, fallback=True)
            return _answer(settled.message, settled.cost, call.request_id, degraded=True)

        served = await self.fallback.serve(
            failure, key=self._cache_key(call.checked), call_fallback_model=fallback_model
        )
        if served is not None and served.step != "fallback_model":
            # This call consumed nothing: the cached or static text is served for free.
            free = replace(
                served.answer,
                request_id=call.request_id,
                usage=TokenUsage(input_tokens=0, output_tokens=0),
                cost_usd=Decimal(0),
            )
            served = replace(served, answer=free)
        return served

    def _cache_key(self, request: CheckedRequest) -> str:
        return request_key(
            self._settings.model, self._system_prompt, request.messages, request.max_tokens
        )

    async def _reserve(
        self, call: _Call, *, model: str | None = None, admit: bool = False
    ) -> Reservation:
        """Hold the worst-case cost; when it does not fit, maybe the fallback model's does.

        `admit`: the request's first hold, which also counts it in the rate-limit windows
        (Budget.reserve: with Redis, windows and hold are one script, one round trip).
        """
        request = call.checked
        input_tokens = estimate_input_tokens(self._system_prompt, request.messages)
        models = [model or self._settings.model]
        if model is None and (
            self._settings.budget_exhausted_action == "degrade"
            and self._settings.fallback_model != self._settings.model
        ):
            models.append(self._settings.fallback_model)
        now = dt.datetime.now(dt.UTC)
        limiter = self.limiter if admit else None
        for model in models:
            worst = self.budget.worst_case(model, {"max_tokens": request.max_tokens}, input_tokens)
            try:
                return await self.budget.reserve(
                    user=call.user,
                    model=model,
                    worst_case=worst,
                    request_id=call.request_id,
                    now=now,
                    limiter=limiter,
                    quota=call.quota,
                )
            except BudgetExhausted:
                if model == models[-1]:
                    raise
            limiter = None  # counted in the windows once: the fallback model's hold only
        raise AssertionError("unreachable: the last model re-raises")  # pragma: no cover

    async def _settle(self, reservation: Reservation, cost: Decimal) -> float:
        """Book the real cost; alert on the monthly thresholds this call crossed first."""
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
        return self.budget.used_ratio(settlement)

    async def _spend_cap_alert(self, error: SpendLimitReached) -> None:
        """Anthropic's spend cap stops every call: alert once a day, not once per request."""
        day = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
        if await self.state.ledger.claim_alert(f"spend_cap:{day}"):
            self.alerts.spend_cap_reached(
                request_id=error.request_id, anthropic_request_id=error.anthropic_request_id
            )

    async def _call_claude(self, call: _Call, model: str, attempt_timeout_s: float) -> Message:
        """One HTTP attempt through the SDK (it makes no retries); its errors become ours."""
        try:
            message = await self._client.messages.create(
                model=model,
                max_tokens=call.checked.max_tokens,
                system=self._system_prompt,
                messages=[_to_param(message) for message in call.checked.messages],
                timeout=attempt_timeout(self._settings, attempt_timeout_s),
            )
        except anthropic.APIError as exc:
            raise from_sdk_error(exc, request_id=call.request_id) from exc
        except (httpx2.HTTPError, json.JSONDecodeError) as exc:  # the SDK lets these through
            raise from_transport_error(exc, request_id=call.request_id, stage=Stage.CALL) from exc
        if not _well_formed(message):
            raise malformed_response(request_id=call.request_id, stage=Stage.CALL)
        return message

    def _log(self, event: RequestEvent) -> None:
        """The call's one `llm.request` event, and its metrics (telemetry.log_request)."""
        log_request(event, self.metrics)

    def _event(
        self,
        call: _Call,
        *,
        message: Message | None = None,
        cost: Decimal = Decimal(0),
        error: LLMError | None = None,
        degraded: bool = False,
        reserved: Decimal = Decimal(0),
        used_ratio: float | None = None,
        answer: Answer | None = None,
    ) -> RequestEvent:
        """The log event for this call, from whatever it got to (request, message, error).

        `answer`: a fallback served the call (error is then the failure it covered). Built in
        one go: this runs on every request.
        """
        usage: TokenUsage | None = None
        response: dict[str, Any] = {}
        if answer is not None:
            usage, cost, degraded = answer.usage, answer.cost_usd, True
            response = {
                "response_model": answer.model,
                "anthropic_request_id": answer.anthropic_request_id,
                "finish_reasons": [answer.stop_reason] if answer.stop_reason else [],
                "degraded_reason": answer.degraded_reason,
                "fallback": answer.fallback,
            }
        elif message is not None:
            usage = _usage(message.usage)
            response = {
                "response_model": message.model,
                "response_id": message.id,
                "anthropic_request_id": message._request_id,
                "finish_reasons": [message.stop_reason] if message.stop_reason else [],
                "budget_reserved_usd": reserved,
                "budget_used_ratio": used_ratio,
            }
        else:
            response = {
                "anthropic_request_id": error.anthropic_request_id if error else None,
                "budget_reserved_usd": reserved,
                "budget_used_ratio": used_ratio,
            }
        request = call.request
        return RequestEvent(
            request_id=call.request_id,
            user=call.user,
            request_model=self._settings.model,
            max_tokens=request.max_tokens if request else None,
            max_tokens_clamped=request.max_tokens_clamped if request else False,
            latency_ms=(time.perf_counter() - call.started) * 1000,
            attempts=call.attempts.count,
            retry_wait_s=call.retries.waited_s,
            error=error,
            cost_usd=cost,
            degraded=degraded,
            **(vars(usage) if usage is not None else {}),
            **response,
        )


def _well_formed(message: object) -> bool:
    """Whether a 200's body has what the gateway reads from a Message. The SDK builds its
    models without validating them: a proxy's HTML page comes back as a str, `{}` as an
    empty Message, and either would fail later, past the guard that releases the hold."""
    if not isinstance(message, Message):
        return False
    try:
        content = message.content
        return (
            isinstance(message.model, str)
            and priceable(message.usage)
            and isinstance(content, list)
            and all(block.type != "text" or isinstance(block.text, str) for block in content)
        )
    except AttributeError:
        return False


def _to_param(message: ChatMessage) -> MessageParam:
    if message.role == "user":
        return UserMessageParam(role="user", content=message.content)
    return AssistantMessageParam(role="assistant", content=message.content)


def _answer(message: Message, cost: Decimal, request_id: str, *, degraded: bool) -> Answer:
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
        degraded=degraded,
    )


def _static_answer(text: str) -> Answer:
    """The policy file's message as an answer: no model, no tokens, no cost."""
    return Answer(
        text=text,
        model="none",
        usage=TokenUsage(input_tokens=0, output_tokens=0),
        cost_usd=Decimal(0),
        stop_reason=None,
        request_id="",
        anthropic_request_id=None,
        degraded=True,
    )


def _usage(usage: anthropic.types.Usage) -> TokenUsage:
    return TokenUsage(
        input_tokens=usage.input_tokens,
        output_tokens=usage.output_tokens,
        cache_read_input_tokens=usage.cache_read_input_tokens or 0,
        cache_creation_input_tokens=usage.cache_creation_input_tokens or 0,
    )


def _summary(answer: Answer) -> dict[str, object]:
    """The `done` event of a stream: everything but the text, which came in the deltas."""
    return {
        "model": answer.model,
        "usage": vars(answer.usage),
        "cost_usd": float(answer.cost_usd),
        "stop_reason": answer.stop_reason,
        "request_id": answer.request_id,
        "degraded": answer.degraded,
        "degraded_reason": answer.degraded_reason,
        "fallback": answer.fallback,
    }
