"""`Safety`: the two steps the gateway runs around the call to Claude.

    screen_request after validation, on a whole Messages request: binary attachments per
                   the ATTACHMENTS policy, PII of the profile's kinds -> placeholders in
                   every text, then the pre-filters: the injection rules on every text
                   (tool results and documents as data), blocklist and moderation hook on
                   the texts from outside the service; a block raises ContentBlocked (HTTP
                   422 + reason code), a flag sends the request and records why
    screen_output  after the call: the post-filters on the answer (refusal message,
                   blocklist, disclaimer); a block withholds the answer and says why

Each step that changes, flags or stops something logs one `llm.safety` event (counts,
places and reason codes, no content); for regulated profiles every step appends an audit
record saying what each screen read and did, "nothing found" included. A flagged or
blocked stage calls the human-review hook where HUMAN_REVIEW (or the profile) asks for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import structlog

from ..errors import ContentBlocked, Stage
from ..request import Params, Text, contents, with_texts
from ..request import Path as TextPath
from .audit import AuditRecord, AuditTrail, ReviewHook, ReviewItem, log_review
from .filters import (
    Action,
    BlocklistFilter,
    ContentFilter,
    Decision,
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
from .profiles import PROFILES, AttachmentPolicy, Profile, ReviewPolicy

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
        sent: Redactor | None = None,
        review: ReviewPolicy | None = None,
        review_hook: ReviewHook = log_review,
    ) -> None:
        self.profile = profile
        self.upstream = upstream
        self.attachments = attachments or profile.attachment_policy(baa_signed=False)
        """Whether images and PDF documents are sent (ATTACHMENTS, else the profile's)."""
        self.pre_filters = tuple(pre_filters)
        self._reads_every = any(_every_text(f) for f in self.pre_filters)
        """Some pre-filter reads every text (the injection rules)."""
        self._reads_outside = any(not _every_text(f) for f in self.pre_filters)
        """Some pre-filter reads only the texts from outside the service (see below)."""
        self.post_filters = tuple(post_filters)
        self.audit = audit
        self.sent = sent
        """The kinds the profile sends in the clear: counted (never changed) so that the
        audit trail says what went upstream. None: not counted (no audit trail)."""
        self.review: ReviewPolicy = review or profile.review
        self.review_hook = review_hook
        """Called for the flagged stages of a request (or every answer: HUMAN_REVIEW=all)."""
        self.notice = next(
            (f.disclaimer for f in self.post_filters if isinstance(f, DisclaimerFilter)), ""
        )
        """The notice appended to every answer ("" when the profile adds none)."""

    def close(self) -> None:
        """Close the audit trail's file (records written so far are in it already)."""
        if self.audit is not None:
            self.audit.close()

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
        kinds = profile.upstream_kinds(baa_signed=settings.baa_signed)
        upstream = Redactor(detectors, kinds)
        blocklist = BlocklistFilter.from_text(load_policy("blocklist.txt"))
        pre: list[ContentFilter] = []
        if settings.injection_filter:
            pre.append(InjectionFilter(settings.injection_action or profile.injection))
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
        sent = None
        if profile.audit and settings.audit_log_path is not None:
            audit = AuditTrail(
                Path(settings.audit_log_path), retention_days=settings.audit_retention_days
            )
            sent = Redactor(detectors, frozenset(Kind) - kinds)
        return cls(
            profile,
            upstream,
            pre_filters=pre,
            post_filters=post,
            audit=audit,
            attachments=settings.attachments
            or profile.attachment_policy(baa_signed=settings.baa_signed),
            sent=sent,
            review=settings.human_review,
        )

    async def screen_request(
        self,
        params: Params,
        *,
        user: str,
        request_id: str,
        on_review: Callable[[], None] | None = None,
    ) -> Params:
        """A validated request as it may be sent: redacted, or ContentBlocked with the reasons.
        `on_review` is called when the human-review hook was (the answer carries the flag).

        Attachments first: where the policy refuses them, nothing else is read. Redaction
        then covers every text the model reads (`request.texts()`: turns of both roles,
        system blocks, tool results, plain-text documents, search results, tool inputs and
        tool descriptions), with one placeholder numbering for the whole request. Thinking
        blocks stay as they are: they are signed (a changed one is refused) and hold only
        what the model wrote from input this service already screened.

        The pre-filters read the redacted texts in the same pass, one message at a time (its
        texts joined, so a turn costs one moderation call). A filter with `every_text` (the
        injection rules) reads every text: an injection in an assistant turn the caller
        wrote, in a caller's system block or in a tool input reaches the model as surely as
        one in a user turn; tool results, documents and search results are read apart, as
        data (`indirect`), where instructions addressed to the model are the attack. The
        others (blocklist, moderation) read what comes from outside the service: user turns
        with their tool results and documents, and a final assistant turn (a prefill).
        """
        found_attachments, read = contents(params)
        attached: dict[str, int] = {}
        for item in found_attachments:
            attached[item.type] = attached.get(item.type, 0) + 1
        if attached and self.attachments == "refuse":
            first = found_attachments[0]
            refused = ("policy.attachments",)
            self._record("input", Action.BLOCK, refused, request_id, user, attachments=attached)
            raise ContentBlocked(
                f"{first.where} is {_article(first.type)}. {statement_of_reasons(refused)}",
                request_id=request_id,
                stage=Stage.FILTER,
                reasons=refused,
            )
        session = self.upstream.session()
        # Texts by (section, index, read as data): a message, a system block, a tool.
        every: dict[tuple[str | int, ...], list[str]] = {}
        outside: dict[tuple[str | int, ...], list[str]] = {}
        last = len(params["messages"]) - 1
        reads_every, reads_outside = self._reads_every, self._reads_outside
        redacted: list[str] = []
        changed: list[tuple[TextPath, str]] = []
        for text in read:
            clean = session(text.text)
            redacted.append(clean)
            if clean != text.text:
                changed.append((text.path, clean))
            if reads_every:
                every.setdefault((*text.path[:2], text.kind in _DATA), []).append(clean)
            if reads_outside and _from_outside(text, last):
                outside.setdefault((*text.path[:2], False), []).append(clean)
        # What each filter read, found and did: (name, texts read, reasons, action).
        results: list[tuple[str, int, list[str], Action]] = []
        reasons: list[str] = []
        flagged = False
        blocked = False
        for content_filter in self.pre_filters:
            groups = every if _every_text(content_filter) else outside
            found: list[str] = []
            did = Action.ALLOW
            for (*_, indirect), message in groups.items():
                context = FilterContext("input", request_id, indirect=bool(indirect))
                decision = await content_filter("\n\n".join(message), context)
                if decision.action in (Action.BLOCK, Action.FLAG):
                    found += decision.reasons
                    did = max(did, decision.action, key=_SEVERITY.__getitem__)
            read_count = sum(len(message) for message in groups.values())
            results.append((content_filter.name, read_count, list(dict.fromkeys(found)), did))
            reasons += found
            flagged = flagged or did is Action.FLAG
            if did is Action.BLOCK:
                blocked = True
                break  # no further filter (a moderation call) for a refused request
        action = (
            Action.BLOCK
            if blocked
            else Action.FLAG
            if flagged
            else Action.REDACT
            if session.counts
            else Action.ALLOW
        )
        review = None
        if self._wants_review("input", action):
            review = await self._review("input", action, reasons, request_id, user, on_review)
        if self._records(action, attached):
            # Built only for a record: a clean request in a profile without an audit trail
            # (most requests) is neither logged nor audited.
            screens: dict[str, dict[str, Any]] = {
                "pii": _screen(len(read), _kinds(session.counts), _redacted_or_not(session.counts))
            }
            if self.sent is not None:
                sent: Counter[Kind] = Counter()
                for clean in redacted:
                    sent.update(finding.kind for finding in self.sent.find(clean))
                screens["pii"]["sent"] = _kinds(sent)
            for name, read_count, found, did in results:
                screens[name] = _screen(read_count, found, did)
            self._record(
                "input",
                action,
                reasons,
                request_id,
                user,
                redactions=session.counts,
                screened=_places(read),
                filtered=_places(
                    text
                    for text in read
                    if reads_every or (reads_outside and _from_outside(text, last))
                ),
                attachments=attached,
                screens=screens,
                review=review,
            )
        if action is Action.BLOCK:
            raise ContentBlocked(
                statement_of_reasons(reasons),
                request_id=request_id,
                stage=Stage.FILTER,
                reasons=tuple(dict.fromkeys(reasons)),
            )
        return with_texts(params, changed)

    async def screen_output(
        self,
        text: str,
        *,
        stop_reason: str | None,
        user: str,
        request_id: str,
        pii: Counter[Kind] | None = None,
        on_review: Callable[[], None] | None = None,
    ) -> str:
        """The answer as the user may see it (with notices, or withheld with the reasons).

        `pii`: what output screening (safety/output.py) masked or redacted in the answer
        before it came here, recorded as the `pii` screen; None where it did not run.
        `on_review`: called when the human-review hook was."""
        context = FilterContext("output", request_id, stop_reason)
        reasons: list[str] = []
        action = Action.ALLOW if pii is None else _redacted_or_not(pii)
        decisions: list[tuple[str, Decision]] = []
        for content_filter in self.post_filters:
            decision = await content_filter(text, context)
            decisions.append((content_filter.name, decision))
            reasons += decision.reasons
            action = max(action, decision.action, key=_SEVERITY.__getitem__)
            if decision.action is Action.BLOCK:
                text = "The answer was withheld. " + statement_of_reasons(decision.reasons)
                break
            text = decision.text
        review = None
        if self._wants_review("output", action):
            review = await self._review("output", action, reasons, request_id, user, on_review)
        if self._records(action):
            screens: dict[str, dict[str, Any]] = {}
            if pii is not None:
                screens["pii"] = _screen(1, _kinds(pii), _redacted_or_not(pii))
            for name, decision in decisions:
                screens[name] = _screen(1, list(decision.reasons), decision.action)
            self._record(
                "output",
                action,
                reasons,
                request_id,
                user,
                stop_reason=stop_reason,
                screens=screens,
                review=review,
            )
        return text

    def _wants_review(self, stage: str, action: Action) -> bool:
        """Whether HUMAN_REVIEW asks a person to check a stage that did `action`: a flagged
        or blocked one, or every answer (`all`)."""
        if self.review == "off":
            return False
        return action in (Action.FLAG, Action.BLOCK) or (self.review == "all" and stage == "output")

    async def _review(
        self,
        stage: str,
        action: Action,
        reasons: Sequence[str],
        request_id: str,
        user: str,
        on_review: Callable[[], None] | None,
    ) -> str:
        """Calls the review hook (see `_wants_review`); "requested", for the records."""
        flagged = action in (Action.FLAG, Action.BLOCK)
        why = tuple(dict.fromkeys(reasons)) if flagged else ("review.all",)
        item = ReviewItem(request_id, user, self.profile.name, stage, why)
        # The team's hook, whatever it raises, must not fail the answer it was called for.
        try:
            await self.review_hook(item)
        except Exception as error:
            log.error(
                "llm.review_hook_error", request_id=request_id, error_type=type(error).__name__
            )
        if on_review is not None:
            on_review()
        return "requested"

    def _records(self, action: Action, attachments: Mapping[str, int] | None = None) -> bool:
        """Whether a stage that did `action` is logged or audited (`_record`)."""
        return self.audit is not None or _logged(action, attachments)

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
        screens: Mapping[str, Mapping[str, Any]] | None = None,
        review: str | None = None,
    ) -> None:
        if not self._records(action, attachments):
            return
        counts = _kinds(redactions or Counter())
        if _logged(action, attachments):
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
                screens=dict(screens or {}),
                review=review,
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
                    screens=screens,
                    review=review,
                )
            )


# Text kinds the model reads as data, where the indirect-injection rules apply.
_DATA = frozenset({"tool_result", "document", "search_result"})

# Which of two decisions a stage reports (`max` by this order).
_SEVERITY = {
    Action.ALLOW: 0,
    Action.ANNOTATE: 1,
    Action.REPLACE: 2,
    Action.REDACT: 3,
    Action.FLAG: 4,
    Action.BLOCK: 5,
}


def _logged(action: Action, attachments: Mapping[str, int] | None) -> bool:
    """The log hears of what changed or stopped a request, or of attachments; a notice
    appended to every answer (the AI disclosure) is not news there, the audit trail keeps
    it."""
    return action not in (Action.ALLOW, Action.ANNOTATE) or bool(attachments)


def _every_text(content_filter: ContentFilter) -> bool:
    return bool(getattr(content_filter, "every_text", False))


def _screen(read: int, found: object, did: Action) -> dict[str, Any]:
    """One screen's line in the audit record: how many texts it read, what it found, what
    it did ("allow" with nothing found: screened, clean)."""
    return {"read": read, "found": found, "did": str(did)}


def _kinds(counts: Counter[Kind]) -> dict[str, int]:
    return {kind.value: count for kind, count in sorted(counts.items())}


def _places(texts: Iterable[Text]) -> dict[str, int]:
    """How many texts of each place (`user.text`, `user.tool_result`, ...): the audit
    record's `screened` and `filtered`."""
    places: dict[str, int] = {}
    for text in texts:
        place = f"{text.role}.{text.kind}"
        places[place] = places.get(place, 0) + 1
    return places


def _redacted_or_not(counts: Counter[Kind]) -> Action:
    return Action.REDACT if counts else Action.ALLOW


def _from_outside(text: Text, last: int) -> bool:
    """Whether the pre-filters read a text (see `Safety.screen_request`): a user turn's, or
    a text of the final turn when it is the assistant's (a prefill)."""
    if text.path[0] != "messages":
        return False
    return text.role == "user" or (text.path[1] == last and text.kind == "text")


def _article(block_type: str) -> str:
    return {"image": "an image", "document": "a PDF document"}.get(block_type, "a file upload")
