"""Write the round-6 held-out PII set, ``data/pii_heldout_r6.json``.

How it was built: a session engineer who had not read the detection rules, their tests or
the earlier held-out sets wrote this generator from the specification alone (the kinds,
forms and labels claimed in ``docs/safety.md`` and the checksums of the identifier table).
Every identifier is random digits or letters with its check digits computed here, placed in
sentence frames written for this round (chat messages, web forms, e-mails, clinical and
legal notes, log lines); names, domains and companies are invented. Nothing is copied from
a public corpus and nothing is real data. Positives use only the claimed forms; ``value``
is the identifier as a person would mark it, without its label words (a phone number keeps
its country code and extension). Values are drawn so that they do not also fit another
kind (no SSN that passes the ABA check, no account number that is a valid card), so a miss
is a miss of its own kind. Negatives are near misses the specification says are not
identifiers: failed checksums, numbers outside the claimed ranges, order and tracking
numbers, dates without a birth label, versions, codes, masked values.

It was generated once, with the seed below, and committed before the rules were run on it.
Run ``python tests/pii_heldout_r6.py`` to write the file again; the output is deterministic.
"""

# ruff: noqa: E501, S311

from __future__ import annotations

import ipaddress
import json
import random
import string
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 6_061_229
PER_KIND = 130
PER_FAMILY = 34
OUT = Path(__file__).parent / "data" / "pii_heldout_r6.json"

FIRST = [
    "Amara",
    "Bogdan",
    "Céline",
    "Dmitri",
    "Esperanza",
    "Farouk",
    "Greta",
    "Hiroshi",
    "Ines",
    "Jabari",
    "Kalani",
    "Lior",
    "Marisol",
    "Nikolai",
    "Oyelaran",
    "Priyanka",
    "Quentin",
    "Rosalind",
    "Soren",
    "Thandiwe",
    "Ulrich",
    "Valentina",
    "Wendell",
    "Ximena",
    "Yusuf",
    "Zofia",
]
LAST = [
    "Abernathy",
    "Brightwater",
    "Castellanos",
    "Delacroix",
    "Eze",
    "Fairbanks",
    "Gundersen",
    "Halvorsen",
    "Iwasaki",
    "Jovanovic",
    "Kowalczyk",
    "Lindqvist",
    "Mbeki",
    "Nakashima",
    "Oduya",
    "Pellegrini",
    "Quispe",
    "Rasmussen",
    "Szabo",
    "Tremblay",
    "Umarov",
    "Vasquez",
    "Whitcombe",
    "Yilmaz",
    "Zielinski",
]
DOMAINS = [
    "example.com",
    "example.org",
    "mail.example.net",
    "northwind-clinic.org",
    "kestrelmail.de",
    "bluepine.co.uk",
    "harborline-bank.us",
    "riverstone.edu",
    "orchard-legal.com",
    "fabrikam.io",
    "lakeside-health.org",
    "quillbox.fr",
    "tidewater.co",
    "mx.saltmarsh.net",
]
CITIES = ["Tulsa", "Duluth", "Savannah", "Boise", "Albany", "Eugene", "Fresno", "Akron"]

DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]
SPACES = [" ", "\u00a0", "\u2009", "\u202f"]


def pick_sep(rng: random.Random, allow_empty: bool = True) -> str:
    """A digit-group separator with the weights people use (mostly space and hyphen)."""
    roll = rng.random()
    if roll < 0.38:
        return " "
    if roll < 0.68:
        return "-"
    if roll < 0.76 and allow_empty:
        return ""
    if roll < 0.84:
        return rng.choice(DASHES[1:])
    if roll < 0.9:
        return rng.choice(SPACES[1:])
    if roll < 0.96:
        return "."
    return "/"


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    """Split ``digits`` into groups of ``sizes`` joined by ``sep``."""
    parts: list[str] = []
    at = 0
    for size in sizes:
        parts.append(digits[at : at + size])
        at += size
    assert at == len(digits), (digits, sizes)
    return sep.join(parts)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# --- checksums ---------------------------------------------------------------------------


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(payload: str) -> str:
    """``payload`` plus the digit that makes it pass Luhn."""
    for check in string.digits:
        if luhn_ok(payload + check):
            return payload + check
    raise AssertionError(payload)


ABA_PREFIXES = [*range(1, 13), *range(21, 33), *range(61, 73), 80]


def aba_ok(number: str) -> bool:
    d = [int(c) for c in number]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]
    return total % 10 == 0


def aba_like(number: str) -> bool:
    """A 9-digit run a routing-number detector is entitled to flag."""
    return len(number) == 9 and int(number[:2]) in ABA_PREFIXES and aba_ok(number)


def card_network(number: str) -> bool:
    """First digits of a payment network as the specification lists them."""
    if number[0] == "1":
        return len(number) == 15
    if number[0] in "456":
        return True
    if number[:2] in {"30", "34", "35", "36", "37", "38", "39"}:
        return True
    return 2221 <= int(number[:4]) <= 2720


def card_like(number: str) -> bool:
    return 13 <= len(number) <= 19 and card_network(number) and luhn_ok(number)


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    as_number = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(as_number) % 97:02d}"


def npi_complete(nine: str) -> str:
    return nine + luhn_complete("80840" + nine)[-1]


def safe_digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    """Digits that are no card, no routing number and no NPI-shaped Luhn number."""
    while True:
        value = rng.choice(first) + digits(rng, n - 1)
        if aba_like(value) or card_like(value):
            continue
        if n == 10 and value[0] in "12" and luhn_ok("80840" + value):
            continue
        if len(set(value)) == 1:
            continue
        return value


# --- framing -----------------------------------------------------------------------------

OPENERS = [
    "",
    "",
    "",
    "",
    "Hi,\n",
    "Hello there! ",
    "Quick question: ",
    "Per our chat, ",
    "FYI - ",
    "Good morning team,\n\n",
    "Re: your request\n",
    "Note to file: ",
    "ok so ",
    "Update: ",
    "Dear support,\n",
    "Thanks for getting back to me. ",
    "As discussed, ",
]
CLOSERS = [
    "",
    "",
    "",
    "",
    " Thanks!",
    " Let me know if you need anything else.",
    "\n\nBest,\nM.",
    " Cheers",
    " Please confirm.",
    " -- sent from my tablet",
    " Regards, the front desk.",
    " I'll check back tomorrow.",
    "\nThank you",
]


def wrap(rng: random.Random, body: str) -> str:
    return rng.choice(OPENERS) + body + rng.choice(CLOSERS)


def fill(rng: random.Random, frame: str, value: str) -> str:
    """Put ``value`` in ``frame`` with a made-up name and city around it."""
    return frame.format(v=value, n=name(rng), f=rng.choice(FIRST), c=rng.choice(CITIES))


Positive = dict[str, str]


def positives(
    rng: random.Random,
    kind: str,
    make_value: Callable[[random.Random], tuple[str, list[str]]],
) -> list[Positive]:
    """``PER_KIND`` cases: each value comes with the frames that suit its form."""
    out: list[Positive] = []
    seen: set[str] = set()
    while len(out) < PER_KIND:
        value, frames = make_value(rng)
        if value in seen:
            continue
        seen.add(value)
        frame = frames[len(out) % len(frames)] if rng.random() < 0.7 else rng.choice(frames)
        text = wrap(rng, fill(rng, frame, value))
        assert text.count(value) == 1, (kind, text)
        out.append({"kind": kind, "text": text, "value": value})
    return out


# --- CARD --------------------------------------------------------------------------------

CARD_FRAMES = [
    "My card number is {v}, expiry 09/29.",
    "Please charge {v} for the balance.",
    "Visa {v} exp 11/28",
    "card: {v}",
    "I paid with {v} but the order still shows pending.",
    "{v} is the card that got declined twice today",
    "Can you refund to the card ending... actually the full number is {v}.",
    "Name on card: {n}\nNumber: {v}\nZip: 30318",
    "Hey, use my other credit card {v} for the hotel deposit.",
    "The corporate card ({v}) was used for the Boise trip.",
    "customer read out {v} over chat, please mask it",
    "Billing info -> {v}",
    "Mastercard number {v}; billing address on file.",
    "Payment method updated to {v}.",
    "I think someone cloned {v}, there are charges from {c} I never made.",
    "card no. {v} \u2013 please cancel it",
    'Debit card "{v}" was swallowed by the ATM in {c}.',
    "For the deposit: {v} (CVV I'll give by phone).",
    "Replace the card on the subscription with {v} starting next month.",
    "{n} asked us to put the invoice on {v}.",
    "Amex: {v}",
    "Transaction flagged — PAN {v} — merchant TIDEWATER COFFEE",
]

CARD_TYPES: list[tuple[Callable[[random.Random], str], int, list[tuple[int, ...]]]] = [
    (lambda r: "4", 16, [(4, 4, 4, 4)]),
    (lambda r: "4", 13, [(13,)]),
    (lambda r: "4", 19, [(4, 4, 4, 4, 3)]),
    (lambda r: str(r.randint(51, 55)), 16, [(4, 4, 4, 4)]),
    (lambda r: str(r.randint(2221, 2720)), 16, [(4, 4, 4, 4)]),
    (lambda r: r.choice(["34", "37"]), 15, [(4, 6, 5)]),
    (lambda r: r.choice(["36", "38", "300", "305"]), 14, [(4, 6, 4)]),
    (lambda r: r.choice(["6011", "65", "644", "649"]), 16, [(4, 4, 4, 4)]),
    (lambda r: str(r.randint(3528, 3589)), 16, [(4, 4, 4, 4)]),
    (lambda r: "62", 19, [(4, 4, 4, 4, 3), (19,)]),
    (lambda r: "1", 15, [(4, 6, 5), (15,)]),
]


def card_value(rng: random.Random) -> tuple[str, list[str]]:
    prefix, length, groupings = rng.choice(CARD_TYPES)
    start = prefix(rng)
    number = luhn_complete(start + digits(rng, length - len(start) - 1))
    assert card_like(number)
    sizes = rng.choice(groupings)
    sep = pick_sep(rng) if len(sizes) > 1 else ""
    return group(number, sizes if sep else (length,), sep), CARD_FRAMES


# --- SSN ---------------------------------------------------------------------------------

SSN_LABELLED = [
    "SSN: {v}",
    "My SSN is {v}.",
    "social security number {v}",
    "The applicant's social security number is {v}, please verify.",
    "Social Security No. {v}",
    "SSN# {v} | DOB on file",
    "her ssn - {v}",
    "Employee: {n}, SSN {v}, start date Monday",
    "I need to update the SSN on my profile, the right one is {v}",
    "Social security: {v}",
    "The SSN listed on the W-2 for {n} was {v} — typo?",
    "ssn={v}",
    "Can you confirm the social security number you have, is it {v}?",
    "SSN (last verified March): {v}",
]
SSN_BARE = [
    "{v} is my number for the background check.",
    "Tax form attached. Number on it: {v}",
    "{n} - {v} - payroll",
    "it's {v} if you need it for the credit check",
    "Please use {v} on the lease application for {f}.",
    "The number on his card reads {v}.",
]


def ssn_value(rng: random.Random) -> tuple[str, list[str]]:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        raw = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if not aba_like(raw):
            break
    sep = pick_sep(rng)
    if sep == "":
        return raw, SSN_LABELLED
    return group(raw, (3, 2, 4), sep), SSN_LABELLED + SSN_BARE


# --- ITIN --------------------------------------------------------------------------------

ITIN_MIDDLE = [*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)]
ITIN_LABELLED = [
    "ITIN: {v}",
    "My ITIN is {v}.",
    "individual taxpayer identification number {v}",
    "TIN {v} (ITIN, issued last year)",
    "Taxpayer identification number: {v}",
    "The ITIN on the W-7 is {v}",
    "Filing for {n}, ITIN {v}, married filing jointly.",
    "itin - {v}",
    "Please put ITIN {v} on the 1040 instead of an SSN.",
    "The individual taxpayer identification number assigned to my spouse is {v}.",
    "TIN: {v}",
]
ITIN_BARE = [
    "{v} is the number the IRS letter gave me.",
    "Number from the CP565 notice: {v}",
    "Use {v} for {f} on the return.",
    "{n}, {v}, dependent",
]


def itin_value(rng: random.Random) -> tuple[str, list[str]]:
    raw = f"9{digits(rng, 2)}{rng.choice(ITIN_MIDDLE):02d}{rng.randint(1, 9999):04d}"
    sep = pick_sep(rng)
    if sep == "":
        return raw, ITIN_LABELLED
    return group(raw, (3, 2, 4), sep), ITIN_LABELLED + ITIN_BARE


# --- IBAN --------------------------------------------------------------------------------

IBAN_FORMATS = {
    "DE": "n18",
    "GB": "a4n14",
    "FR": "n10c11n2",
    "ES": "n20",
    "IT": "a1n10c12",
    "NL": "a4n10",
    "BE": "n12",
    "AT": "n16",
    "CH": "n5c12",
    "PL": "n24",
    "IE": "a4n14",
    "PT": "n21",
    "SE": "n20",
    "DK": "n14",
    "FI": "n14",
    "NO": "n11",
    "LU": "n3c13",
    "CZ": "n20",
}


def bban(rng: random.Random, spec: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        count = int(spec[i + 1 : j])
        alphabet = {
            "n": string.digits,
            "a": string.ascii_uppercase,
            "c": string.digits * 2 + string.ascii_uppercase,
        }[kind]
        out.extend(rng.choice(alphabet) for _ in range(count))
        i = j
    return "".join(out)


def make_iban(rng: random.Random) -> str:
    country = rng.choice(sorted(IBAN_FORMATS))
    body = bban(rng, IBAN_FORMATS[country])
    return country + iban_check(country, body) + body


def in_fours(compact: str, sep: str) -> str:
    return sep.join(compact[i : i + 4] for i in range(0, len(compact), 4))


IBAN_FRAMES = [
    "IBAN: {v}",
    "Please wire the refund to {v}.",
    "My IBAN is {v}",
    "Bank details - {n}, IBAN {v}, BIC on request",
    "Kontoinhaber: {n}\nIBAN: {v}",
    "pay the deposit into {v} by Friday",
    "the IBAN {v} bounced, can you double check it?",
    "Beneficiary account (IBAN) {v}",
    "{v} — that's the new account for rent from May",
    "Transfer EUR 450 to {v}, reference INVOICE APRIL.",
    "Remittance to IBAN {v} failed: beneficiary name mismatch",
    "Our supplier changed banks; new IBAN is {v}. Old one is closed.",
    "iban={v}&amount=120.00",
    "Could you send the salary to {v} instead?",
]


def iban_value(rng: random.Random) -> tuple[str, list[str]]:
    iban = make_iban(rng)
    roll = rng.random()
    if roll < 0.5:
        value = in_fours(iban, " ")
    elif roll < 0.62:
        value = in_fours(iban, "-")
    elif roll < 0.85:
        value = iban
    else:
        value = in_fours(iban, " ") if rng.random() < 0.5 else iban
        value = value.lower()
    return value, IBAN_FRAMES


# --- ABA ---------------------------------------------------------------------------------

ABA_FRAMES = [
    "routing number {v}",
    "ABA {v}",
    "Routing: {v}",
    "Our bank's routing number is {v}.",
    "wire instructions: ABA routing {v}, beneficiary {n}",
    "RTN {v}",
    "Direct deposit form - routing/transit no. {v}",
    "the ABA number {v} came back invalid on the ACH file?",
    "Use {v} as the routing number, the check shows it bottom left.",
    "ACH debit set up with routing {v}.",
    "{v} is the routing for the credit union in {c}",
    "Bank: First Harborline, routing #{v}",
    "I typed {v} into the routing field and it got rejected",
    "ABA/routing: {v}",
    "Fedwire routing number: {v}",
]


def aba_value(rng: random.Random) -> tuple[str, list[str]]:
    prefix = f"{rng.choice(ABA_PREFIXES):02d}"
    while True:
        body = prefix + digits(rng, 6)
        for check in string.digits:
            if aba_ok(body + check):
                return body + check, ABA_FRAMES


# --- ACCOUNT -----------------------------------------------------------------------------

ACCOUNT_FRAMES = [
    "account number {v}",
    "Acct #{v}",
    "acct: {v}",
    "A/C {v}",
    "a/c no. {v}",
    "My checking account is {v}.",
    "Account No.: {v}",
    "Please credit account {v} with the refund.",
    "savings account number {v} at Harborline",
    "Acct. {v} shows a negative balance since Tuesday",
    "The account {v} belongs to {n}.",
    "Deposit to account # {v}, routing on the form.",
    "Your account number is {v}; keep it private.",
    "acct {v} - close at end of month",
    "Bank account: {v}",
    "Can you check why account no {v} was charged twice?",
]


def account_value(rng: random.Random) -> tuple[str, list[str]]:
    return safe_digits(rng, rng.randint(6, 14), string.digits), ACCOUNT_FRAMES


# --- EMAIL -------------------------------------------------------------------------------

EMAIL_FRAMES = [
    "email me at {v}",
    "My email is {v}.",
    "Contact: {v}",
    "From: {n} <{v}>",
    "Please cc {v} on the next update",
    "reply-to: {v}",
    "{v} is the address on the account",
    "I never got the reset link at {v}, can you resend?",
    "Send the invoice to ({v}) instead.",
    "mailto:{v}",
    "New hire {n} - login {v} - laptop ready Monday",
    '"{v}" bounced with 550 user unknown',
    "forwarding everything to {v} while I'm out",
    "Email address: {v}\nPhone: see below",
    "you can reach {f} on {v} or on Slack",
    "Unsubscribe {v} from the newsletter please!",
]


def email_value(rng: random.Random) -> tuple[str, list[str]]:
    first = rng.choice(FIRST).lower().replace("é", "e")
    last = rng.choice(LAST).lower()
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}_{last}",
            f"{first}{rng.randint(1, 99)}",
            f"{first}.{last}+{rng.choice(['billing', 'news', 'x', 'jobs'])}",
            f"{last}-{first[0]}",
            f"{first}.{last[0]}.{rng.randint(70, 99)}",
            rng.choice(["info", "billing", "frontdesk", "admissions", "ops-team"]),
        ]
    )
    value = f"{local}@{rng.choice(DOMAINS)}"
    if rng.random() < 0.12:
        value = value[0].upper() + value[1:]
    return value, EMAIL_FRAMES


# --- PHONE -------------------------------------------------------------------------------

PHONE_FRAMES = [
    "call me at {v}",
    "My phone number is {v}.",
    "Phone: {v}",
    "mobile {v}",
    "You can reach {f} on {v} after 5pm.",
    "Tel. {v}",
    "{v} is my cell, text is fine",
    "Please ring the office on {v}",
    "Contact number: {v}\nBest time: mornings",
    "Missed call from {v}, no voicemail",
    "fax {v}",
    "{n} ({v}) asked for a callback",
    "Emergency contact: {n}, {v}",
    "our new line is {v} - the old one is gone",
    "can someone call the customer back at {v}?",
    "Tel: {v} | {c} office",
]


def nanp_parts(rng: random.Random) -> tuple[str, str, str]:
    area = f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}"
    exchange = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    return area, exchange, digits(rng, 4)


NANP_SHAPES = [
    "({a}) {e}-{l}",
    "{a}-{e}-{l}",
    "{a}.{e}.{l}",
    "{a} {e} {l}",
    "+1 {a} {e} {l}",
    "+1-{a}-{e}-{l}",
    "+1 ({a}) {e}-{l}",
    "+1.{a}.{e}.{l}",
    "1-{a}-{e}-{l}",
    "001-{a}-{e}-{l}",
    "011 1 {a} {e} {l}",
    "+1{a}{e}{l}",
    "{a}\u2010{e}\u2010{l}",
    "({a}){e}-{l}",
    "{a}-{e}-{l} ext. {x}",
    "({a}) {e}-{l} x{x}",
    "+1 {a}-{e}-{l} ext {x}",
]


def intl_number(rng: random.Random) -> str:

    def d(n: int) -> str:
        return digits(rng, n)

    return rng.choice(
        [
            f"+44 20 {d(4)} {d(4)}",
            f"+44 7{d(3)} {d(6)}",
            f"0044 161 {d(3)} {d(4)}",
            f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+49 30 {d(8)}",
            f"+49 89 {d(4)} {d(4)}",
            f"0049 40 {d(3)} {d(4)}",
            f"+61 2 {d(4)} {d(4)}",
            f"+81 3-{d(4)}-{d(4)}",
            f"+91 9{d(4)} {d(5)}",
            f"+31 20 {d(3)} {d(4)}",
            f"+34 91 {d(3)} {d(2)} {d(2)}",
            f"+55 11 9{d(4)}-{d(4)}",
            f"+52 55 {d(4)} {d(4)}",
            f"+353 1 {d(3)} {d(4)}",
            f"+46 8 {d(3)} {d(3)} {d(2)}",
        ]
    )


def national_number(rng: random.Random) -> str:

    def d(n: int) -> str:
        return digits(rng, n)

    return rng.choice(
        [
            f"020 {d(4)} {d(4)}",
            f"07{d(3)} {d(6)}",
            f"030 {d(8)}",
            f"0{rng.randint(2, 9)}{d(2)} {d(3)} {d(4)}",
            f"03-{d(4)}-{d(4)}",
            f"0161 {d(3)} {d(4)}",
        ]
    )


TELEPHONY_FRAMES = [
    "call me on {v}",
    "my mobile: {v}",
    "Phone {v} (reception)",
    "ring {v} if the door is locked",
    "{v} is my work line",
    "Fax: {v}",
]


def phone_value(rng: random.Random) -> tuple[str, list[str]]:
    roll = rng.random()
    if roll < 0.62:
        a, e, line = nanp_parts(rng)
        shape = rng.choice(NANP_SHAPES)
        return shape.format(a=a, e=e, l=line, x=rng.randint(2, 4999)), PHONE_FRAMES
    if roll < 0.85:
        return intl_number(rng), PHONE_FRAMES
    if roll < 0.93:
        return national_number(rng), PHONE_FRAMES

    def d(n: int) -> str:
        return digits(rng, n)

    grouped = rng.choice(
        [
            f"0{rng.randint(1, 9)} {d(2)} {d(2)} {d(2)} {d(2)}",
            f"0{rng.randint(2, 9)}{d(1)} {d(8)}",
            f"0{rng.randint(1, 9)}{d(1)} {d(3)} {d(2)} {d(2)}",
        ]
    )
    return grouped, TELEPHONY_FRAMES


# --- DOB ---------------------------------------------------------------------------------

DOB_FRAMES = [
    "DOB: {v}",
    "Date of birth: {v}",
    "My date of birth is {v}.",
    "born on {v}",
    "Patient {n}, DOB {v}, presents with a cough.",
    "birth date {v}",
    "I was born {v} in {c}.",
    "dob {v} - please update the chart",
    "Date of birth as printed on her license: {v}",
    "He was born on {v}, so he turns 18 soon.",
    "DOB was {v} per the intake form",
    "Name: {n}\nDate of Birth: {v}\nSex: F",
    "the birth date on the passport is {v}, the visa says otherwise",
    "Correct DOB for {f}: {v}",
    "Our daughter was born {v} and needs to be added to the plan.",
]


def dob_value(rng: random.Random) -> tuple[str, list[str]]:
    day = date(1931, 1, 1) + timedelta(days=rng.randint(0, 29_000))
    month = day.strftime("%B")
    value = rng.choice(
        [
            f"{day.month:02d}/{day.day:02d}/{day.year}",
            f"{day.month}/{day.day}/{day.year}",
            day.isoformat(),
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.month:02d}-{day.day:02d}-{day.year}",
            f"{day.year}/{day.month:02d}/{day.day:02d}",
            f"{month} {day.day}, {day.year}",
            f"{month} {day.day:02d}, {day.year}",
            f"{day.day} {month[:3]} {day.year}",
            f"{day.day:02d} {month} {day.year}",
            f"{day.day:02d}-{month[:3]}-{day.year}",
        ]
    )
    return value, DOB_FRAMES


# --- MRN ---------------------------------------------------------------------------------

MRN_FRAMES = [
    "MRN: {v}",
    "MRN {v}",
    "Patient MRN is {v}.",
    "medical record number {v}",
    "Medical Record No. {v}",
    "mrn# {v} - discharge summary attached",
    "The medical record number of the patient is {v}",
    "Pt {n}, MRN {v}, bed 4",
    "Please merge charts: MRN {v} is a duplicate.",
    "MRN on the wristband, it should be {v}",
    "Labs for medical record # {v} are back",
    "Medical record number: {v}\nAttending: Dr. {n}",
    "can you pull up MRN - {v}?",
    "(MRN {v})",
]


def mrn_value(rng: random.Random) -> tuple[str, list[str]]:
    roll = rng.random()
    if roll < 0.55:
        value = safe_digits(rng, rng.randint(5, 12), string.digits)
    elif roll < 0.8:
        value = rng.choice(["MR", "H", "KP", "ACH", "E", "NW"]) + safe_digits(
            rng, rng.randint(5, 9), string.digits
        )
    else:
        sizes = rng.choice([(2, 3, 3), (2, 3, 3), (3, 4), (4, 4)])
        raw = safe_digits(rng, sum(sizes), string.digits)
        value = group(raw, sizes, rng.choice(["-", "-", " ", "."]))
    return value, MRN_FRAMES


# --- NPI ---------------------------------------------------------------------------------

NPI_FRAMES = [
    "NPI: {v}",
    "NPI {v}",
    "Dr. {n}, NPI {v}",
    "National Provider Identifier: {v}",
    "National Provider Identifier (NPI) {v}",
    "The referring provider's NPI is {v}.",
    "npi# {v} on the claim was rejected",
    "Rendering provider {v}",
    "Please add NPI number {v} to box 24J.",
    "our group NPI = {v}",
    "The NPI of the billing provider should be {v}, not the individual one",
    "Provider: {v}",
    "Ordering physician NPI - {v}",
]


def npi_value(rng: random.Random) -> tuple[str, list[str]]:
    return npi_complete(rng.choice("12") + digits(rng, 8)), NPI_FRAMES


# --- IP ----------------------------------------------------------------------------------

IP_FRAMES = [
    "Login from {v} was blocked.",
    "src_ip={v} status=403",
    "Can you whitelist {v}?",
    "my IP is {v}",
    "The server at {v} isn't responding to ping",
    "Failed password for root from {v} port 52211 ssh2",
    "IP address: {v}",
    '{v} - - [12/Mar/2026:10:02:11 +0000] "GET /login HTTP/1.1" 200',
    "Suspicious traffic from {v}; blocking at the firewall.",
    "set the DNS to {v} and try again",
    "remote_addr: {v}",
    "Our VPN gives me {v} but the portal shows a different address",
]


def ip_value(rng: random.Random) -> tuple[str, list[str]]:
    if rng.random() < 0.6:
        first = rng.choice([10, 172, 192, rng.randint(1, 223)])
        if first == 127:
            first = 128
        value = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        ipaddress.IPv4Address(value)
        return value, IP_FRAMES
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    groups[0] = rng.choice(["2001", "2a02", "2604", "fe80", "2600", "fd12"])
    roll = rng.random()
    if roll < 0.3:
        value = ":".join(g.zfill(4) for g in groups)
    elif roll < 0.8:
        keep = rng.randint(2, 5)
        value = ":".join(groups[:keep]) + "::" + ":".join(groups[-2:])
    else:
        value = ":".join(groups)
    if rng.random() < 0.15:
        value = value.upper()
    ipaddress.IPv6Address(value)
    return value, IP_FRAMES


# --- SECRET ------------------------------------------------------------------------------

URLSAFE = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits


def rand_text(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


SECRET_FRAMES = [
    "my key is {v} is that why it fails?",
    "token: {v}",
    "I accidentally pushed {v} to the repo, how do I rotate it?",
    "Here is the key for staging: {v}",
    "Found {v} in the build logs, revoke please",
    "{v}\n^ this key stopped working after lunch",
    'config.yaml -> api_key: "{v}"',
]
SECRET_BY_PREFIX = {
    "sk-ant-": ["export ANTHROPIC_API_KEY={v}", "client = Anthropic(api_key='{v}')"],
    "AKIA": ["aws_access_key_id = {v}", "[default]\naws_access_key_id={v}\nregion=us-east-1"],
    "ASIA": ["AWS_ACCESS_KEY_ID={v} (temporary, from STS)", "aws_access_key_id = {v}"],
    "ghp_": ["GITHUB_TOKEN={v}", "gh auth login --with-token <<< {v}"],
}
BEARER_FRAMES = [
    "Authorization: Bearer {v}",
    "curl -H 'Authorization: Bearer {v}' https://api.example.com/v1/items",
    'headers = {{"Authorization": "Bearer {v}"}}',
    "the request had bearer {v} and still got 401",
    "AUTHORIZATION: BEARER {v}",
]


def secret_value(rng: random.Random) -> tuple[str, list[str]]:
    roll = rng.random()
    if roll < 0.25:
        head = "sk-ant-"
        value = head + "api03-" + rand_text(rng, URLSAFE, 93) + "AA"
    elif roll < 0.45:
        head = rng.choice(["AKIA", "ASIA"])
        value = head + rand_text(rng, string.ascii_uppercase + "234567", 16)
    elif roll < 0.65:
        head = "ghp_"
        value = head + rand_text(rng, ALNUM, 36)
    else:
        head, value = "", ""
    if head:
        return value, SECRET_FRAMES + SECRET_BY_PREFIX[head]
    if rng.random() < 0.5:
        token = ".".join(
            [
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
                "eyJ" + rand_text(rng, ALNUM, rng.randint(30, 60)),
                rand_text(rng, URLSAFE, 43),
            ]
        )
    else:
        token = rand_text(rng, ALNUM, rng.randint(24, 48))
    return token, BEARER_FRAMES


# --- CLIENT_ID ---------------------------------------------------------------------------

CLIENT_FRAMES = [
    "Client {v}",
    "client no. {v}",
    "Matter {v}",
    "matter number {v}",
    "Re: Client/Matter: {v}",
    "Please bill this to matter {v}.",
    "Client number: {v} - engagement letter signed",
    "Time entry 2.5h, matter no. {v}, drafting motion",
    "the client ID is {v}",
    "Open a new matter for {n}; existing client {v}.",
    "Matter #{v} conflicts check cleared",
    "Docs for client #{v} are in the DMS",
]


def client_value(rng: random.Random) -> tuple[str, list[str]]:
    roll = rng.random()
    if roll < 0.45:
        value = safe_digits(rng, rng.randint(4, 8), string.digits)
    elif roll < 0.75:
        value = f"{rng.randint(2015, 2026)}-{digits(rng, 4)}"
    else:
        while True:
            value = f"{digits(rng, rng.choice([5, 6]))}-{digits(rng, rng.choice([3, 4, 5]))}"
            if not aba_like(value.replace("-", "")):
                break
    return value, CLIENT_FRAMES


# --- CASE_NO -----------------------------------------------------------------------------

CASE_FRAMES = [
    "Case No. {v}",
    "in re the filing at {v}, the hearing moved",
    "{n} v. Northwind Freight, No. {v} (S.D.N.Y.)",
    "Civil Action No. {v}",
    "docket {v} - answer due in 21 days",
    "Please pull the complaint in {v}.",
    "United States v. {n}, Case {v}",
    "Re: {v}, motion to dismiss",
    "The clerk assigned it {v}.",
    "See order entered in case number {v} on the 4th.",
    "{v}: status conference set",
]


def case_value(rng: random.Random) -> tuple[str, list[str]]:
    kind = rng.choice(["cv", "cv", "cv", "cr", "mj", "mc"])
    if rng.random() < 0.2:
        kind = kind.upper()
    value = f"{rng.randint(1, 9)}:{rng.randint(5, 26):02d}-{kind}-{digits(rng, 5)}"
    return value, CASE_FRAMES


# --- negatives ---------------------------------------------------------------------------

Negative = dict[str, str]


def luhn_fail_card(rng: random.Random) -> str:
    while True:
        number = "4" + digits(rng, 15) if rng.random() < 0.5 else "5" + digits(rng, 15)
        if not luhn_ok(number):
            break
    sep = rng.choice([" ", "-", ""])
    value = group(number, (4, 4, 4, 4), sep) if sep else number
    return rng.choice(
        [
            f"Card {value} (test typo, digits swapped)",
            f"charge {value} please",
            f"The number {value} keeps failing validation at checkout.",
            f"card number: {value}",
        ]
    )


def non_network_card(rng: random.Random) -> str:
    while True:
        number = luhn_complete(rng.choice("0789") + digits(rng, 14))
        if card_network(number):
            continue
        return rng.choice(
            [
                f"Loyalty card {group(number, (4, 4, 4, 4), ' ')} has 420 points.",
                f"Gift voucher code {number} redeemed at till 3",
                f"Library barcode {group(number, (4, 4, 4, 4), '-')} expired",
            ]
        )


def aba_fail(rng: random.Random) -> str:
    while True:
        number = digits(rng, 9)
        if not aba_like(number):
            break
    return rng.choice(
        [
            f"routing number {number} (the bank said this one is wrong)",
            f"ABA {number} rejected by the ACH processor",
            f"Routing: {number}",
        ]
    )


def npi_fail(rng: random.Random) -> str:
    while True:
        number = rng.choice("12") + digits(rng, 9)
        if not luhn_ok("80840" + number):
            break
    return rng.choice(
        [
            f"NPI {number} failed the registry lookup",
            f"National Provider Identifier: {number} (invalid)",
            f"npi {number} typed wrong on the claim",
        ]
    )


def ssn_rule_fail(rng: random.Random) -> str:
    area = f"{rng.randint(1, 899):03d}"
    grp = f"{rng.randint(1, 99):02d}"
    serial = f"{rng.randint(1, 9999):04d}"
    broken = rng.choice(["area000", "area666", "group", "serial", "area9"])
    if broken == "area000":
        area = "000"
    elif broken == "area666":
        area = "666"
    elif broken == "group":
        grp = "00"
    elif broken == "serial":
        serial = "0000"
    else:
        area = f"9{digits(rng, 2)}"
        grp = f"{rng.choice([*range(1, 50), 66, 67, 68, 69, 89, 93]):02d}"
    value = f"{area}-{grp}-{serial}"
    return rng.choice(
        [
            f"SSN {value} - the system says this is not a valid number",
            f"Sample SSN for the training slide: {value}",
            f"social security number {value} was rejected by E-Verify",
        ]
    )


def itin_range_fail(rng: random.Random) -> str:
    middle = rng.choice([*range(0, 50), 66, 67, 68, 69, 89, 93])
    value = f"9{digits(rng, 2)}-{middle:02d}-{rng.randint(1, 9999):04d}"
    return rng.choice(
        [
            f"ITIN {value} does not match IRS format",
            f"Form shows {value} in the ITIN box, which can't be right.",
            f"reference {value} from the old ledger",
        ]
    )


def iban_fail(rng: random.Random) -> str:
    good = make_iban(rng)
    bad_check = f"{(int(good[2:4]) + rng.randint(1, 96)) % 97 + 2:02d}"
    bad = good[:2] + bad_check + good[4:]
    if bad == good:
        bad = good[:2] + f"{(int(good[2:4]) + 1) % 100:02d}" + good[4:]
    return rng.choice(
        [
            f"Batch code {in_fours(bad, ' ')} printed on the pallet",
            f"IBAN {in_fours(bad, ' ')} fails the checksum, ask the customer again",
            f"Lot {bad} quarantined",
        ]
    )


def order_numbers(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Order #{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)} shipped today",
            f"Order number: {digits(rng, 9)}-{digits(rng, 2)}",
            f"Tracking 1Z{rand_text(rng, string.ascii_uppercase + string.digits, 16)} is stuck in Memphis",
            f"USPS tracking {in_fours('94' + digits(rng, 20), ' ')}",
            f"Invoice INV-{rng.randint(2019, 2026)}-{digits(rng, 5)} is overdue",
            f"PO {group(safe_digits(rng, 13), (4, 6, 3), '-')} approved",
            f"RMA {digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 2)} received at the warehouse",
            f"confirmation code {rand_text(rng, string.ascii_uppercase, 6)}, booking ref {digits(rng, 6)}",
        ]
    )


def timestamps(rng: random.Random) -> str:
    day = date(2015, 1, 1) + timedelta(days=rng.randint(0, 4000))
    hms = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    epoch = rng.randint(1_500_000_000, 1_800_000_000)
    return rng.choice(
        [
            f"{day.isoformat()}T{hms}.{digits(rng, 3)}Z INFO worker started",
            f"[{day.isoformat()} {hms},{digits(rng, 3)}] WARN retrying",
            f"created_at={epoch} updated_at={epoch + rng.randint(1, 9999)}",
            f"ts_ms={epoch}{digits(rng, 3)} job=nightly-export",
            f"Backup finished {day.strftime('%d/%m/%Y')} {hms}",
            f"Last sync: {day.strftime('%b %d %Y')} at {hms} UTC",
        ]
    )


def versions(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Upgraded to v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 40)} last night",
            f"Build 10.0.{rng.randint(17000, 26000)}.{rng.randint(1000, 5000)} needs a reboot",
            f"python {rng.choice(['3.10', '3.11', '3.12', '3.13'])}.{rng.randint(0, 12)} on the runner",
            f"firmware {rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(300, 999)}.{rng.randint(0, 99)}",
            f"kernel 6.{rng.randint(1, 12)}.0-{rng.randint(10, 99)}-generic",
            f"release {rng.randint(2019, 2026)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28)} is out",
        ]
    )


def product_codes(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Part no. {digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 2)} is back in stock",
            f"SKU {rand_text(rng, string.ascii_uppercase, 3)}-{digits(rng, 4)}-{digits(rng, 3)}",
            f"Model XR-{digits(rng, 4)}-{digits(rng, 4)} has a recall",
            f"Use filter cartridge {digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 2)}.",
            f"Catalog item {digits(rng, 4)}.{digits(rng, 3)}.{digits(rng, 2)} ordered",
            f"Serial S/N {rand_text(rng, string.ascii_uppercase, 2)}{digits(rng, 8)}",
        ]
    )


def non_birth_dates(rng: random.Random) -> str:
    day = date(1960, 1, 1) + timedelta(days=rng.randint(0, 24000))
    shown = rng.choice(
        [
            f"{day.month:02d}/{day.day:02d}/{day.year}",
            day.isoformat(),
            f"{day.strftime('%B')} {day.day}, {day.year}",
            f"{day.day} {day.strftime('%b')} {day.year}",
        ]
    )
    return rng.choice(
        [
            f"Appointment on {shown} at the {rng.choice(CITIES)} clinic",
            f"Invoice date: {shown}",
            f"The lease started {shown} and runs two years.",
            f"Date of service {shown}",
            f"Policy effective {shown}",
            f"Hired {shown}, probation ended later that year",
            f"The company was founded on {shown}.",
        ]
    )


def zip_plus4(rng: random.Random) -> str:
    return (
        f"{rng.randint(100, 9999)} {rng.choice(LAST)} St, {rng.choice(CITIES)}, "
        f"{rng.choice(['OK', 'MN', 'GA', 'ID', 'NY', 'OR', 'CA', 'OH'])} {digits(rng, 5)}-{digits(rng, 4)}"
    )


def isbn13(rng: random.Random) -> str:
    body = "978" + digits(rng, 9)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    full = body + str((10 - total % 10) % 10)
    shown = rng.choice([full, f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"])
    return rng.choice(
        [
            f"ISBN {shown}",
            f"Required textbook: ISBN-13 {shown}, 4th edition",
            f"please reorder {shown} (paperback)",
        ]
    )


def uuids_and_hashes(rng: random.Random) -> str:
    hexd = "0123456789abcdef"
    uid = "-".join(rand_text(rng, hexd, n) for n in (8, 4, 4, 4, 12))
    sha = rand_text(rng, hexd, 40)
    return rng.choice(
        [
            f"request_id={uid} latency_ms={rng.randint(3, 900)}",
            f"commit {sha} fixed the flaky test",
            f"trace {uid} span {rand_text(rng, hexd, 16)}",
            f"sha256:{rand_text(rng, hexd, 64)}",
        ]
    )


def bare_ten_digit(rng: random.Random) -> str:
    number = safe_digits(rng, 10, "23456789")
    return rng.choice(
        [
            f"Ticket {number} was closed as duplicate",
            f"confirmation {number}",
            f"Case reference {number} in the CRM",
            f"shipment id {number}",
        ]
    )


def masked(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Card ending in {digits(rng, 4)} was charged.",
            f"**** **** **** {digits(rng, 4)}",
            f"SSN: ***-**-{digits(rng, 4)}",
            "The form wants XXX-XX-XXXX in that box",
            f"IBAN DE** **** **** **** **{digits(rng, 2)} {digits(rng, 2)}",
            "Replaced with [EMAIL_1] and [PHONE_2] before sending",
        ]
    )


def money_and_measures(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Total due: ${rng.randint(1, 999)},{digits(rng, 3)},{digits(rng, 3)}.{digits(rng, 2)}",
            f"EUR {rng.randint(1, 999)}.{digits(rng, 3)}.{digits(rng, 3)},{digits(rng, 2)} budget",
            f"Coordinates {rng.randint(-80, 80)}.{digits(rng, 6)}, {rng.randint(-170, 170)}.{digits(rng, 6)}",
            f"pi is about 3.{digits(rng, 12)}",
            f"Population grew from {rng.randint(100, 999)},{digits(rng, 3)} to {rng.randint(100, 999)},{digits(rng, 3)}",
        ]
    )


def colon_numbers(rng: random.Random) -> str:
    mac = ":".join(rand_text(rng, "0123456789ABCDEF", 2) for _ in range(6))
    return rng.choice(
        [
            f"Device MAC {mac} joined the guest wifi",
            f"Race time {rng.randint(1, 5)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{digits(rng, 2)}",
            f"Bible verse John {rng.randint(1, 21)}:{rng.randint(1, 40)}",
            f"ratio {rng.randint(1, 9)}:{rng.randint(1, 9)}:{rng.randint(1, 9)}",
        ]
    )


def invalid_ipv4(rng: random.Random) -> str:
    octets = [rng.randint(0, 255) for _ in range(4)]
    octets[rng.randrange(4)] = rng.randint(256, 999)
    shown = ".".join(str(o) for o in octets)
    return rng.choice(
        [
            f"Section {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)} of the manual",
            f"build {shown}",
            f"Typo in the config: {shown} is not an address",
            f"OID 1.3.6.1.4.1.{digits(rng, 5)}.{rng.randint(1, 9)}",
            f"See figure {rng.randint(1, 12)}.{rng.randint(1, 30)} on page {rng.randint(2, 300)}",
            f"Dewey {rng.randint(100, 999)}.{digits(rng, 3)} shelf {rng.randint(1, 40)}",
        ]
    )


def secret_mentions(rng: random.Random) -> str:
    return rng.choice(
        [
            "AWS access key ids start with AKIA, secret keys are longer.",
            "Anthropic keys begin with sk-ant- so grep for that prefix.",
            "GitHub classic tokens use the ghp_ prefix.",
            "The bearer of this letter is authorised to collect the parcel.",
            "Bearer bonds were common in the 1920s.",
            "Tokens go in the Authorization header; see the API docs for the scheme.",
            "Rotate any key that was pasted into a ticket, then tell security.",
            "Our secrets scanner looks for key prefixes, not for the word secret.",
            f"Set ANTHROPIC_API_KEY in your shell; never paste it here (ticket {digits(rng, 4)}).",
        ]
    )


def isbn_like_codes(rng: random.Random) -> str:
    return rng.choice(
        [
            f"CAS {rng.randint(50, 9999)}-{digits(rng, 2)}-{rng.randint(0, 9)}",
            f"Form {rng.choice(['1040-ES', 'W-7', 'I-9', 'SS-5', '8821'])} page {rng.randint(1, 9)}",
            f"Jira {rand_text(rng, string.ascii_uppercase, 4)}-{rng.randint(10, 9999)} blocked",
            f"Room {rng.randint(100, 999)}, flight UA {rng.randint(100, 2999)}, gate B{rng.randint(1, 40)}",
        ]
    )


NEGATIVE_FAMILIES: dict[str, Callable[[random.Random], str]] = {
    "luhn_fail_card": luhn_fail_card,
    "luhn_valid_non_network": non_network_card,
    "aba_checksum_fail": aba_fail,
    "npi_checksum_fail": npi_fail,
    "ssn_rule_fail": ssn_rule_fail,
    "itin_range_fail": itin_range_fail,
    "iban_checksum_fail": iban_fail,
    "order_tracking_invoice": order_numbers,
    "timestamps_and_epochs": timestamps,
    "version_strings": versions,
    "product_codes": product_codes,
    "dates_not_birth": non_birth_dates,
    "zip_plus4": zip_plus4,
    "isbn": isbn13,
    "uuids_and_hashes": uuids_and_hashes,
    "bare_ten_digit_refs": bare_ten_digit,
    "masked_identifiers": masked,
    "money_and_measures": money_and_measures,
    "colon_numbers_mac_times": colon_numbers,
    "invalid_ipv4_and_dotted": invalid_ipv4,
    "secret_mentions": secret_mentions,
    "forms_and_codes": isbn_like_codes,
}


def negatives(rng: random.Random) -> list[Negative]:
    out: list[Negative] = []
    seen: set[str] = set()
    for family, make in NEGATIVE_FAMILIES.items():
        count = 0
        tries = 0
        while count < PER_FAMILY and tries < 2000:
            tries += 1
            text = wrap(rng, make(rng))
            if text in seen:
                continue
            seen.add(text)
            out.append({"family": family, "text": text})
            count += 1
    return out


KINDS: dict[str, Callable[[random.Random], tuple[str, list[str]]]] = {
    "CARD": card_value,
    "SSN": ssn_value,
    "ITIN": itin_value,
    "IBAN": iban_value,
    "ABA": aba_value,
    "ACCOUNT": account_value,
    "EMAIL": email_value,
    "PHONE": phone_value,
    "DOB": dob_value,
    "MRN": mrn_value,
    "NPI": npi_value,
    "IP": ip_value,
    "SECRET": secret_value,
    "CLIENT_ID": client_value,
    "CASE_NO": case_value,
}


def build() -> dict[str, object]:
    rng = random.Random(SEED)
    positive: list[Positive] = []
    for kind, make in KINDS.items():
        positive.extend(positives(rng, kind, make))
    return {
        "_about": (
            "Round 6 held-out PII set, written by a session engineer who had not read the "
            "rules, from the claims in docs/safety.md; identifiers random with valid check "
            f"digits, frames written for this round; seed {SEED}, generated once by "
            "tests/pii_heldout_r6.py. Positive: a finding of `kind` must cover exactly "
            "`value`. Negative: nothing may be flagged."
        ),
        "positive": positive,
        "negative": negatives(rng),
    }


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
