"""The content-filter protocol, and the default filters each domain profile uses.

A filter looks at one text (the texts of a turn before the call, the answer after it) and
decides:

    allow     pass the text on unchanged: screened, nothing found
    flag      pass the text on unchanged, but record why it looked wrong (the audit trail and
              the `llm.safety` event carry the reasons; the request still goes out)
    annotate  pass on the text with a notice added (the disclaimer)
    replace   pass on the service's own words instead (a refusal explained)
    redact    pass on a changed text (something taken out)
    block     stop: before the call the request is refused with a 422, after it the answer
              is withheld; either way the decision carries reason codes

Reason codes are stable strings (`injection.instruction_override`, `policy.blocklist`,
`moderation.flagged`...) with a message a user can read: the "statement of reasons" the EU
Digital Services Act (Art. 17) asks for when content is restricted. `REASONS` lists them.

Write your own filter as any object with a `name` and an async `__call__(text, context)`.
Before the call a filter reads the texts that come from outside (user turns, tool results,
documents, a final assistant prefill), one message at a time; one with `every_text = True`
(cheap rules, like the injection filter) also reads earlier assistant turns, system blocks,
tool inputs and tool descriptions.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, Protocol

from . import injection

REASONS: dict[str, str] = {
    "injection.instruction_override": "it tries to override the assistant's instructions",
    "injection.system_prompt_extraction": "it asks for the assistant's hidden instructions",
    "injection.role_marker": "it imitates system or role markers of the conversation",
    "injection.encoded_payload": "it hides instructions in encoded text (base64, hex or rot13)",
    "injection.indirect": (
        "a document or a tool result in it carries instructions aimed at the assistant"
    ),
    "jailbreak.roleplay": "it asks the assistant to role-play without its rules (a jailbreak)",
    "policy.blocklist": "it contains a term this service does not accept",
    "policy.attachments": (
        "it carries an image or a PDF document, which this service does not send to the "
        "model: the personal data inside one cannot be found or redacted"
    ),
    "moderation.flagged": "an automated moderation check flagged it",
    "output.refusal": "the model declined to answer",
    "output.disclaimer": "a required notice was added",
}
"""Every reason code the default filters use, with the words shown to the user."""


class Action(StrEnum):
    ALLOW = "allow"
    FLAG = "flag"
    ANNOTATE = "annotate"
    REPLACE = "replace"
    REDACT = "redact"
    BLOCK = "block"


@dataclass(frozen=True)
class Decision:
    """A filter's verdict: what to do, the text to pass on, and why."""

    action: Action
    text: str
    reasons: tuple[str, ...] = ()

    @classmethod
    def allow(cls, text: str) -> Decision:
        return cls(Action.ALLOW, text)

    @classmethod
    def redact(cls, text: str, *reasons: str) -> Decision:
        return cls(Action.REDACT, text, reasons)

    @classmethod
    def block(cls, text: str, *reasons: str) -> Decision:
        return cls(Action.BLOCK, text, reasons)

    @classmethod
    def flag(cls, text: str, *reasons: str) -> Decision:
        return cls(Action.FLAG, text, reasons)


@dataclass(frozen=True)
class FilterContext:
    """What a filter may know besides the text."""

    direction: Literal["input", "output"]
    request_id: str
    stop_reason: str | None = None
    """The answer's stop_reason (output only)."""
    indirect: bool = False
    """The text is data the model reads (tool results, documents, search results), where
    instructions addressed to the model are an attack in themselves (input only)."""


class ContentFilter(Protocol):
    """A filter: looks at one text, returns a Decision. Async, so it may call a classifier."""

    @property
    def name(self) -> str: ...

    async def __call__(self, text: str, context: FilterContext) -> Decision: ...


def statement_of_reasons(reasons: Iterable[str]) -> str:
    """The user-facing explanation of a block: which rule, in words, and the codes."""
    codes = list(dict.fromkeys(reasons))
    words = "; ".join(REASONS.get(code, code) for code in codes)
    return (
        f"This message was not processed because {words} (reason: {', '.join(codes)}). "
        "The decision was made automatically; if you think it is wrong, contact us "
        "and quote the request id."
    )


# --- Default filters ------------------------------------------------------------------


VERDICTS_REMEMBERED = 8_192
"""Texts whose injection verdict is remembered (by digest: about 1 MB at most)."""


class InjectionFilter:
    """Blocks (`action="block"`) or flags (`action="flag"`: the request goes on, the reasons
    are logged and audited) texts that trip the prompt-injection and jailbreak rules. Reads
    every text of a request: the rules are cheap and an assistant turn or a system block can
    carry an injection as well as a user turn.

    Each request sends the conversation so far and the same tool definitions again: the
    verdict on a text is remembered, keyed by a digest of it (no text is kept), so a
    request costs the rules' time for what is new in it, not for the whole conversation.
    """

    name = "injection"
    every_text = True

    def __init__(
        self, action: Literal["block", "flag"] = "block", *, remembered: int = VERDICTS_REMEMBERED
    ) -> None:
        self.action = Action(action)
        self._remembered = remembered
        self._verdicts: OrderedDict[bytes, tuple[str, ...]] = OrderedDict()
        """Reason codes by digest of (how the text is read, the text); least recent first."""

    async def __call__(self, text: str, context: FilterContext) -> Decision:
        reasons = self._reasons(text, indirect=context.indirect)
        if not reasons:
            return Decision.allow(text)
        return Decision(self.action, text, reasons)

    def _reasons(self, text: str, *, indirect: bool) -> tuple[str, ...]:
        """The reason codes the rules find in `text`, each once; remembered."""
        digest = hashlib.blake2b(
            text.encode("utf-8", "surrogatepass"),
            digest_size=16,
            person=b"indirect" if indirect else b"direct",
        ).digest()
        reasons = self._verdicts.get(digest)
        if reasons is not None:
            self._verdicts.move_to_end(digest)
            return reasons
        hits = injection.detect(text, indirect=indirect)
        reasons = self._verdicts[digest] = tuple(dict.fromkeys(hit.reason for hit in hits))
        if len(self._verdicts) > self._remembered:
            self._verdicts.popitem(last=False)
        return reasons


class BlocklistFilter:
    """Blocks a text containing any term of a user-owned list (policy/blocklist.txt).

    One term per line; `#` starts a comment; a line `re:<pattern>` is a regular expression.
    Terms match whole words, case-insensitively. Before the call the request is refused;
    after it, the answer is withheld.
    """

    name = "blocklist"

    def __init__(self, terms: Iterable[str]) -> None:
        patterns = []
        for raw in terms:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("re:"):
                patterns.append(line[3:])
            else:
                patterns.append(rf"(?<!\w){re.escape(line)}(?!\w)")
        self.pattern = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    @classmethod
    def from_text(cls, text: str) -> BlocklistFilter:
        return cls(text.splitlines())

    async def __call__(self, text: str, context: FilterContext) -> Decision:
        if self.pattern is not None and self.pattern.search(text):
            return Decision.block(text, "policy.blocklist")
        return Decision.allow(text)


ModerationHook = Callable[[str], Awaitable[str | None]]
"""A classifier: returns a reason code when the text should be blocked, None when it is fine."""


class ModerationFilter:
    """Runs a pluggable moderation hook (for example a cheap Claude classifier, see
    moderation.py) and blocks what it flags. Off unless MODERATION is set."""

    name = "moderation"

    def __init__(self, hook: ModerationHook) -> None:
        self.hook = hook

    async def __call__(self, text: str, context: FilterContext) -> Decision:
        reason = await self.hook(text)
        return Decision.allow(text) if reason is None else Decision.block(text, reason)


class RefusalFilter:
    """A refusal (`stop_reason == "refusal"`) becomes a clear answer, not an error or a blank.

    The model may stop with little or no text when it declines; the user gets the
    domain's refusal message (policy/refusal.md) instead.
    """

    name = "refusal"

    def __init__(self, message: str) -> None:
        self.message = message.strip()

    async def __call__(self, text: str, context: FilterContext) -> Decision:
        if context.stop_reason != "refusal":
            return Decision.allow(text)
        return Decision(Action.REPLACE, self.message, ("output.refusal",))


class DisclaimerFilter:
    """Appends the domain's notice (policy/disclaimer.md) to every answer: it discloses that
    AI wrote it (every profile: the EU AI Act's Art. 50 transparency duty) and, in the
    regulated ones, that it is not professional advice."""

    name = "disclaimer"

    def __init__(self, disclaimer: str) -> None:
        self.disclaimer = disclaimer.strip()

    async def __call__(self, text: str, context: FilterContext) -> Decision:
        if not self.disclaimer or text.rstrip().endswith(self.disclaimer):
            return Decision.allow(text)
        return Decision(Action.ANNOTATE, add_notice(text, self.disclaimer), ("output.disclaimer",))


def add_notice(text: str, notice: str) -> str:
    """The text with a notice below a rule; unchanged when there is no notice."""
    return f"{text.rstrip()}\n\n---\n{notice}" if notice else text
