"""Spend alerts: a structured log event and, when ALERT_WEBHOOK_URL is set, a webhook POST.

    llm.budget_alert  kind=budget_threshold  the month's spend crossed a share of the budget
                      kind=spend_cap         Anthropic refused a call: the organisation's spend
                                             cap is reached (429 enforced_spend_limit_reached)

Deciding that an alert fires (once per period) is the ledger's job, atomically, so two
replicas never both fire it; this module only delivers it. The webhook is sent by a
background task: the request that crossed the threshold does not wait for it. It has a timeout and
is retried with exponential backoff; a webhook that still fails is logged, never raised.

The JSON body:

    {"event": "llm.budget_alert", "kind": "budget_threshold", "service": "<package>",
     "month": "2026-11", "threshold": 0.8, "spent_usd": 240.12, "budget_usd": 300.0,
     "used_ratio": 0.8004}
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

import httpx2
import structlog
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)
from tenacity.wait import WaitBaseT

log = structlog.get_logger(__name__)

ALERT_EVENT = "llm.budget_alert"
WEBHOOK_TIMEOUT_S = 5.0
WEBHOOK_ATTEMPTS = 4
"""One try and three retries, 0.5 s, 1 s, 2 s apart: about 20 s at most with timeouts."""
DRAIN_TIMEOUT_S = 10.0
"""How long shutdown waits for webhooks still being sent."""
_SERVICE = __name__.split(".")[0]


class WebhookFailed(Exception):
    """The webhook answered with an error status (retried)."""


class Alerts:
    """Delivers alerts: log first (always), webhook in the background (when configured)."""

    def __init__(
        self,
        webhook_url: str | None,
        *,
        transport: httpx2.AsyncBaseTransport | None = None,
        wait: WaitBaseT | None = None,
    ) -> None:
        self.webhook_url = webhook_url
        self._client = httpx2.AsyncClient(timeout=WEBHOOK_TIMEOUT_S, transport=transport)
        self._wait = wait if wait is not None else wait_exponential(multiplier=0.5, max=4)
        self._pending: set[asyncio.Task[None]] = set()

    def budget_threshold(
        self, *, month: str, threshold: float, spent_usd: float, budget_usd: float
    ) -> None:
        """The month's spend crossed `threshold` (a share) of the budget: tell someone."""
        level = logging.CRITICAL if threshold >= 1 else logging.WARNING
        self._fire(
            level,
            kind="budget_threshold",
            month=month,
            threshold=threshold,
            spent_usd=round(spent_usd, 6),
            budget_usd=budget_usd,
            used_ratio=round(spent_usd / budget_usd, 4),
        )

    def spend_cap_reached(self, *, request_id: str, anthropic_request_id: str | None) -> None:
        """Anthropic refused a call because the organisation's spend cap is reached.

        Called by the gateway when a call ends in errors.SpendLimitReached (the cap lasts
        until it is raised in the Console or the month ends; no call can succeed meanwhile).
        """
        self._fire(
            logging.CRITICAL,
            kind="spend_cap",
            request_id=request_id,
            anthropic_request_id=anthropic_request_id,
            detail="Anthropic spend cap reached (429 enforced_spend_limit_reached)",
        )

    def _fire(self, level: int, **fields: Any) -> None:
        log.log(level, ALERT_EVENT, **fields)
        if self.webhook_url:
            body = {"event": ALERT_EVENT, "service": _SERVICE, **fields}
            task = asyncio.get_running_loop().create_task(self._post(body))
            # Keep a reference until done: the event loop holds only weak ones.
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

    async def _post(self, body: Mapping[str, Any]) -> None:
        assert self.webhook_url is not None  # noqa: S101 (checked by the caller)
        retrying = AsyncRetrying(
            stop=stop_after_attempt(WEBHOOK_ATTEMPTS),
            wait=self._wait,
            retry=retry_if_exception_type((httpx2.HTTPError, WebhookFailed)),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    response = await self._client.post(self.webhook_url, json=body)
                    if response.status_code >= 400:
                        raise WebhookFailed(f"webhook answered {response.status_code}")
        except (httpx2.HTTPError, WebhookFailed) as exc:
            log.error(
                "llm.alert_webhook_failed",
                kind=body.get("kind"),
                attempts=WEBHOOK_ATTEMPTS,
                error=str(exc) or type(exc).__name__,
            )

    async def drain(self, within_s: float = DRAIN_TIMEOUT_S) -> None:
        """Wait (at most `within_s`) for webhooks still being sent."""
        if self._pending:
            await asyncio.wait(set(self._pending), timeout=within_s)

    async def aclose(self) -> None:
        """Let pending webhooks finish (bounded), cancel the rest, close the HTTP client."""
        await self.drain()
        for task in list(self._pending):
            task.cancel()
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)
        await self._client.aclose()
