"""`Safety`: the two steps the gateway runs around the call to Claude.

    screen_request after validation, on a whole Messages request: binary attachments per
                   the ATTACHMENTS policy, PII of the profile's kinds -> placeholders in
                   every text, then the pre-filters (injection heuristics, blocklist,
                   moderation hook) on the texts from outside the service; a block raises
                   ContentBlocked (HTTP 422 + reason code)
    screen_output  after the call: the post-filters on the answer (refusal message,
                   blocklist, disclaimer); a block withholds the answer and says why

Each step that changes or stops something logs one `llm.safety` event (counts, places and
reason codes, no content) and, for regulated profiles, appends an audit record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import structlog

from ..errors import ContentBlocked, Stage
from ..request import Params, Text, attachments, map_texts
from .audit import AuditRecord, AuditTrail
from .filters import (
    Action,
    BlocklistFilter,
    ContentFilter,
    DisclaimerFilter,
    FilterContext,
    InjectionFilter,
    ModerationFilter,
    ModerationHook,
    RefusalFilter,
    add_notice,
    statement_of_reasons,
)
from .moderation import ClaudeModerator
from .pii import Kind, Redactor, default_detectors
from .profiles import PROFILES, AttachmentPolicy, Profile

if TYPE_CHECKING:
    import anthropic

    from ...config import Settings

log = structlog.get_logger(__name__)

# The root package of the service, where the user-owned policy/ directory lives.
_ROOT_PACKAGE = __name__.split(".")[0]


def load_policy(name: str) -> str:
    """A file of `policy/` (yours: copier update never overwrites it); empty when missing."""
    path = resources.files(_ROOT_PACKAGE).joinpath("policy", name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("llm.policy_missing", file=f"policy/{name}")
        return ""


def log_redactor(settings: Settings) -> Redactor:
    """Every kind, with the configured MRN and client-matter patterns: for log lines."""
    return Redactor(
        default_detectors(
            mrn_pattern=settings.mrn_pattern, client_id_patterns=settings.client_id_patterns
        )
    )


class Safety:
    """The profile's redaction, filters and audit trail, applied to one request at a time."""

    def __init__(
        self,
        profile: Profile,
        upstream: Redactor,
        *,
        pre_filters: Sequence[ContentFilter] = (),
        post_filters: Sequence[ContentFilter] = (),
        audit: AuditTrail | None = None,
        attachments: AttachmentPolicy | None = None,
    ) -> None:
        self.profile = profile
        self.upstream = upstream
        self.attachments = attachments or profile.attachment_policy(baa_signed=False)
        """Whether images and PDF documents are sent (ATTACHMENTS, else the profile's)."""
        self.pre_filters = tuple(pre_filters)
        self.post_filters = tuple(post_filters)
        self.audit = audit
        self.notice = next(
            (f.disclaimer for f in self.post_filters if isinstance(f, DisclaimerFilter)), ""
        )
        """The notice appended to every answer ("" when the profile adds none)."""

    def with_notice(self, text: str) -> str:
        """An answer text as the post-filters deliver it when nothing else applies."""
        return add_notice(text, self.notice)

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        client: anthropic.AsyncAnthropic | None = None,
        moderation_hook: ModerationHook | None = None,
    ) -> Safety:
        """The configured profile; `client` serves MODERATION=claude unless a hook is given."""
        profile = PROFILES[settings.safety_profile]
        detectors = default_detectors(
            mrn_pattern=settings.mrn_pattern, client_id_patterns=settings.client_id_patterns
        )
        upstream = Redactor(detectors, profile.upstream_kinds(baa_signed=settings.baa_signed))
        blocklist = BlocklistFilter.from_text(load_policy("blocklist.txt"))
        pre: list[ContentFilter] = []
        if settings.injection_filter:
            pre.append(InjectionFilter())
        if blocklist.pattern is not None:
            pre.append(blocklist)
        if moderation_hook is None and settings.moderation == "claude" and client is not None:
            moderation_hook = ClaudeModerator(
                client,
                model=settings.moderation_model,
                instructions=load_policy("moderation.md"),
            )
        if moderation_hook is not None:
            pre.append(ModerationFilter(moderation_hook))
        post: list[ContentFilter] = [RefusalFilter(load_policy("refusal.md"))]
        if blocklist.pattern is not None:
            post.append(blocklist)
        if profile.disclaimer:
            post.append(DisclaimerFilter(load_policy("disclaimer.md")))
        audit = None
        if profile.audit and settings.audit_log_path is not None:
            audit = AuditTrail(
                Path(settings.audit_log_path), retention_days=settings.audit_retention_days
            )
        return cls(
            profile,
            upstream,
            pre_filters=pre,
            post_filters=post,
            audit=audit,
            attachments=settings.attachments
            or profile.attachment_policy(baa_signed=settings.baa_signed),
        )

    async def screen_request(self, params: Params, *, user: str, request_id: str) -> Params:
        """A validated request as it may be sent: redacted, or ContentBlocked with the reasons.

        Attachments first: where the policy refuses them, nothing else is read. Redaction
        then covers every text the model reads (`request.texts()`: turns of both roles,
        system blocks, tool results, plain-text documents, search results, tool inputs and
        tool descriptions), with one placeholder numbering for the whole request. Thinking
        blocks stay as they are: they are signed (a changed one is refused) and hold only
        what the model wrote from input this service already screened.

        The pre-filters read the redacted texts that come from outside the service, one
        message at a time (its texts joined, so a turn costs one moderation call): user
        turns with their tool results, documents and search results, and a final assistant
        turn (a prefill the caller writes to steer the answer, a known jailbreak route).
        Earlier assistant turns are the model's own answers, which the post-filters read
        when this service served them; filtering them again would make one answer that
        discusses, say, prompt injection refuse every later turn of its conversation.
        System blocks and tool definitions are the application's instructions, not input:
        the heuristics would flag the very rules they protect ("never reveal your prompt").
        """
        attached: dict[str, int] = {}
        for item in attachments(params):
            attached[item.type] = attached.get(item.type, 0) + 1
        if attached and self.attachments == "refuse":
            first = next(attachments(params))
            refused = ("policy.attachments",)
            self._record("input", Action.BLOCK, refused, request_id, user, attachments=attached)
            raise ContentBlocked(
                f"{first.where} is {_article(first.type)}. {statement_of_reasons(refused)}",
                request_id=request_id,
                stage=Stage.FILTER,
                reasons=refused,
            )
        session = self.upstream.session()
        screened: dict[str, int] = {}
        filtered: dict[str, int] = {}
        outside: dict[int | str, list[str]] = {}  # redacted outside texts, by message
        last = len(params["messages"]) - 1
        prefilter = bool(self.pre_filters)

        def redact(text: Text) -> str:
            place = f"{text.role}.{text.kind}"
            screened[place] = screened.get(place, 0) + 1
            redacted = session(text.text)
            if prefilter and _from_outside(text, last):
                filtered[place] = filtered.get(place, 0) + 1
                outside.setdefault(text.path[1], []).append(redacted)
            return redacted

        redacted = map_texts(params, redact)
        action = Action.REDACT if session.counts else Action.ALLOW
        reasons: list[str] = []
        context = FilterContext("input", request_id)
        for message in outside.values():
            joined = "\n\n".join(message)
            for content_filter in self.pre_filters:
                decision = await content_filter(joined, context)
                if decision.action is Action.BLOCK:
                    reasons += decision.reasons
                    action = Action.BLOCK
            if action is Action.BLOCK:
                break
        self._record(
            "input",
            action,
            reasons,
            request_id,
            user,
            redactions=session.counts,
            screened=screened,
            filtered=filtered,
            attachments=attached,
        )
        if action is Action.BLOCK:
            raise ContentBlocked(
                statement_of_reasons(reasons),
                request_id=request_id,
                stage=Stage.FILTER,
                reasons=tuple(dict.fromkeys(reasons)),
            )
        return redacted

    async def screen_output(
        self, text: str, *, stop_reason: str | None, user: str, request_id: str
    ) -> str:
        """The answer as the user may see it (with notices, or withheld with the reasons)."""
        context = FilterContext("output", request_id, stop_reason)
        reasons: list[str] = []
        action = Action.ALLOW
        for content_filter in self.post_filters:
            decision = await content_filter(text, context)
            if decision.action is Action.BLOCK:
                reasons += decision.reasons
                action = Action.BLOCK
                text = "The answer was withheld. " + statement_of_reasons(decision.reasons)
                break
            if decision.action is Action.REDACT:
                reasons += decision.reasons
                action = Action.REDACT
                text = decision.text
        self._record("output", action, reasons, request_id, user, stop_reason=stop_reason)
        return text

    def _record(
        self,
        stage: str,
        action: Action,
        reasons: Sequence[str],
        request_id: str,
        user: str,
        *,
        redactions: Counter[Kind] | None = None,
        stop_reason: str | None = None,
        screened: Mapping[str, int] | None = None,
        filtered: Mapping[str, int] | None = None,
        attachments: Mapping[str, int] | None = None,
    ) -> None:
        counts = {kind.value: count for kind, count in (redactions or Counter()).items()}
        if action is not Action.ALLOW or attachments:
            log.info(
                "llm.safety",
                stage=stage,
                action=str(action),
                reasons=list(reasons),
                redactions=counts,
                profile=self.profile.name,
                screened=dict(screened or {}),
                filtered=dict(filtered or {}),
                attachments=dict(attachments or {}),
            )
        if self.audit is not None:
            self.audit.record(
                AuditRecord(
                    request_id=request_id,
                    user=user,
                    profile=self.profile.name,
                    stage=stage,
                    action=str(action),
                    reasons=tuple(reasons),
                    redactions=counts,
                    stop_reason=stop_reason,
                    screened=screened,
                    filtered=filtered,
                    attachments=attachments,
                )
            )


def _from_outside(text: Text, last: int) -> bool:
    """Whether the pre-filters read a text (see `Safety.screen_request`): a user turn's, or
    a text of the final turn when it is the assistant's (a prefill)."""
    if text.path[0] != "messages":
        return False
    return text.role == "user" or (text.path[1] == last and text.kind == "text")


def _article(block_type: str) -> str:
    return {"image": "an image", "document": "a PDF document"}.get(block_type, "a file upload")
