"""PII and secret detection with checksums, and redaction to typed placeholders.

No model and no network: each kind is a regular expression that finds candidates and, where
the identifier has one, a check that keeps only valid values (Luhn for card numbers, mod 97
for IBANs, the 3-7-1 weights for ABA routing numbers, the SSA's rules for SSNs). Kinds
without a checksum that look like ordinary numbers (bank account, date of birth, MRN,
client-matter numbers), and bare 9- and 10-digit SSNs, ITINs and NPIs, are found only next
to a label, with any short connecting words between ("DOB:", "MRN is", "social security
number of the applicant is"). Digit groups may be separated by a space, any dash, a dot or
a slash, one kind per identifier; a number that is a piece of a longer one (an order
number, the tail of an IBAN-shaped code) is nothing (`_standalone`).

    >>> redactor = Redactor(default_detectors())
    >>> redactor.redact("Mail jo@example.com or jo@example.com, SSN 123-45-6789").text
    'Mail [EMAIL_1] or [EMAIL_1], SSN [SSN_1]'

Placeholders are numbered per kind and per distinct value, across all the texts of one
`Redaction` session, so the model can still tell "the same card" from "another card".
Values are not kept: redaction is one-way.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


class Kind(StrEnum):
    """The kinds of identifier the detectors know; the value is the placeholder's label."""

    SECRET = "SECRET"  # noqa: S105 - a label, not a password
    EMAIL = "EMAIL"
    IBAN = "IBAN"
    CARD = "CARD"
    SSN = "SSN"
    ITIN = "ITIN"
    NPI = "NPI"
    ABA = "ABA"
    ACCOUNT = "ACCOUNT"
    MRN = "MRN"
    CLIENT_ID = "CLIENT_ID"
    CASE_NO = "CASE_NO"
    DOB = "DOB"
    PHONE = "PHONE"
    IP = "IP"


@dataclass(frozen=True)
class Finding:
    """One identifier found in a text: its kind and where it is (end exclusive)."""

    kind: Kind
    start: int
    end: int
    value: str
    """The text at [start, end) as the detectors saw it: any Unicode space reads ' ', any
    dash '-'."""


@dataclass(frozen=True)
class PatternDetector:
    """Candidates from a regular expression, kept when `valid` accepts them.

    When the pattern has a group named `value`, only that group is the identifier (the
    label around it, "DOB:", "account no.", stays readable in the redacted text).
    """

    kind: Kind
    pattern: re.Pattern[str]
    valid: Callable[[str], bool] = lambda _value: True
    needs: re.Pattern[str] | None = None
    """A quick test every match passes (a digit, an '@'): a text without it is skipped
    without running `pattern`. Most prompts have no identifier, and most of the patterns
    are tried at every position of the text."""
    context: Callable[[str, int, int], bool] | None = None
    """A test of the value's place in the text (text, start, end): whether it stands alone
    rather than being a piece of a longer number (see `_standalone`)."""

    def find(self, text: str) -> Iterator[Finding]:
        if self.needs is not None and self.needs.search(text) is None:
            return
        yield from self.matches(text)

    def matches(self, text: str) -> Iterator[Finding]:
        """`find` without the `needs` test: for a caller that made it already."""
        group = "value" if "value" in self.pattern.groupindex else 0
        for match in self.pattern.finditer(text):
            value = match.group(group)
            start, end = match.span(group)
            if not value or not self.valid(value):
                continue
            if self.context is None or self.context(text, start, end):
                yield Finding(self.kind, start, end, value)


class IbanDetector:
    """IBANs, compact or in groups of four (spaces or dashes), in any case. The shape may
    run on into the next words ("DE89 3704 0044 0532 0130 00 into ..."): the shortest
    candidate that passes mod 97 wins, from the shape without its last groups of letters
    only (words) up to the whole shape; one word in 97 would pass with them."""

    kind = Kind.IBAN

    def find(self, text: str) -> Iterator[Finding]:
        if _DIGIT.search(text) is None:
            return
        for match in _IBAN_SHAPE.finditer(text):
            groups = match.group().split(match.group("gap") or " ")
            words = 0  # digits that go on are the code's own: a near miss, not an IBAN
            while words < len(groups) - 1 and groups[-1 - words].isalpha():
                words += 1
            for kept in range(len(groups) - words, len(groups) + 1):
                value = (match.group("gap") or " ").join(groups[:kept])
                if iban_valid(value):
                    start = match.start()
                    yield Finding(self.kind, start, start + len(value), value)
                    break


class Detector(Protocol):
    """Anything with a kind and a `find(text)` that yields findings: PatternDetector, or your
    own (a Presidio analyzer, a lookup of known customer names) behind the same interface."""

    @property
    def kind(self) -> Kind: ...

    def find(self, text: str) -> Iterator[Finding]: ...


# --- Checksums ---------------------------------------------------------------------------


def _digits(value: str) -> str:
    return "".join(char for char in value if char.isdigit())


def luhn_valid(digits: str) -> bool:
    """The Luhn mod-10 check used by card numbers and (with a prefix) NPIs."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def card_valid(value: str) -> bool:
    """13 to 19 digits passing Luhn (separators allowed but not counted), starting as the
    payment networks' numbers do (ISO/IEC 7812 major industry identifier, see
    `_card_prefix`): a Luhn-valid timestamp such as 20241015123045 is not a card."""
    digits = _digits(value)
    return (
        13 <= len(digits) <= 19
        and _card_prefix(digits)
        and luhn_valid(digits)
        and len(set(digits)) > 1
    )


def _card_prefix(digits: str) -> bool:
    """Visa 4; Mastercard 51-55 and 2221-2720; Maestro 50, 56-59 and 6; Amex 34/37, Diners
    30/36/38/39 and JCB 35; Discover and UnionPay 6; UATP 1 with 15 digits."""
    first = digits[0]
    if first == "2":
        return 2221 <= int(digits[:4]) <= 2720
    if first == "3":
        return digits[1] in "0456789"
    if first == "1":
        return len(digits) == 15
    return first in "456"


def iban_valid(value: str) -> bool:
    """Country code, check digits, BBAN: move the first four to the end, letters to numbers,
    and the whole must be 1 modulo 97 (ISO 13616)."""
    compact = value.replace(" ", "").replace("-", "").upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def aba_valid(value: str) -> bool:
    """Nine digits, weights 3, 7, 1 repeating, sum divisible by 10; the first two digits in
    the Federal Reserve's ranges (01-12, 21-32, 61-72, 80)."""
    digits = _digits(value)
    if len(digits) != 9:
        return False
    prefix = int(digits[:2])
    if not (1 <= prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def ssn_valid(value: str) -> bool:
    """SSA rules: area never 000, 666 or 900-999; group never 00; serial never 0000."""
    digits = _digits(value)
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


_ITIN_GROUPS = (range(50, 66), range(70, 89), range(90, 93), range(94, 100))


def itin_valid(value: str) -> bool:
    """IRS ITINs: 9XX-XX-XXXX with the middle two digits in 50-65, 70-88, 90-92 or 94-99."""
    digits = _digits(value)
    return (
        len(digits) == 9
        and digits[0] == "9"
        and any(int(digits[3:5]) in group for group in _ITIN_GROUPS)
    )


def npi_valid(value: str) -> bool:
    """Ten digits starting 1 or 2; Luhn over "80840" + the ten digits (CMS)."""
    digits = _digits(value)
    return len(digits) == 10 and digits[0] in "12" and luhn_valid("80840" + digits)


def _any(_value: str) -> bool:
    return True


def ip_valid(value: str) -> bool:
    """An IP address that may point at someone. Loopback and unspecified addresses (a
    server's `0.0.0.0:8000`, `127.0.0.1`, `::1`) name the machine itself, the same one for
    everybody: redacting them only hid where a service listens from its operators."""
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (address.is_loopback or address.is_unspecified)


# --- Patterns ----------------------------------------------------------------------------

_I = re.IGNORECASE
# The countries of the IBAN registry (ISO 13616), as one alternation of two letters.
_IBAN_COUNTRIES = (
    "AD|AE|AL|AT|AZ|BA|BE|BG|BH|BI|BR|BY|CH|CR|CY|CZ|DE|DJ|DK|DO|EE|EG|ES|FI|FK|FO|"
    "FR|GB|GE|GI|GL|GR|GT|HN|HR|HU|IE|IL|IQ|IS|IT|JO|KW|KZ|LB|LC|LI|LT|LU|LV|LY|MC|"
    "MD|ME|MK|MN|MR|MT|MU|NI|NL|NO|OM|PK|PL|PS|PT|QA|RO|RS|RU|SA|SC|SD|SE|SI|SK|SM|"
    "SO|ST|SV|TL|TN|TR|UA|VA|VG|XK|YE"
)
# An IBAN's shape, valid or not: its digits are nobody else's (see `_standalone`). The
# lookahead spares the 90 country codes at every word that does not start like an IBAN.
_IBAN_SHAPE = re.compile(
    rf"\b(?=[A-Z]{{2}}\d)(?:{_IBAN_COUNTRIES})\d{{2}}"
    r"(?P<gap>[ -]?)[A-Z0-9]{4}(?:(?P=gap)[A-Z0-9]{4}){1,6}(?:(?P=gap)[A-Z0-9]{1,4})?\b",
    _I,
)
# Between digit groups: a space, a hyphen (every Unicode dash reads '-', see find_all), a
# dot or a slash; one identifier uses one kind of separator throughout (`(?P=sep)`).
_SEP = r"(?P<sep>[ ./-])"
# What may stand between a label and its value: punctuation, quotes, the label's acronym in
# brackets, short connecting words and where the number is written ("SSN is", "MRN: ",
# "medical record number of the patient is", "DOB was", "National Provider Identifier (NPI)",
# "ITIN on the W-7 is"). A place starts with a letter: it never takes the value.
_GAP = (
    r"(?:\s*(?:[:#=,\"'\u201c\u201d\u2018\u2019\u00ab\u00bb-]|\((?:[A-Za-z]\.?){2,6}\)"
    r"|'s\b|(?:is|was|are|were|number|num|nr|no|id|of|the|on file"
    r"|patient|client|applicant|customer|member|my|his|her|their|our|your|listed as"
    r"|reads|given as|recorded as)\b\.?"
    r"|(?:on|in|from|per)\s+(?:(?:the|this|that|my|his|her|their|our|your)\s+)?"
    r"[A-Za-z][\w-]{0,11}(?:\s+[A-Za-z][\w-]{0,11})?\b)){0,6}\s*"
)
# For identifiers a checksum or a date's shape confirms, the label may stand further off,
# anywhere earlier in the same line of the sentence: up to ten words, short abbreviations
# and punctuation ("the ITIN issued to my spouse is", "MRN on the wristband, it should be",
# "Birth Date (", "SSN no. (from the card itself):"). A word ends at a word boundary, so no
# word takes the start of the value ("M0690251" stays whole).
_WINDOW_PART = (
    r"[A-Za-z]{1,4}\.|[A-Za-z]++(?:['\u2019-][A-Za-z0-9]++)*+\b"
    r"|[:#=,\"'\u201c\u201d\u2018\u2019\u00ab\u00bb()\[\]-]"
)


def _window(space: str) -> str:
    """Up to ten window tokens, `space` between them."""
    return rf"(?:{space}*+(?:{_WINDOW_PART})){{0,10}}{space}*+"


_WINDOW = _window(r"[^\S\n]")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    r"(?:\d{1,2}(?P<d1>[/.-])\d{1,2}(?P=d1)\d{2,4}|\d{4}(?P<d2>[/.-])\d{1,2}(?P=d2)\d{1,2}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-){_MONTH},?(?:\s+|-)\d{{4}})"
)

DEFAULT_MRN_PATTERN = (
    rf"\b(?:MRN|medical record|med\.? rec\.?){_WINDOW}"
    r"(?P<value>[A-Z]{0,3}\d{5,12}|\d{2,4}(?:[ .-]\d{2,6}){1,3})(?![\w-])"
)
"""An MRN next to its label. Hospitals' formats differ: set MRN_PATTERN to yours."""
DEFAULT_CLIENT_ID_PATTERNS: tuple[str, ...] = (
    rf"\b(?:client|matter|client[ /-]matter){_GAP}"
    r"(?P<value>\d[\dA-Z]*(?:[.-][\dA-Z]+)+|\d{4,})(?![\w:])",
)
"""Client and matter numbers next to their label. Set CLIENT_ID_PATTERNS to your firm's."""

SECRET_PATTERNS = (
    r"\bsk-ant-[A-Za-z0-9_-]{20,}",  # Anthropic API and admin keys
    r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b",  # AWS access key ids
    r"\bgh[pousr]_[A-Za-z0-9]{36,}\b",  # GitHub tokens
    # Any bearer token in a header; a sentence's full stop after it is not part of it.
    r"\b(?i:bearer)\s+(?P<value>[A-Za-z0-9._~+/-]{19,}[A-Za-z0-9_~+/-]=*)",
)
# What every match of each of SECRET_PATTERNS contains (PatternDetector.needs): the engine
# looks for a leading literal at a fraction of the cost of trying `\b` at every position,
# and the patterns run on every text of every profile.
_SECRET_NEEDS = tuple(
    re.compile(needs) for needs in ("sk-ant-", "AKIA|ASIA", "gh[pousr]_", "(?i:bearer)")
)


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _labelled(label: str, value: str, gap: str = _GAP) -> re.Pattern[str]:
    """A value after its label (abbreviated or not: "Acct.") and what may stand between
    (`_GAP`: connecting words, "SSN is 123456789"; `_WINDOW`: the rest of the sentence)."""
    return _compile(rf"\b(?:{label})(?![a-z])\.?{gap}(?P<value>{value})", _I)


def _standalone(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a whole number, not a piece of a longer one: no letter or digit
    touches it, no digit group continues it across a separator ("order 420-8018375-..."),
    and it is not inside an IBAN's shape (an IBAN keeps its digits, valid or not)."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if before[-1:].isalnum() or before[-1:] in ("_", "+") or after[:1].isalnum():
        return False
    if len(after) == 2 and after[0] in " ./-" and after[1].isdigit():
        return False
    if len(before) == 2 and before[1] in "./-" and before[0].isdigit():
        return False
    if before[-1:] == " ":
        # "2024-01-05 4111 ..." or "12 4111 ...": the token before is a number too.
        token = (text[: start - 1].rsplit(None, 1)[-1:] or [""])[0]
        if any(char.isdigit() for char in token) and all(
            char.isdigit() or char in "./-" for char in token
        ):
            return False
    return not any(
        shape.start() < end and start < shape.end()
        for shape in _IBAN_SHAPE.finditer(text, max(0, start - 48), end + 48)
    )


# What every match of a built-in pattern contains (PatternDetector.needs).
_DIGIT = re.compile(r"\d")
_AT = re.compile("@")
_COLON = re.compile(":")
# A card number as the networks print it: compact, 4-4-4-4(-3) and shorter tails, or
# 4-6-5 / 4-6-4 (Amex, Diners). A group of 7 ("420-8018375-7516074") is an order number.
_CARD = (
    rf"\d{{13,19}}|\d{{4}}{_SEP}(?:\d{{4}}(?P=sep)\d{{4}}(?P=sep)\d{{1,4}}(?:(?P=sep)\d{{3}})?"
    r"|\d{6}(?P=sep)\d{4,5})"
)
# North American numbers (area code 2XX-9XX), with a trunk "1" or an international prefix
# (+1, 001, 011 1), other countries' numbers with their "+cc" or "00 cc", and national ones
# with their trunk 0 ("020 7946 0958"): four digits after four are as often an order number.
_PHONE = (
    r"(?:(?:\+|00 ?|011 ?)[1-9]\d{0,2}[ .-]?(?:\(\d{1,4}\) ?|\d{1,4}[ .-])\d{3,4}"
    r"|(?:1[ .-]?)?(?:\([2-9]\d\d\) ?|[2-9]\d\d[ .-])\d{3}"
    r"|(?:\(0\d{1,3}\) ?|0\d{1,3}[ .-])\d{3,4})"
    r"[ .-]\d{4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?"
)


_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension)\s*\d{1,6}$", re.IGNORECASE)


def _phone_length(value: str) -> bool:
    """A national number with its trunk 0 has 10 or 11 digits; 12 is a tracking number."""
    digits = _digits(_EXTENSION.sub("", value))
    international = digits.startswith(("00", "011"))
    return not digits.startswith("0") or international or 10 <= len(digits) <= 11


# A number with its country code ("+33 1 42 68 53 00", "+49 30 1234567", "0091 4155 550132"):
# any grouping, 9 to 15 digits in all (E.164 allows 15; fewer than 9 is more often a sum).
# Possessive groups: a long run of digits after a "+" is split one way only, not every way.
_INTL_PHONE = r"(?:\+|00 ?)[1-9]\d{0,2}(?:[ .-]?(?:\(\d{1,4}\)|\d{1,5}+)){2,6}"


# A national number with its trunk 0 in the grouping its country writes ("069 73840159",
# "0661-466-482", "09 26 86 34 65"; 9 to 12 digits, groups of two or more) is as often a
# part number: it counts with a word of telephony before it (over line breaks: a contact
# card). Not after it ("... is my work line"): a stream shows the number before that word.
_NATIONAL_PHONE = r"0\d{1,4}(?:[ .-]\d{2,8}){1,4}"
_ANY_SPACE = r"\s"
_PHONE_WORD = (
    r"\b(?:(?:tele)?phone|tel|mobile|cell|call(?:ed|ing)?|ring|contact|reach|fax|line|dial"
    r"|landline|hotline|whatsapp|sms)\b"
)
_NATIONAL_PHONES = (rf"{_PHONE_WORD}\.?{_window(_ANY_SPACE)}(?P<value>{_NATIONAL_PHONE})",)


def _national_length(value: str) -> bool:
    return 9 <= len(_digits(value)) <= 12


def _e164_length(value: str) -> bool:
    digits = _digits(value)
    return 9 <= len(digits.removeprefix("00")) <= 15


def default_detectors(
    *,
    mrn_pattern: str = DEFAULT_MRN_PATTERN,
    client_id_patterns: Sequence[str] = DEFAULT_CLIENT_ID_PATTERNS,
) -> list[Detector]:
    """Every built-in detector, in priority order: on overlap, the earlier one's kind wins."""

    def number(kind: Kind, pattern: str, valid: Callable[[str], bool] = _any) -> Detector:
        return PatternDetector(kind, _compile(pattern, _I), valid, _DIGIT, _standalone)

    def labelled(
        kind: Kind, label: str, value: str, valid: Callable[[str], bool] = _any, gap: str = _GAP
    ) -> Detector:
        return PatternDetector(kind, _labelled(label, value, gap), valid, _DIGIT, _standalone)

    return [
        *(
            PatternDetector(Kind.SECRET, _compile(p), needs=needs)
            for p, needs in zip(SECRET_PATTERNS, _SECRET_NEEDS, strict=True)
        ),
        PatternDetector(
            Kind.EMAIL,
            _compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"),
            needs=_AT,
        ),
        PatternDetector(
            Kind.IP,
            _compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)"),
            ip_valid,
            needs=_DIGIT,
        ),
        PatternDetector(
            Kind.IP,
            # Not inside a longer run of colons, but after a label's colon ("host:fe80::1").
            _compile(
                r"(?:(?<![\w:])|(?<=[G-Zg-z]:))(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])"
            ),
            lambda value: any(c.isalnum() for c in value) and ip_valid(value),
            needs=_COLON,
        ),
        IbanDetector(),
        # A label is the strongest evidence: an MRN that passes the ABA checksum is an MRN.
        labelled(
            Kind.ITIN,
            r"I?TIN|individual taxpayer identification|taxpayer id(?:entification)?",
            r"\d{9}",
            itin_valid,
            _WINDOW,
        ),
        labelled(Kind.SSN, r"SSN|social[ -]security|soc\.? ?sec\.?", r"\d{9}", ssn_valid, _WINDOW),
        labelled(
            Kind.NPI,
            r"NPI|national provider(?: identifier)?|prescriber|provider",
            r"\d{10}",
            npi_valid,
            _WINDOW,
        ),
        # A configured pattern may match without a digit; the defaults cannot.
        PatternDetector(
            Kind.MRN, _compile(mrn_pattern, _I), needs=_digit_if(mrn_pattern, DEFAULT_MRN_PATTERN)
        ),
        *(
            PatternDetector(
                Kind.CLIENT_ID, _compile(p, _I), needs=_digit_if(p, *DEFAULT_CLIENT_ID_PATTERNS)
            )
            for p in client_id_patterns
        ),
        labelled(Kind.ACCOUNT, r"account|acct|a/c", r"\d(?:[ -]?\d){5,16}"),
        labelled(
            Kind.DOB,
            r"DOB|D\.O\.B\.?|date of birth|birth ?date|birthday|born(?: on)?",
            _DATE,
            gap=_WINDOW,
        ),
        # Numbers known by their shape and checksum alone.
        number(Kind.CARD, _CARD, card_valid),
        number(Kind.ITIN, r"9\d{2}" + _SEP + r"\d{2}(?P=sep)\d{4}", itin_valid),
        number(Kind.SSN, r"\d{3}" + _SEP + r"\d{2}(?P=sep)\d{4}", ssn_valid),
        number(Kind.ABA, r"\d{9}", aba_valid),
        PatternDetector(
            Kind.CASE_NO,
            _compile(r"\b\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}(?:-[A-Z]{2,4})*\b", _I),
            needs=_DIGIT,
        ),
        number(Kind.PHONE, _PHONE, _phone_length),
        number(Kind.PHONE, _INTL_PHONE, _e164_length),
        *(number(Kind.PHONE, pattern, _national_length) for pattern in _NATIONAL_PHONES),
        # E.164 written compact, as systems store it: "+15551234567".
        number(Kind.PHONE, r"\+[1-9]\d{7,14}"),
    ]


def _digit_if(pattern: str, *defaults: str) -> re.Pattern[str] | None:
    """`_DIGIT` as the `needs` of a built-in pattern (each of its matches has a digit);
    none for a pattern the service was configured with."""
    return _DIGIT if pattern in defaults else None


# Every Unicode space separator (category Zs) but ' ' itself; tests/test_pii.py checks this
# list against the running Python's Unicode database.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Every dash a word processor or a keyboard layout writes between digit groups: hyphen,
# non-breaking hyphen, figure dash, en and em dash, minus sign, small and full-width hyphen.
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")


def find_all(text: str, detectors: Iterable[Detector]) -> list[Finding]:
    """Non-overlapping findings in text order. Where findings overlap, their union is one
    finding of the earlier detector's kind: no part of either is left in the clear."""
    # The patterns know ' ' as the only space and '-' as the only dash, but a no-break space
    # or a non-breaking hyphen between digit groups is as readable. Detectors see a copy with
    # every space as ' ' and every dash as '-': one character for one, so the findings'
    # spans apply unchanged to `text`. (Those spaces and dashes are none of them ASCII.)
    seen = text if text.isascii() else _DASHES.sub("-", _SPACES.sub(" ", text))
    taken: list[Finding] = []
    # Most detectors need a digit: a text is searched for one once, not once per detector
    # (a prompt without identifiers then costs a few searches instead of twenty).
    present: dict[re.Pattern[str], bool] = {}
    for detector in detectors:
        if isinstance(detector, PatternDetector) and detector.needs is not None:
            has = present.get(detector.needs)
            if has is None:
                has = present[detector.needs] = detector.needs.search(seen) is not None
            found = detector.matches(seen) if has else ()
        else:
            found = detector.find(seen)
        for finding in found:
            _claim(taken, finding, seen)
    return sorted(taken, key=lambda finding: finding.start)


def _claim(taken: list[Finding], finding: Finding, text: str) -> None:
    """Add finding to taken (in detector order), merged with the findings it overlaps; drop
    it if it lies wholly inside one of them."""
    overlaps = [t for t in taken if t.start < finding.end and finding.start < t.end]
    if not overlaps:
        taken.append(finding)
        return
    first = overlaps[0]
    if first.start <= finding.start and finding.end <= first.end:
        return
    start = min(finding.start, *(t.start for t in overlaps))
    end = max(finding.end, *(t.end for t in overlaps))
    # The merged span takes the place, and the kind, of the earliest detector's finding.
    taken[taken.index(first)] = Finding(first.kind, start, end, text[start:end])
    for other in overlaps[1:]:
        taken.remove(other)


@dataclass
class Redaction:
    """One redaction session: placeholders stay consistent across the texts passed to it."""

    detectors: Sequence[Detector]
    """The detectors of the kinds to replace (`Redactor` picks them)."""
    counts: Counter[Kind] = field(default_factory=Counter)
    """Identifiers replaced so far, by kind (occurrences, not distinct values)."""
    _numbers: dict[tuple[Kind, str], int] = field(default_factory=dict)
    _per_kind: Counter[Kind] = field(default_factory=Counter)

    def __call__(self, text: str) -> str:
        """The text with every identifier of the session's kinds replaced by its placeholder."""
        parts: list[str] = []
        position = 0
        for finding in find_all(text, self.detectors):
            parts += [text[position : finding.start], self._placeholder(finding)]
            position = finding.end
            self.counts[finding.kind] += 1
        parts.append(text[position:])
        return "".join(parts)

    def _placeholder(self, finding: Finding) -> str:
        key = (finding.kind, finding.value)
        if key not in self._numbers:
            self._per_kind[finding.kind] += 1
            self._numbers[key] = self._per_kind[finding.kind]
        return f"[{finding.kind.value}_{self._numbers[key]}]"


@dataclass(frozen=True)
class Redacted:
    """A redacted text and what was taken out of it."""

    text: str
    counts: Counter[Kind]


class Redactor:
    """Replaces identifiers of the chosen kinds (all by default) with typed placeholders."""

    def __init__(
        self,
        detectors: Sequence[Detector],
        kinds: Iterable[Kind] = tuple(Kind),
    ) -> None:
        # Only the chosen kinds' detectors compete for a span (on overlap the earlier one's
        # kind wins). Were the others to run too, one of a kind not redacted here could
        # claim a span first and leave it in the clear: an MRN that happens to pass the ABA
        # checksum, in the healthcare profile, which does not redact ABA numbers.
        chosen = frozenset(kinds)
        self.detectors = tuple(d for d in detectors if d.kind in chosen)

    def session(self) -> Redaction:
        """A session for several texts that share placeholder numbers (one conversation)."""
        return Redaction(self.detectors)

    def redact(self, text: str) -> Redacted:
        session = self.session()
        redacted = session(text)
        return Redacted(redacted, session.counts)

    def find(self, text: str) -> list[Finding]:
        """Findings of the chosen kinds, without changing anything."""
        return find_all(text, self.detectors)


_NUMBERS = (int, float)  # bool is an int; a tuple checks faster than `int | float`
_LONGEST_CLEAN_NUMBER = 10**8
"""No detector finds a bare number of fewer than 9 digits (ABA and SSN have 9)."""


def _short_number(value: object) -> bool:
    return isinstance(value, _NUMBERS) and -_LONGEST_CLEAN_NUMBER < value < _LONGEST_CLEAN_NUMBER


class RedactLogEvent:
    """A structlog processor: every string in the event (nested ones and rendered tracebacks
    included) has every kind of identifier replaced, whatever the profile. Last line of
    defence: the gateway logs no content, but an exception message or a caller-supplied
    value could still carry an identifier.

    `trusted` maps a field name to a check of its value. A string the service generated
    itself in a documented shape (a uuid request id, a user hash, a model id, an enum value
    such as a finish reason or a stage) passes its check and is not scanned: scanning it
    with every detector was most of the gateway's own cost per request. A value that fails
    its field's check (a caller's request id, a model id the catalog does not know) is
    scanned like any free text, so a check only ever saves work, it never lets a value
    through that does not have the documented shape. Booleans, None and numbers of fewer
    than 9 digits are never scanned: no detector matches them once rendered. A longer
    number is scanned as its digits (a card number logged as an int); dict keys are
    scanned too, and an exception or bytes as the repr the JSON renderer writes for them.
    """

    def __init__(
        self, redactor: Redactor, trusted: Mapping[str, Callable[[str], object]] | None = None
    ) -> None:
        self.redactor = redactor
        self.trusted = dict(trusted or {})

    def __call__(
        self, logger: object, method_name: str, event_dict: MutableMapping[str, Any]
    ) -> MutableMapping[str, Any]:
        trusted = self.trusted
        for key, value in event_dict.items():
            # `_short_number`, inline: about 30 values an event.
            if value is None or (
                isinstance(value, _NUMBERS)
                and -_LONGEST_CLEAN_NUMBER < value < _LONGEST_CLEAN_NUMBER
            ):
                continue
            check = trusted.get(key)
            if check is not None:
                if isinstance(value, str) and check(value):
                    continue
                if isinstance(value, list) and all(
                    isinstance(item, str) and check(item) for item in value
                ):
                    continue
            event_dict[key] = self._clean(value)
        return event_dict

    def _clean(self, value: object) -> Any:
        if isinstance(value, str):
            # Nothing this short is an identifier; skipping it keeps the processor cheap.
            return self.redactor.redact(value).text if len(value) >= 6 else value
        if value is None or _short_number(value):
            return value
        if isinstance(value, _NUMBERS):
            digits = str(value)
            redacted = self.redactor.redact(digits).text
            return value if redacted == digits else redacted
        if isinstance(value, Mapping):
            return {self._clean(key): self._clean(item) for key, item in value.items()}
        if isinstance(value, list | tuple | set | frozenset):
            return [self._clean(item) for item in value]
        if isinstance(value, BaseException | bytes | bytearray):
            return self._clean(repr(value))
        return value
