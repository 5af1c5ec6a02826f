# ruff: noqa: E501, S311
"""Writes data/pii_heldout_r2.json: the second held-out set of identifiers and near misses for
the PII detectors (issue 21), to measure recall and false positives on text the rules were not
tuned on.

Built by a session engineer who had not read the rules, their tests or the first held-out set:
only the claims in docs/safety.md (which forms and labels each kind promises) and the
checksums in the project's notes on regulated domains. Every identifier is random digits or
letters with its check digits computed here (no real person's data, nothing copied from a
public corpus), placed in sentences written for this set: chat messages, forms, e-mails and
notes, with and without labels where the claim allows, with the separators, prefixes and
connecting words the claims name. `random.Random(SEED)` makes the file the same on every
run. The generator was run while it was written to check counts and checksums, never against
the rules; the set was generated once, committed, and measured afterwards by someone else.
Do not tune the rules on it: write a new round instead.

`positive`: `kind`, `text` and `value`, the identifier exactly as written in `text` without
its label words (a finding of `kind` must cover exactly `value`). `negative`: `family` and
`text`, a near miss in which nothing may be found.

Afterwards: measured once as it came (docs/safety.md gives the figures); its misses were
then fixed, so the rules have been tuned on it since and it is a regression set now.
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import string
from collections import Counter
from collections.abc import Callable
from pathlib import Path

SEED = 51977
PER_KIND = 130
OUT = Path(__file__).parent / "data" / "pii_heldout_r2.json"

Positive = dict[str, str]
Negative = dict[str, str]

# --- checksums ----------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(payload: str) -> str:
    """`payload` followed by the check digit that makes it pass Luhn."""
    for check in string.digits:
        if luhn_ok(payload + check):
            return payload + check
    raise AssertionError("unreachable: one digit always completes a Luhn number")


def aba_ok(digits: str) -> bool:
    weights = [3, 7, 1] * 3
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def npi_ok(digits: str) -> bool:
    return luhn_ok("80840" + digits)


def iban_remainder(text: str) -> int:
    moved = text[4:] + text[:4]
    return int("".join(str(int(c, 36)) for c in moved.upper())) % 97


def ssn_ok(area: int, group: int, serial: int) -> bool:
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


ITIN_MIDDLE = [*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)]

# --- shared pieces ------------------------------------------------------------------------

FIRST = [
    "Maya",
    "Tobias",
    "Aiko",
    "Rahul",
    "Grete",
    "Omar",
    "Lena",
    "Chidi",
    "Sofia",
    "Pavel",
    "Ines",
    "Hugo",
    "Leilani",
    "Bram",
    "Zainab",
    "Caleb",
    "Yuki",
    "Marisol",
    "Anders",
    "Thandi",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Brennan",
    "Castellano",
    "Novak",
    "Haddad",
    "Whitfield",
    "Osei",
    "Kowalczyk",
    "Ferreira",
    "Nakamura",
    "Delacroix",
    "Ibekwe",
    "Sandoval",
]
CITIES = [
    "Denver",
    "Tulsa",
    "Raleigh",
    "Spokane",
    "Madison",
    "Boise",
    "Savannah",
    "Albany",
    "Fresno",
    "Duluth",
]
SPACES = [" ", " ", " ", "\u00a0", "\u2009", "\u202f"]
DASHES = ["-", "-", "-", "\u2010", "\u2011", "\u2013", "\u2212"]
ENDINGS = ["", ".", ".", ",", ";", "!", " .", ")", "\n"]


def pick(rng: random.Random, items: list[str]) -> str:
    return rng.choice(items)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def separator(rng: random.Random) -> str:
    """One separator of the claimed kinds: a space (any Unicode space), a dash, a dot, a slash."""
    roll = rng.random()
    if roll < 0.4:
        return pick(rng, SPACES)
    if roll < 0.8:
        return pick(rng, DASHES)
    if roll < 0.92:
        return "."
    return "/"


def group(number: str, sizes: list[int], sep: str) -> str:
    parts, start = [], 0
    for size in sizes:
        parts.append(number[start : start + size])
        start += size
    return sep.join(parts)


def person(rng: random.Random) -> str:
    return f"{pick(rng, FIRST)} {pick(rng, LAST)}"


def lower_first(sentence: str) -> str:
    """'My SSN is ...' -> 'my SSN is ...', leaving a sentence that starts with a code alone."""
    if re.match(r"[A-Z][a-z]+\b", sentence):
        return sentence[:1].lower() + sentence[1:]
    return sentence


def wrap(rng: random.Random, sentence: str) -> str:
    """Places a sentence in a chat message, a form, an e-mail or a note."""
    name = person(rng)
    shape = rng.randrange(7)
    if shape == 0:
        return sentence
    if shape == 1:
        return f"{pick(rng, ['hi', 'Hello', 'Hey there', 'Good morning', 'ok'])}, {lower_first(sentence)}"
    if shape == 2:
        return f"{sentence} {pick(rng, ['Thanks!', 'Let me know if you need anything else.', 'Can you update my file?', 'Please confirm.', 'Is that enough?'])}"
    if shape == 3:
        return f"Name: {name}\n{sentence}\nCity: {pick(rng, CITIES)}"
    if shape == 4:
        return f"Hello,\n\n{pick(rng, ['As requested,', 'Following our call,', 'For the application,', 'Quick update:'])} {lower_first(sentence)}\n\nRegards,\n{name}"
    if shape == 5:
        return f"Note ({pick(rng, ['intake', 'call log', 'front desk', 'follow-up'])}): {name} called. {sentence}"
    return f"{pick(rng, ['Re your question:', 'Updating my details.', 'For the record -', 'Info below.'])} {sentence}"


def labelled(rng: random.Random, labels: list[str], links: list[str], value: str) -> str:
    """`label link value` with the label's case varied: 'SSN is 123-45-6789'."""
    label = pick(rng, labels)
    link = pick(rng, links)
    if link.strip() and link.strip().lower() in label.lower():
        link = " "  # no "account number number" or "MRN# #"
    roll = rng.random()
    if roll < 0.12:
        label = label.upper()
    elif roll < 0.25:
        label = label.lower()
    return f"{label}{link}{value}"


def sentence_with(rng: random.Random, frames: list[str], core: str) -> str:
    """A frame around the labelled value, ended with punctuation or not."""
    if " of the patient is " in core:
        frames = ["The {c}", "{c}"]  # the long link reads as a sentence of its own
    text = pick(rng, frames).format(c=core)
    return text + pick(rng, ENDINGS) if not text.endswith((".", "?", "!")) else text


# --- positives, one maker per kind ---------------------------------------------------------

CARD_PREFIXES: list[tuple[str, int, list[list[int]]]] = [
    ("4", 16, [[4, 4, 4, 4]]),
    ("4", 13, [[13]]),
    ("4", 19, [[4, 4, 4, 4, 3]]),
    ("51", 16, [[4, 4, 4, 4]]),
    ("53", 16, [[4, 4, 4, 4]]),
    ("55", 16, [[4, 4, 4, 4]]),
    ("2221", 16, [[4, 4, 4, 4]]),
    ("2720", 16, [[4, 4, 4, 4]]),
    ("2305", 16, [[4, 4, 4, 4]]),
    ("34", 15, [[4, 6, 5]]),
    ("37", 15, [[4, 6, 5]]),
    ("36", 14, [[4, 6, 4]]),
    ("30", 14, [[4, 6, 4]]),
    ("6011", 16, [[4, 4, 4, 4]]),
    ("65", 16, [[4, 4, 4, 4]]),
    ("35", 16, [[4, 4, 4, 4]]),
    ("62", 19, [[4, 4, 4, 4, 3]]),
    ("1", 15, [[4, 6, 5]]),
]
CARD_LABELS = [
    "card number",
    "card",
    "Visa",
    "credit card",
    "CC",
    "card no.",
    "debit card",
    "Amex",
    "Mastercard",
    "PAN",
]
CARD_FRAMES = [
    "my {c}",
    "Please charge {c}",
    "{c} exp 04/29",
    "The customer read out {c} over the phone",
    "Use {c} for the deposit",
    "Payment method: {c}",
    "I think the {c} is the one on file",
    "Refund went to {c}?",
]
CARD_BARE_FRAMES = [
    "Charge it to {v} please",
    "{v} is the card I want to use",
    "Card on file: {v}",
    "try {v} instead, the other one expired",
    "Here you go {v} exp 11/27 ",
    "Number: {v}",
    "It's {v}",
]


def make_card(rng: random.Random) -> tuple[str, str]:
    prefix, length, groupings = CARD_PREFIXES[rng.randrange(len(CARD_PREFIXES))]
    while True:
        number = luhn_complete(prefix + digits(rng, length - len(prefix) - 1))
        if len(set(number)) > 1:
            break
    compact = rng.random() < 0.25 or groupings[0] == [length]
    value = number if compact else group(number, pick_grouping(rng, groupings), separator(rng))
    if rng.random() < 0.5:
        core = labelled(
            rng, CARD_LABELS, [" ", ": ", " is ", " number ", " #", " - ", " was "], value
        )
        return sentence_with(rng, CARD_FRAMES, core), value
    return pick(rng, CARD_BARE_FRAMES).format(v=value), value


def pick_grouping(rng: random.Random, groupings: list[list[int]]) -> list[int]:
    return groupings[rng.randrange(len(groupings))]


SSN_LABELS = [
    "SSN",
    "social security number",
    "Social Security No.",
    "social security",
    "SSN#",
    "Social Security Number",
]
SSN_LINKS = [" ", ": ", " is ", " was ", " - ", " is: ", " number is ", " on file is ", " no. "]
SSN_FRAMES = [
    "My {c}",
    "The applicant's {c}",
    "{c}",
    "Employee {c}",
    "Her {c} and she's the primary holder",
    "his {c}, please verify",
    "Could you check {c}?",
    "Patient {c}",
]


def make_ssn(rng: random.Random) -> tuple[str, str]:
    while True:
        area, grp, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_ok(area, grp, serial):
            break
    raw = f"{area:03d}{grp:02d}{serial:04d}"
    if rng.random() < 0.3:
        value = raw
        return sentence_with(rng, SSN_FRAMES, labelled(rng, SSN_LABELS, SSN_LINKS, value)), value
    value = group(raw, [3, 2, 4], pick(rng, ["-", "-", "-", " ", ".", *DASHES[1:]]))
    if rng.random() < 0.65:
        return sentence_with(rng, SSN_FRAMES, labelled(rng, SSN_LABELS, SSN_LINKS, value)), value
    bare = [
        "Mine is {v}",
        "{v} — that's the number on my card",
        "Use {v} for the background check",
        "Number on the W-2: {v}",
        "it should be {v}",
        "Tax form shows {v}",
    ]
    return pick(rng, bare).format(v=value), value


ITIN_LABELS = ["ITIN", "ITIN number", "ITIN no."]


def make_itin(rng: random.Random) -> tuple[str, str]:
    raw = f"9{digits(rng, 2)}{pick(rng, [f'{m:02d}' for m in ITIN_MIDDLE])}{digits(rng, 4)}"
    if rng.random() < 0.3:
        value = raw
        core = labelled(
            rng, ITIN_LABELS, [" ", ": ", " is ", " was ", " - ", " on the W-7 is "], value
        )
        return sentence_with(
            rng, ["My {c}", "{c}", "Spouse's {c}", "The client's {c}", "Please file with {c}"], core
        ), value
    value = group(raw, [3, 2, 4], pick(rng, ["-", "-", " ", ".", *DASHES[1:]]))
    if rng.random() < 0.5:
        core = labelled(
            rng,
            [*ITIN_LABELS, "taxpayer ID", "individual taxpayer identification number"],
            [" ", ": ", " is ", " was "],
            value,
        )
        return sentence_with(
            rng, ["My {c}", "{c}", "Dependent's {c}", "The filer's {c}"], core
        ), value
    bare = [
        "I don't have an SSN, I use {v}",
        "Number for the return: {v}",
        "{v} is what the IRS letter says",
        "File it under {v}",
        "it's {v}",
    ]
    return pick(rng, bare).format(v=value), value


IBAN_FORMATS: dict[str, str] = {
    # country: BBAN shape, n = digit, a = upper-case letter, c = letter or digit
    "DE": "nnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "FR": "nnnnnnnnnncccccccccccnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnccccccccccccc",
    "NL": "aaaannnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "CH": "nnnnnccccccccccccc",
    "AT": "nnnnnnnnnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn",
    "NO": "nnnnnnnnnnn",
    "DK": "nnnnnnnnnnnnnn",
    "FI": "nnnnnnnnnnnnnn",
}


def bban(rng: random.Random, shape: str) -> str:
    pools = {
        "n": string.digits,
        "a": string.ascii_uppercase,
        "c": string.ascii_uppercase + string.digits,
    }
    return "".join(rng.choice(pools[s]) for s in shape)


def iban_for(country: str, body: str) -> str:
    check = 98 - iban_remainder(country + "00" + body)
    return f"{country}{check:02d}{body}"


def make_iban(rng: random.Random) -> tuple[str, str]:
    country = pick(rng, sorted(IBAN_FORMATS))
    iban = iban_for(country, bban(rng, IBAN_FORMATS[country]))
    assert iban_remainder(iban) == 1
    style = rng.random()
    if style < 0.45:
        value = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    elif style < 0.6:
        value = "-".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    else:
        value = iban
    if rng.random() < 0.12:
        value = value.lower()
    if rng.random() < 0.7:
        core = labelled(
            rng,
            ["IBAN", "iban", "IBAN number", "account (IBAN)", "IBAN no."],
            [" ", ": ", " is ", " - ", ":\u00a0"],
            value,
        )
        return sentence_with(
            rng,
            [
                "Please wire the refund to {c}",
                "{c}",
                "My {c}, BIC on request",
                "Supplier {c}",
                "Bank details - {c}",
                "Pay the invoice into {c}",
            ],
            core,
        ), value
    bare = [
        "Send it to {v} please",
        "Transfer to {v} (Sparkasse)",
        "{v} is my euro account",
        "Beneficiary account {v}",
        "Bank: {v}",
    ]
    return pick(rng, bare).format(v=value), value


FED_PREFIXES = [*range(1, 13), *range(21, 33), *range(61, 73)]


def make_aba(rng: random.Random) -> tuple[str, str]:
    head = f"{pick(rng, FED_PREFIXES):02d}" + digits(rng, 6)
    value = next(head + c for c in string.digits if aba_ok(head + c))
    frames = [
        "Routing number {v}",
        "routing # {v}",
        "ABA {v}",
        "The bank's routing number is {v}",
        "ABA routing: {v}",
        "RTN {v}, checking",
        "Wire instructions: routing {v}",
        "Direct deposit - routing number: {v}",
        "use routing number {v} for the ACH",
        "Our credit union's ABA number is {v}",
        "Bank routing {v}",
        "{v} is the routing number on the check",
        "Routing/transit number {v}",
        "The ABA number of the bank was {v}",
    ]
    return pick(rng, frames).format(v=value) + pick(rng, ENDINGS), value


ACCOUNT_LABELS = [
    "account",
    "Account",
    "acct",
    "Acct.",
    "a/c",
    "account number",
    "account no.",
    "Account #",
    "checking account",
    "savings account",
    "acct #",
    "A/C",
]
ACCOUNT_LINKS = [" ", ": ", " is ", " was ", " - ", " #", " number ", " no. "]


def make_account(rng: random.Random) -> tuple[str, str]:
    value = digits(rng, rng.randint(6, 12))
    if value[0] == "0" and rng.random() < 0.5:
        value = str(rng.randint(1, 9)) + value[1:]
    core = labelled(rng, ACCOUNT_LABELS, ACCOUNT_LINKS, value)
    frames = [
        "Please close {c}",
        "My {c}",
        "{c}",
        "The payment came from {c}",
        "Debit {c} on the 1st",
        "Statement for {c} is missing",
        "Transfer $300 to {c}",
        "Joint {c} with my wife",
    ]
    return sentence_with(rng, frames, core), value


EMAIL_DOMAINS = [
    "brightwell-logistics.com",
    "orchardfinch.co.uk",
    "mail.nimbusdental.org",
    "halvorsen.no",
    "kettlelane.net",
    "stratus-analytics.io",
    "pinecrest.insure",
    "students.lakeview.edu",
    "juniper-tools.de",
    "bluefin.travel",
    "fastmail.fm",
    "postbox.example.org",
]


def make_email(rng: random.Random) -> tuple[str, str]:
    first, last = pick(rng, FIRST), pick(rng, LAST)
    local = pick(
        rng,
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}_{last}{rng.randint(1, 99)}",
            f"{first}{rng.randint(70, 99)}",
            f"{last}.{first[0]}+billing",
            f"{first}-{last}",
            f"{first[0]}.{last}",
            f"{first}.{last}+{pick(rng, ['news', 'work', 'tax'])}",
        ],
    )
    if rng.random() < 0.8:
        local = local.lower()
    value = f"{local}@{pick(rng, EMAIL_DOMAINS)}"
    if rng.random() < 0.1:
        value = value.upper()
    frames = [
        "Email me at {v}",
        "my email is {v}",
        "Contact: {v}",
        "E-mail: {v}",
        "cc {v} on the reply",
        "You can reach her at <{v}>",
        "please send the receipt to {v} thanks",
        "({v})",
        "Reply-To: {v}",
        "{v} is my new address",
        "Send it to {v}, not the old one",
        "forwarding from {v}:",
    ]
    return pick(rng, frames).format(v=value) + pick(rng, ENDINGS), value


INTERNATIONAL: list[tuple[str, list[int]]] = [
    ("44", [2, 4, 4]),
    ("44", [4, 6]),
    ("33", [1, 2, 2, 2, 2]),
    ("49", [2, 4, 4]),
    ("49", [3, 7]),
    ("81", [1, 4, 4]),
    ("61", [1, 4, 4]),
    ("34", [3, 3, 3]),
    ("353", [1, 3, 4]),
    ("91", [5, 5]),
    ("55", [2, 5, 4]),
    ("27", [2, 3, 4]),
    ("39", [2, 4, 4]),
    ("31", [2, 3, 4]),
    ("52", [2, 4, 4]),
]


def nanp(rng: random.Random) -> tuple[str, str, str]:
    area = f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}"
    exchange = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    return area, exchange, digits(rng, 4)


def make_phone(rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.6:
        a, e, n = nanp(rng)
        dash = pick(rng, DASHES)
        space = pick(rng, SPACES)
        forms = [
            f"({a}) {e}-{n}",
            f"({a}){e}-{n}",
            f"{a}{dash}{e}{dash}{n}",
            f"{a}.{e}.{n}",
            f"{a}{space}{e}{space}{n}",
            f"+1 {a} {e} {n}",
            f"+1-{a}-{e}-{n}",
            f"+1 ({a}) {e}-{n}",
            f"+1.{a}.{e}.{n}",
            f"1-{a}-{e}-{n}",
            f"001-{a}-{e}-{n}",
            f"011 1 {a} {e} {n}",
            f"+1{a}{e}{n}",
            f"{a}-{e}-{n} ext. {rng.randint(2, 999)}",
            f"({a}) {e}-{n} x{rng.randint(10, 9999)}",
        ]
        value = pick(rng, forms)
    else:
        code, sizes = INTERNATIONAL[rng.randrange(len(INTERNATIONAL))]
        number = str(rng.randint(1, 9)) + digits(rng, sum(sizes) - 1)
        grouped = group(number, sizes, pick(rng, [" ", " ", "-", "\u00a0"]))
        value = pick(
            rng,
            [f"+{code} {grouped}", f"00{code} {grouped}", f"+{code}{number}", f"+{code}-{grouped}"],
        )
    frames = [
        "Call me at {v}",
        "my cell is {v}",
        "Phone: {v}",
        "Tel. {v}",
        "you can text {v} after 5pm",
        "Call {v} now",
        "Mobile {v}",
        "Best number to reach me: {v}",
        "He left a voicemail from {v}",
        "{v} is the office line",
        "Emergency contact {v} (my sister)",
        "Fax or phone {v}",
        "Ring the front desk on {v}",
        "Contact number - {v}",
    ]
    return pick(rng, frames).format(v=value) + pick(rng, ENDINGS), value


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def make_dob(rng: random.Random) -> tuple[str, str]:
    year, month, day = rng.randint(1931, 2008), rng.randint(1, 12), rng.randint(1, 28)
    forms = [
        f"{month:02d}/{day:02d}/{year}",
        f"{month}/{day}/{year}",
        f"{day:02d}.{month:02d}.{year}",
        f"{month:02d}-{day:02d}-{year}",
        f"{year}-{month:02d}-{day:02d}",
        f"{MONTHS[month - 1]} {day}, {year}",
        f"{day} {MONTHS[month - 1][:3]} {year}",
        f"{day:02d}-{MONTHS[month - 1][:3]}-{year}",
    ]
    value = pick(rng, forms)
    if rng.random() < 0.25:
        core = f"{pick(rng, ['born', 'born on', 'Born', 'Born on'])} {value}"
        frames = [
            "I was {c}",
            "She was {c}",
            "{c}",
            "Patient was {c}",
            "The child was {c} in Tulsa",
            "{c}, per the intake form",
        ]
        return sentence_with(rng, frames, core), value
    labels = ["DOB", "date of birth", "Date of Birth", "birth date", "Birth date"]
    core = labelled(
        rng, labels, [" ", ": ", " is ", " was ", " - ", " of the patient is ", " is: "], value
    )
    frames = [
        "My {c}",
        "{c}",
        "Patient {c}",
        "Member {c}",
        "The child's {c}",
        "Please confirm {c}",
        "Applicant {c}",
        "{c}, per the intake form",
    ]
    return sentence_with(rng, frames, core), value


MRN_LABELS = [
    "MRN",
    "mrn",
    "Medical record number",
    "medical record",
    "Medical Record No.",
    "MRN#",
    "medical record number",
]


def make_mrn(rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.5:
        value = digits(rng, rng.randint(5, 12))
    elif roll < 0.75:
        value = "".join(
            rng.choice(string.ascii_uppercase) for _ in range(rng.randint(1, 3))
        ) + digits(rng, rng.randint(5, 9))
    else:
        value = pick(
            rng,
            [
                f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}",
                f"{digits(rng, 3)}-{digits(rng, 4)}",
                f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
            ],
        )
    core = labelled(
        rng, MRN_LABELS, [" ", ": ", " is ", " was ", " - ", " of the patient is ", " #"], value
    )
    frames = [
        "Patient {c}",
        "{c}",
        "Please pull the chart for {c}",
        "Discharge summary, {c}",
        "Lab results attached ({c})",
        "Admitted under {c}",
        "Her {c}",
    ]
    return sentence_with(rng, frames, core), value


def make_npi(rng: random.Random) -> tuple[str, str]:
    head = pick(rng, ["1", "2"]) + digits(rng, 8)
    value = next(head + c for c in string.digits if npi_ok(head + c))
    labels = [
        "NPI",
        "npi",
        "NPI number",
        "National Provider Identifier",
        "provider",
        "Provider NPI",
        "rendering provider",
        "referring provider NPI",
    ]
    core = labelled(rng, labels, [" ", ": ", " is ", " - ", " #", " number "], value)
    frames = [
        "Dr. {p}, {c}",
        "{c}",
        "Claim submitted with {c}",
        "Billing {c}",
        "Please add {c} to the referral",
        "Supervising physician {c}",
    ]
    return pick(rng, frames).format(c=core, p=pick(rng, LAST)) + pick(rng, ENDINGS), value


def make_ip(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.6:
        value = pick(
            rng,
            [
                f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ],
        )
    else:
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
        groups[0] = pick(rng, ["2001", "2a02", "2600", "fe80", "2607", "2804"])
        style = rng.randrange(3)
        if style == 0:
            value = ":".join(groups)
        elif style == 1:
            value = ":".join(groups[:3]) + "::" + ":".join(groups[6:])
        else:
            value = ":".join(groups[:4]) + "::" + groups[7]
        value = str(ipaddress.IPv6Address(value)) if rng.random() < 0.5 else value
        if rng.random() < 0.15:
            value = value.upper()
    ipaddress.ip_address(value)
    frames = [
        "Login from {v}",
        "client IP: {v}",
        "The server at {v} is down",
        "Blocked {v} after 5 failed attempts",
        "my router says {v}",
        "src={v} dst=internal",
        "Can you whitelist {v}?",
        "Request came from {v} at 09:14",
        "IP address {v}",
        "ssh admin@{v}",
        "Ping {v} and see if it answers",
    ]
    return pick(rng, frames).format(v=value) + pick(rng, ENDINGS), value


B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits


def rand_from(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def make_secret(rng: random.Random) -> tuple[str, str]:
    kind = rng.randrange(5)
    if kind == 0:
        # Assembled at run time: the project's own audit flags key-shaped literals in code.
        value = "-".join(["sk", "ant", "api03", rand_from(rng, B64URL, rng.randint(80, 95))])
        frames = [
            "ANTHROPIC_API_KEY={v}",
            "here's my key {v} why does it say unauthorized",
            'export ANTHROPIC_API_KEY="{v}"',
            "api_key: {v}",
            "I accidentally pasted {v} in the channel, how do I revoke it?",
        ]
    elif kind == 1:
        value = pick(rng, ["AKIA", "ASIA"]) + rand_from(rng, string.ascii_uppercase + "234567", 16)
        frames = [
            "aws_access_key_id = {v}",
            "AWS_ACCESS_KEY_ID={v}",
            "The access key {v} was rotated yesterday",
            "key id {v}, secret in the vault",
            "Found {v} in the old config",
        ]
    elif kind == 2:
        value = "ghp_" + rand_from(rng, ALNUM, 36)
        frames = [
            "GITHUB_TOKEN={v}",
            "token: {v}",
            "set the remote token to {v} and retry",
            "use {v} for the CI",
            "My PAT is {v}, does it need repo scope?",
        ]
    elif kind == 3:
        value = (
            "eyJ"
            + rand_from(rng, B64URL, rng.randint(20, 40))
            + "."
            + rand_from(rng, B64URL, rng.randint(30, 80))
            + "."
            + rand_from(rng, B64URL, 43)
        )
        frames = [
            "Authorization: Bearer {v}",
            "curl -H 'Authorization: Bearer {v}' https://api.internal/v1/me",
            "header was Bearer {v}",
            "Bearer {v}",
        ]
    else:
        value = rand_from(rng, ALNUM, rng.randint(32, 48))
        frames = [
            "Authorization: Bearer {v}",
            '-H "Authorization: Bearer {v}"',
            "send Bearer {v} in the header",
            "Bearer {v}",
        ]
    return pick(rng, frames).format(v=value) + pick(rng, ["", "", "\n", " ."]), value


def make_client(rng: random.Random) -> tuple[str, str]:
    value = digits(rng, rng.randint(4, 8))
    if value[0] == "0" and rng.random() < 0.6:
        value = str(rng.randint(1, 9)) + value[1:]
    labels = [
        "client",
        "Client",
        "client number",
        "Client No.",
        "client ID",
        "matter",
        "Matter",
        "matter number",
        "Matter No.",
        "matter #",
    ]
    core = labelled(rng, labels, [" ", ": ", " is ", " - ", " #", " no. "], value)
    frames = [
        "Re: {c}",
        "Bill the hours to {c}",
        "{c}",
        "Conflict check for {c}",
        "Please open a file under {c}",
        "Draft engagement letter, {c}",
        "Time entry: 1.5h, {c}",
    ]
    return sentence_with(rng, frames, core), value


CASE_TYPES = ["cv", "cv", "cv", "cr", "cr", "mj", "mc", "bk"]


def make_case(rng: random.Random) -> tuple[str, str]:
    value = f"{rng.randint(1, 9)}:{rng.randint(15, 26)}-{pick(rng, CASE_TYPES)}-{digits(rng, 5)}"
    frames = [
        "Case No. {v}",
        "see Order, ECF No. 42, in case {v}",
        "Filed in {v} (S.D.N.Y.)",
        "Civil Action No. {v}",
        "The docket number is {v}",
        "Re: United States v. {p}, No. {v}",
        "{v} - hearing moved to May",
        "Please pull the complaint in {v}",
        "Case number: {v}",
        "Our matter relates to {v}",
    ]
    return pick(rng, frames).format(v=value, p=pick(rng, LAST)) + pick(rng, ENDINGS), value


MAKERS: dict[str, Callable[[random.Random], tuple[str, str]]] = {
    "CARD": make_card,
    "SSN": make_ssn,
    "ITIN": make_itin,
    "IBAN": make_iban,
    "ABA": make_aba,
    "ACCOUNT": make_account,
    "EMAIL": make_email,
    "PHONE": make_phone,
    "DOB": make_dob,
    "MRN": make_mrn,
    "NPI": make_npi,
    "IP": make_ip,
    "SECRET": make_secret,
    "CLIENT_ID": make_client,
    "CASE_NO": make_case,
}

# --- negatives ----------------------------------------------------------------------------


def luhn_fail(rng: random.Random) -> str:
    prefix = pick(rng, ["4", "51", "55", "37", "6011", "2221"])
    length = 15 if prefix == "37" else 16
    number = luhn_complete(prefix + digits(rng, length - len(prefix) - 1))
    bad = number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)
    sizes = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    value = bad if rng.random() < 0.3 else group(bad, sizes, pick(rng, [" ", "-", "."]))
    frames = [
        "The card {v} was declined, says invalid number",
        "I typed {v} but the form rejects it",
        "Test value {v} from the docs",
        "card: {v}?",
        "Number {v} fails validation",
    ]
    return pick(rng, frames).format(v=value)


def aba_fail(rng: random.Random) -> str:
    while True:
        value = f"{pick(rng, FED_PREFIXES):02d}" + digits(rng, 7)
        if not aba_ok(value):
            break
    frames = [
        "Reference {v}",
        "Ticket {v} is still open",
        "Confirmation code {v}",
        "Batch {v} shipped",
        "Your claim number is {v}",
        "Item {v} is back in stock",
        "Tracking {v}",
    ]
    return pick(rng, frames).format(v=value)


def ssn_rule_fail(rng: random.Random) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        raw = f"000{digits(rng, 2)}{rng.randint(1, 9999):04d}"
    elif shape == 1:
        raw = f"666{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    elif shape == 2:
        raw = f"{rng.randint(1, 665):03d}00{rng.randint(1, 9999):04d}"
    else:
        raw = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}0000"
    value = group(raw, [3, 2, 4], "-")
    frames = [
        "The form example shows {v}",
        "Placeholder {v} in the template",
        "Sample record: {v}",
        "Part {v}",
        "Code {v} on the label",
    ]
    return pick(rng, frames).format(v=value)


def itin_range_fail(rng: random.Random) -> str:
    middle = pick(rng, [f"{m:02d}" for m in [*range(0, 50), 66, 67, 68, 69, 89, 93]])
    value = f"9{digits(rng, 2)}-{middle}-{digits(rng, 4)}"
    frames = ["Lot {v}", "Serial {v}", "Form code {v}", "Catalogue {v}", "Part number {v}"]
    return pick(rng, frames).format(v=value)


def npi_fail(rng: random.Random) -> str:
    while True:
        value = pick(rng, ["1", "2"]) + digits(rng, 9)
        if not npi_ok(value):
            break
    frames = [
        "Order {v} was refunded",
        "Invoice {v}",
        "Shipment {v} delayed",
        "Transaction id {v}",
        "Booking reference {v}",
    ]
    return pick(rng, frames).format(v=value)


def bare_valid_npi(rng: random.Random) -> str:
    """A valid NPI checksum without any provider label: not an NPI claim."""
    head = pick(rng, ["1", "2"]) + digits(rng, 8)
    value = next(head + c for c in string.digits if npi_ok(head + c))
    frames = [
        "Unix time {v} in the log",
        "order {v} shipped",
        "Build {v} passed",
        "Record {v} updated",
        "Invoice number {v}",
    ]
    return pick(rng, frames).format(v=value)


def order_numbers(rng: random.Random) -> str:
    shape = rng.randrange(7)
    if shape == 0:
        return f"Order #{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)} has shipped"
    if shape == 1:
        return f"Order number: {digits(rng, 9)}-{digits(rng, 2)}"
    if shape == 2:
        return f"Invoice INV-{rng.randint(2019, 2026)}-{digits(rng, 5)} is due on the 30th"
    if shape == 3:
        return f"Tracking number {' '.join(digits(rng, 4) for _ in range(5))} {digits(rng, 2)}"
    if shape == 4:
        return f"UPS tracking 1Z{rand_from(rng, string.ascii_uppercase + string.digits, 16)}"
    if shape == 5:
        return f"PO {digits(rng, 4)}/{digits(rng, 4)}/{digits(rng, 2)} approved"
    return f"RMA {digits(rng, 2)}-{digits(rng, 6)}-{digits(rng, 4)}-{digits(rng, 3)} received at the warehouse"


def timestamps(rng: random.Random) -> str:
    y, mo, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    forms = [
        f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z INFO worker started",
        f"[{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{digits(rng, 3)}] GET /health 200",
        f"ts={rng.randint(1_600_000_000, 1_790_000_000)} level=warn msg=retrying",
        f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d} backup complete",
        f"Elapsed {h:02d}:{mi:02d}:{s:02d}.{digits(rng, 6)}",
        f"epoch_ms={rng.randint(1_600_000_000_000, 1_790_000_000_000)}",
    ]
    return pick(rng, forms)


def versions(rng: random.Random) -> str:
    forms = [
        f"Upgraded to v{rng.randint(1, 19)}.{rng.randint(0, 40)}.{rng.randint(0, 99)}",
        f"requires python>={rng.randint(3, 3)}.{rng.randint(8, 13)}",
        f"Windows build 10.0.{rng.randint(19041, 26100)}.{rng.randint(256, 4000)}",
        f"Chrome {rng.randint(100, 131)}.0.{rng.randint(5000, 6800)}.{rng.randint(256, 300)}",
        f"firmware {rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc{rng.randint(1, 5)}",
        f"libfoo {rng.randint(0, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 30)} (build {digits(rng, 5)})",
    ]
    return pick(rng, forms)


def product_codes(rng: random.Random) -> str:
    forms = [
        f"SKU {digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 2)}",
        f"Model HX-{digits(rng, 4)}-{digits(rng, 3)}",
        f"Part no. {digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 2)}",
        f"Cat. no. {digits(rng, 4)}.{digits(rng, 3)}.{digits(rng, 2)}",
        f"Item {digits(rng, 5)}-{digits(rng, 5)} in aisle {rng.randint(1, 30)}",
        f"Filter cartridge {digits(rng, 3)}/{digits(rng, 2)}/{digits(rng, 3)}",
    ]
    return pick(rng, forms)


def non_birth_dates(rng: random.Random) -> str:
    year, month, day = rng.randint(1950, 2027), rng.randint(1, 12), rng.randint(1, 28)
    date = pick(
        rng,
        [
            f"{month:02d}/{day:02d}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{MONTHS[month - 1]} {day}, {year}",
            f"{day} {MONTHS[month - 1][:3]} {year}",
            f"{day:02d}.{month:02d}.{year}",
        ],
    )
    frames = [
        "Invoice date {d}",
        "The contract was signed on {d}",
        "Appointment confirmed for {d} at 10:30",
        "Due by {d}",
        "The company was founded on {d}",
        "Policy effective {d}",
        "Last updated {d}",
        "The warranty expires {d}",
        "Flight departs {d}",
        "Meeting rescheduled to {d}",
    ]
    return pick(rng, frames).format(d=date)


def zip_plus4(rng: random.Random) -> str:
    value = f"{rng.randint(10000, 99950)}-{digits(rng, 4)}"
    return pick(
        rng,
        [
            f"{rng.randint(10, 9999)} Elm Street, {pick(rng, CITIES)}, CO {value}",
            f"Ship to ZIP {value}",
            f"Mailing address ends in {value}",
            f"PO Box {rng.randint(10, 999)}, {pick(rng, CITIES)} {value}",
        ],
    )


def isbn(rng: random.Random) -> str:
    body = "978" + digits(rng, 9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - total % 10) % 10)
    value = pick(
        rng,
        [
            full,
            f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}",
            f"{full[:3]}-{full[3:5]}-{full[5:9]}-{full[9:12]}-{full[12]}",
        ],
    )
    return pick(
        rng,
        [
            f"ISBN {value}",
            f"ISBN-13: {value}",
            f"The textbook (ISBN {value}) is out of print",
            f"Order the paperback, {value}",
        ],
    )


def uuids(rng: random.Random) -> str:
    hexd = string.hexdigits[:16]
    value = f"{rand_from(rng, hexd, 8)}-{rand_from(rng, hexd, 4)}-4{rand_from(rng, hexd, 3)}-{pick(rng, list('89ab'))}{rand_from(rng, hexd, 3)}-{rand_from(rng, hexd, 12)}"
    return pick(
        rng,
        [
            f"request_id={value} status=200 duration_ms={rng.randint(3, 900)}",
            f"trace {value} failed at step 3",
            f"Session {value} expired",
            f"uploaded object {value}.json",
        ],
    )


def iban_fail(rng: random.Random) -> str:
    country = pick(rng, sorted(IBAN_FORMATS))
    iban = iban_for(country, bban(rng, IBAN_FORMATS[country]))
    check = int(iban[2:4])
    bad = iban[:2] + f"{(check + rng.randint(1, 50)) % 100:02d}" + iban[4:]
    if iban_remainder(bad) == 1:
        bad = iban[:2] + f"{(check + 1) % 100:02d}" + iban[4:]
    assert iban_remainder(bad) != 1
    grouped = " ".join(bad[i : i + 4] for i in range(0, len(bad), 4))
    return pick(
        rng,
        [
            f"Batch code {grouped}",
            f"Shipment ref {bad}",
            f"Container {grouped} cleared customs",
            f"Lot {bad} recalled",
        ],
    )


def bad_ips(rng: random.Random) -> str:
    forms = [
        f"{rng.randint(256, 999)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}",
        f"{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(300, 999)}",
        f"section {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
    ]
    value = pick(rng, forms)
    return pick(
        rng,
        [
            f"See clause {value}",
            f"Figure {value} shows the trend",
            f"Reference {value} in the manual",
            f"Value {value} out of range",
        ],
    )


def masked_values(rng: random.Random) -> str:
    forms = [
        f"Card ending in {digits(rng, 4)}",
        f"**** **** **** {digits(rng, 4)}",
        f"XXXX-XXXX-XXXX-{digits(rng, 4)}",
        f"SSN ***-**-{digits(rng, 4)}",
        f"account ending ...{digits(rng, 4)}",
        "0000 0000 0000 0000 is the placeholder in the form",
        f"Phone (***) ***-{digits(rng, 4)}",
        f"IBAN DE** **** **** **** **{digits(rng, 2)} {digits(rng, 2)}",
    ]
    return pick(rng, forms)


def secret_lookalikes(rng: random.Random) -> str:
    forms = [
        "The bearer of this letter is authorised to collect the parcel.",
        "Our API uses bearer authentication; see the docs for how to request a token.",
        "Keys starting with AKIA are long-term AWS access keys, ASIA ones are temporary.",
        "GitHub tokens begin with a prefix like ghp_ so scanners can find them.",
        f"The sk-learn model scored {rng.randint(60, 99)}% on the test set.",
        "Set ANTHROPIC_API_KEY in your environment; never paste the key in chat.",
        f"Use the sk-{pick(rng, ['ant', 'live', 'test'])} prefix check in the pre-commit hook.",
        f"Bearer token expired after {rng.randint(5, 60)} minutes, please log in again.",
        f"token_type=Bearer expires_in={rng.randint(300, 7200)}",
    ]
    return pick(rng, forms)


def label_words_in_prose(rng: random.Random) -> str:
    n = rng.randint(2, 95)
    forms = [
        f"Returns account for {n}% of lost revenue.",
        f"Our client base grew by {rng.randint(100, 9000)} last year.",
        f"It's a matter of {rng.randint(2, 60)} minutes.",
        f"She was born in {rng.randint(1940, 2005)} and grew up in {pick(rng, CITIES)}.",
        f"He was born on a {pick(rng, ['Tuesday', 'Sunday', 'rainy night'])} in {pick(rng, CITIES)}.",
        f"The provider has {rng.randint(12, 4000)} clinics nationwide.",
        f"Accounts receivable rose {rng.randint(1000, 99999)} dollars this quarter.",
        f"The case took {rng.randint(2, 30)} months to settle.",
        f"Birthday party on Saturday the {rng.randint(2, 28)}th, bring snacks.",
        f"The phone costs {rng.randint(199, 1299)} dollars.",
        f"The client asked for {rng.randint(2, 12)} copies.",
        f"Medical records older than {rng.randint(6, 10)} years are archived.",
    ]
    return pick(rng, forms)


def bare_ten_digits(rng: random.Random) -> str:
    """Ten digits in a row with no label or separators: not a phone number by the claim."""
    value = str(rng.randint(3, 9)) + digits(rng, 9)
    return pick(
        rng,
        [
            f"Serial number {value}",
            f"Barcode {value} scanned twice",
            f"Reference {value}",
            f"Asset tag {value}",
            f"Parcel {value} left the depot",
        ],
    )


def math_and_scores(rng: random.Random) -> str:
    forms = [
        f"The final score was {rng.randint(0, 9)}-{rng.randint(0, 9)}.",
        f"{rng.randint(100, 999)} x {rng.randint(10, 99)} = ?",
        f"Ratio {rng.randint(1, 9)}:{rng.randint(1, 9)}:{rng.randint(1, 9)}",
        f"Coordinates {rng.randint(10, 80)}.{digits(rng, 4)}, -{rng.randint(10, 170)}.{digits(rng, 4)}",
        f"Room {rng.randint(100, 999)}, floor {rng.randint(1, 30)}",
        f"Total: {rng.randint(1000, 99999)}.{digits(rng, 2)} USD",
        f"pi is about 3.{digits(rng, 9)}",
    ]
    return pick(rng, forms)


NEGATIVES: list[tuple[str, int, Callable[[random.Random], str]]] = [
    ("luhn_fail", 60, luhn_fail),
    ("aba_checksum_fail", 45, aba_fail),
    ("ssn_rule_fail", 45, ssn_rule_fail),
    ("itin_range_fail", 30, itin_range_fail),
    ("npi_checksum_fail", 35, npi_fail),
    ("npi_valid_unlabelled", 30, bare_valid_npi),
    ("order_numbers", 60, order_numbers),
    ("timestamps", 45, timestamps),
    ("versions", 40, versions),
    ("product_codes", 40, product_codes),
    ("non_birth_dates", 45, non_birth_dates),
    ("zip_plus4", 30, zip_plus4),
    ("isbn", 30, isbn),
    ("uuids_in_logs", 30, uuids),
    ("iban_checksum_fail", 40, iban_fail),
    ("not_an_ip", 25, bad_ips),
    ("masked_values", 20, masked_values),
    ("secret_lookalikes", 15, secret_lookalikes),
    ("label_words_in_prose", 30, label_words_in_prose),
    ("numbers_in_prose", 25, math_and_scores),
    ("bare_ten_digits", 30, bare_ten_digits),
]


def build(seed: int = SEED) -> dict[str, object]:
    rng = random.Random(seed)
    positive: list[Positive] = []
    for kind, make in MAKERS.items():
        seen: set[str] = set()
        while len(seen) < PER_KIND:
            sentence, value = make(rng)
            text = wrap(rng, sentence) if rng.random() < 0.6 else sentence
            assert value in text, (kind, value, text)
            if text in seen:
                continue
            seen.add(text)
            positive.append({"kind": kind, "text": text, "value": value})
    negative: list[Negative] = []
    for family, count, make_negative in NEGATIVES:
        texts: set[str] = set()
        attempts = 0
        while len(texts) < count and attempts < count * 100:
            attempts += 1
            text = make_negative(rng)
            if text not in texts:
                texts.add(text)
                negative.append({"family": family, "text": text})
    about = (
        "Held-out PII set, round 2 (issue 21): written by a session engineer who had not read "
        "the PII rules, their tests or the first held-out set; generated once by "
        f"tests/pii_heldout_r2.py (seed {seed}): random identifiers with valid check digits in "
        "sentences written for it, and near misses. The rules were never tuned on it. A "
        "positive is found when a finding of its kind covers exactly its value."
    )
    return {"_about": about, "positive": positive, "negative": negative}


def main() -> None:
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    positive, negative = data["positive"], data["negative"]
    assert isinstance(positive, list)
    assert isinstance(negative, list)
    for kind, count in Counter(p["kind"] for p in positive).items():
        print("positive", kind, count)
    for family, count in Counter(n["family"] for n in negative).items():
        print("negative", family, count)
    print("positive", len(positive), "negative", len(negative))


if __name__ == "__main__":
    main()
