"""The optional moderation hook: a cheap Claude model classifies a text as allowed or not.

Off by default (MODERATION=off). With MODERATION=claude, every user turn costs one extra
small call (max_tokens 8) on MODERATION_MODEL, with the instructions in
policy/moderation.md (yours to edit). The classifier answers `ALLOW` or `BLOCK`; anything
else counts as ALLOW, and so does a failed call — a moderation outage must not take the
service down with it; the heuristics and the blocklist still apply. Each failure is logged
as `llm.moderation_error`; each answered call logs its tokens as `llm.moderation`. The
calls go through the same SDK client (timeouts, retries, spend-cap handling) but are not
reserved in the monthly budget: at max_tokens 8 on a small model they are a rounding
error, and docs/safety.md says so.
"""

from __future__ import annotations

import anthropic
import structlog

log = structlog.get_logger(__name__)

MAX_TOKENS = 8
FLAGGED = "moderation.flagged"


class ClaudeModerator:
    """A ModerationHook: returns `moderation.flagged` when the classifier says BLOCK."""

    def __init__(self, client: anthropic.AsyncAnthropic, *, model: str, instructions: str) -> None:
        self.client = client
        self.model = model
        self.instructions = instructions.strip()

    async def __call__(self, text: str) -> str | None:
        # Failing open is deliberate (see the module docstring): the heuristic filters and
        # the blocklist are the fallback, so no alternative answer is needed here.
        try:
            message = await self.client.messages.create(  # prodready: ignore[PR011]
                model=self.model,
                max_tokens=MAX_TOKENS,
                system=self.instructions,
                messages=[{"role": "user", "content": f"<text>\n{text}\n</text>"}],
            )
        except anthropic.APIError as exc:
            log.warning("llm.moderation_error", error_type=type(exc).__name__)
            return None
        log.info(
            "llm.moderation",
            **{
                "gen_ai.request.model": self.model,
                "gen_ai.usage.input_tokens": message.usage.input_tokens,
                "gen_ai.usage.output_tokens": message.usage.output_tokens,
            },
        )
        verdict = "".join(block.text for block in message.content if block.type == "text")
        return FLAGGED if verdict.strip().upper().startswith("BLOCK") else None
