"""PII in the model's answer: masked or redacted per profile, in whole messages and streams.

The answer may show what the profile lets through on input, and nothing else: a kind the
profile redacts before sending is redacted in the answer too (a tool result, a document or
the model itself may have put one there). A card number is masked for display instead,
every digit but the last four (PCI DSS Req 3.4.1 allows at most the BIN and the last
four), unless `cards="redact"`.

    >>> screen = OutputScreen(default_detectors(), {Kind.CARD, Kind.SSN})
    >>> screen.screen("Card 4111 1111 1111 1111, SSN 123-45-6789.").text
    'Card **** **** **** 1111, SSN [SSN redacted].'

A stream is screened as it goes (`OutputScreen.stream`): each delta is shown at once except
the shortest tail that could still grow into an identifier of the chosen kinds
(`hold_from`: a number's digit groups, the word an e-mail address may start with), which
waits for the next delta or the end. Text is never reordered or dropped, and the concatenated output
is what `screen` makes of the whole text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from anthropic.types import Message

from .pii import Detector, Finding, Kind, default_detectors, find_all
from .profiles import PROFILES

if TYPE_CHECKING:
    from ...config import Settings

CardDisplay = Literal["mask", "redact"]


@dataclass(frozen=True)
class Screened:
    """A screened text and what was found in it, by kind."""

    text: str
    found: Counter[Kind]


def mask_card(number: str) -> str:
    """Every digit but the last four as '*', separators kept: '**** **** **** 1111'."""
    digits = sum(char.isdigit() for char in number)
    shown = 0
    masked = []
    for char in number:
        if char.isdigit():
            shown += 1
            masked.append(char if shown > digits - 4 else "*")
        else:
            masked.append(char)
    return "".join(masked)


class OutputScreen:
    """Masks or redacts the chosen kinds in answers: whole texts, messages, or streams."""

    def __init__(
        self, detectors: Sequence[Detector], kinds: Iterable[Kind], *, cards: CardDisplay = "mask"
    ) -> None:
        self.kinds = frozenset(kinds)
        # Only the chosen kinds compete for a span, as in pii.Redactor: a kind shown in
        # the clear must not claim, and so shield, the span of one that is not.
        self.detectors = tuple(d for d in detectors if d.kind in self.kinds)
        marks = [_SECRET_MARK] if Kind.SECRET in self.kinds else []
        if self.kinds - _WORDS_ONLY:
            marks.append(r"\d")
        if self.kinds & {Kind.EMAIL, Kind.IP}:
            marks.append("[@:]")
        self.marks = re.compile("|".join(marks) or "(?!)")
        """What every value of the chosen kinds contains (see StreamScreen._release)."""
        self.cards = cards

    @classmethod
    def from_settings(cls, settings: Settings) -> OutputScreen:
        """The configured profile's kinds (as sent upstream, BAA_SIGNED included), with the
        configured MRN and client-matter patterns."""
        detectors = default_detectors(
            mrn_pattern=settings.mrn_pattern, client_id_patterns=settings.client_id_patterns
        )
        profile = PROFILES[settings.safety_profile]
        return cls(detectors, profile.upstream_kinds(baa_signed=settings.baa_signed))

    def screen(self, text: str) -> Screened:
        """The whole text with every identifier of the chosen kinds masked or redacted."""
        found: Counter[Kind] = Counter()
        return Screened(self._apply(text, find_all(text, self.detectors), 0, found), found)

    def message(self, message: Message) -> tuple[Message, Counter[Kind]]:
        """The message with its text blocks screened (other blocks as they are)."""
        found: Counter[Kind] = Counter()
        content = []
        for block in message.content:
            if block.type == "text":
                screened = self.screen(block.text)
                if screened.found:
                    found.update(screened.found)
                    block = block.model_copy(update={"text": screened.text})
            content.append(block)
        if not found:
            return message, found
        return message.model_copy(update={"content": content}), found

    def stream(self) -> StreamScreen:
        """A screen for one stream of text deltas."""
        return StreamScreen(self)

    def _apply(
        self, text: str, findings: Iterable[Finding], offset: int, found: Counter[Kind]
    ) -> str:
        """text (which starts at `offset` of the findings' text) with each finding that lies
        in it replaced; the part of a finding before `offset` was shown already."""
        parts: list[str] = []
        position = 0
        for finding in findings:
            start, end = max(finding.start - offset, 0), finding.end - offset
            if end <= 0 or start >= len(text):
                continue
            value = text[start:end]
            replacement = (
                mask_card(value)
                if finding.kind is Kind.CARD and self.cards == "mask"
                else f"[{finding.kind.value} redacted]"
            )
            parts += [text[position:start], replacement]
            position = end
            found[finding.kind] += 1
        parts.append(text[position:])
        return "".join(parts)


# --- Streams ----------------------------------------------------------------------------

_TOKEN = re.compile(r"\S+")
_MONTHS = frozenset(
    [
        *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov"),
        *("dec", "january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december"),
    ]
)
# Words inside an identifier's run: "14th of March", "555-0132 ext. 42", "0132 x 42".
_JOINERS = frozenset({"of", "x", "ext", "ext.", "extension", "-"})
HOLD_MAX = 64
"""The longest run of tokens held back (a spaced IBAN is 42 characters, a phone number with
an extension about 35); a single token is held whole, however long, until it ends."""
CONTEXT = 64
"""Characters of shown text the detectors still read: a label before a value ("medical
record number of the patient is"), the token before a number."""


_SECRET_PREFIXES = ("sk-ant-", "AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_")
_SECRET_MARK = "|".join(_SECRET_PREFIXES)
_EMAIL_CHARS = re.compile(r"[\w.%+-]+(?:@[\w.-]*)?")
_SEGMENT = re.compile(r"[^\w.%+@-]")
_OPENING = "([{<\"'"
"""Punctuation before a value: "(415) 555-0132", "<jo@example.com>"."""
_WORDS_ONLY = frozenset({Kind.EMAIL, Kind.SECRET})
"""Kinds whose values need not hold a digit."""


@dataclass(frozen=True)
class _Growth:
    """Which tokens may still grow into, or go on as, an identifier of the chosen kinds."""

    kinds: frozenset[Kind]

    def continues(self, token: str) -> bool:
        """Whether an identifier may go on after this whole token: it has a digit (a kind
        of numbers is chosen), or it is a month (DOB), or a short upper-case group (IBAN)."""
        core = token.lstrip(_OPENING).rstrip(",.;:)]}>\"'!?")
        return (
            (bool(self.kinds - _WORDS_ONLY) and any(char.isdigit() for char in core))
            or (Kind.DOB in self.kinds and core.lower().rstrip(".") in _MONTHS)
            or (
                Kind.IBAN in self.kinds and 0 < len(core) <= 4 and core.isalnum() and core.isupper()
            )
        )

    def grows(self, token: str, before: str) -> bool:
        """Whether the last token, not ended yet, may become (part of) an identifier: an
        e-mail address's local part, a key's prefix or the token after "Bearer", a month,
        a country code or an MRN's letters before their digits, a "+" or "(" of a phone."""
        kinds = self.kinds
        if Kind.PHONE in kinds and token and set(token) <= set("+("):
            return True
        if self.continues(token.lstrip(_OPENING)):
            return True
        # The value may start after punctuation inside the token: "MRN#A", "mail:jo".
        token = _SEGMENT.split(token)[-1]
        return bool(token) and (
            (Kind.EMAIL in kinds and _EMAIL_CHARS.fullmatch(token) is not None)
            or (
                Kind.SECRET in kinds
                and (
                    before == "Bearer"
                    or any(p.startswith(token) or token.startswith(p) for p in _SECRET_PREFIXES)
                )
            )
            or (Kind.DOB in kinds and any(month.startswith(token.lower()) for month in _MONTHS))
            or (bool(kinds & {Kind.IBAN, Kind.MRN}) and token.isalpha() and len(token) <= 3)
        )


def hold_from(text: str, kinds: Iterable[Kind] = tuple(Kind)) -> int:
    """Where the tail of text that could still become (part of) an identifier of the chosen
    kinds starts.

    The last token when the text ends inside it and it may still grow into one (`grows`);
    then, back from the end, every token that an identifier may go on after (`continues`,
    or a joiner after one), separated by a single space, up to HOLD_MAX characters. A
    newline or a run of spaces ends every identifier.
    """
    growth = _Growth(frozenset(kinds))
    tokens = list(_TOKEN.finditer(text))
    start = len(text)
    for index in range(len(tokens) - 1, -1, -1):
        token, word = tokens[index], tokens[index].group()
        if token.end() == len(text):  # the text ends inside this token
            before = tokens[index - 1].group() if index > 0 else ""
            if not growth.grows(word, before):
                break
        else:
            after = text[
                token.end() : tokens[index + 1].start() if index + 1 < len(tokens) else None
            ]
            joiner = (
                word.lower() in _JOINERS
                and index > 0
                and growth.continues(tokens[index - 1].group())
            )
            if len(after) != 1 or after in "\n\r\t\v\f":
                break
            if not (growth.continues(word) or joiner) or len(text) - token.start() > HOLD_MAX:
                break
        start = token.start()
    return start


@dataclass
class StreamScreen:
    """Screens one stream of text deltas: `feed` each delta and show what it returns, then
    show what `end` returns. `found` counts what was masked or redacted."""

    screen: OutputScreen
    found: Counter[Kind] = field(default_factory=Counter)
    _shown: str = field(default="", init=False)
    """The last CONTEXT characters already shown, as the model wrote them."""
    _held: str = field(default="", init=False)

    def feed(self, delta: str) -> str:
        """What of the stream so far can be shown now (possibly "")."""
        self._held += delta
        return self._release(hold_from(self._held, self.screen.kinds))

    def end(self) -> str:
        """The rest, at the end of the stream."""
        return self._release(len(self._held))

    def _release(self, cut: int) -> str:
        if cut == 0:
            return ""
        context = self._shown
        text = context + self._held
        findings = []
        # Every identifier has a mark in the text not shown yet (a digit, an '@', a key's
        # prefix), or follows "Bearer": without one, nothing can be found in it.
        if self.screen.marks.search(self._held) or "Bearer" in text:
            findings = [f for f in find_all(text, self.screen.detectors) if f.end > len(context)]
        # An identifier the detectors already see across the cut is held back whole.
        for finding in findings:
            if finding.start < len(context) + cut < finding.end:
                cut = max(finding.start - len(context), 0)
        released, self._held = self._held[:cut], self._held[cut:]
        if not released:
            return ""
        inside = [f for f in findings if f.end <= len(context) + cut]
        self._shown = (context + released)[-CONTEXT:]
        return self.screen._apply(released, inside, len(context), self.found)
