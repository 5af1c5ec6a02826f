"""Writes `data/pii_heldout_r3.json`: round 3 of the held-out PII set.

Built by a session engineer who had not read the PII rules, their tuning set or the earlier
held-out sets; only the claims in docs/safety.md (forms, labels, separators) and the
checksums in the project's domain notes were read. Identifiers are random digits and letters
with their check digits computed here (Luhn, ABA 3-7-1, NPI over 80840, IBAN mod 97, SSN and
ITIN ranges), placed in sentence frames made up for this file (chat messages, forms, emails,
notes, logs); `value` is the identifier as a user would mark it, without its label words.
Negatives are near misses the claims exclude (failed checksums, order and tracking numbers,
timestamps, versions, product codes, dates that are not birth dates, ZIP+4, ISBNs, UUIDs...),
each checked here against the claimed shapes so that it holds none by accident. Nothing is
copied from a public corpus and no value belongs to a real person. Seeded and deterministic;
generated once and measured once by the lead, after it was committed; never changed after.

Run: `python tests/pii_heldout_r3.py`.

Afterwards: measured once as it came (docs/safety.md gives the figures); its misses were
then fixed, so the rules have been tuned on it since and it is a regression set now.
"""

# ruff: noqa: E501, S311

from __future__ import annotations

import ipaddress
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path

SEED = 58_211_903
OUT = Path(__file__).parent / "data" / "pii_heldout_r3.json"
PER_KIND = 130

Maker = Callable[[random.Random], tuple[str, str]]

# Separators the claims allow between digit groups: spaces (any Unicode space), dashes
# (hyphen, U+2010-2015, minus), dot, slash. Common ones are listed more than once.
SEPARATORS = [
    " ",
    " ",
    " ",
    "-",
    "-",
    "-",
    "\u2010",
    "\u2011",
    "\u2013",
    "\u2212",
    ".",
    "/",
    "\u00a0",
    "\u2009",
    "\u202f",
]
FIRST = [
    "Ana",
    "Ben",
    "Chloe",
    "Dev",
    "Elif",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jamal",
    "Kaori",
    "Luca",
    "Mei",
    "Nora",
    "Omar",
    "Paula",
    "Rhys",
    "Sana",
    "Tariq",
    "Uma",
    "Viktor",
    "Wren",
    "Yusuf",
    "Zoe",
]
LAST = [
    "Okafor",
    "Lindgren",
    "Marsh",
    "Castellanos",
    "Ng",
    "Petrov",
    "Haddad",
    "Brennan",
    "Sato",
    "Oyelaran",
    "Dubois",
    "Kowalczyk",
    "Quint",
    "Ferreira",
    "Achebe",
    "Varga",
    "Holm",
    "Iqbal",
]


def person(rng: random.Random) -> str:
    """A made-up full name."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def digits(rng: random.Random, n: int) -> str:
    """n random digits."""
    return "".join(rng.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------------------------------
# Checksums (from the project's domain notes).


def luhn_ok(number: str) -> bool:
    """Luhn check over a digit string."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """body plus the Luhn check digit."""
    for check in string.digits:
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


def aba_ok(number: str) -> bool:
    """ABA routing checksum (weights 3, 7, 1) and a Federal Reserve prefix."""
    if len(number) != 9 or not number.isdigit():
        return False
    weights = [3, 7, 1] * 3
    checksum = sum(w * int(d) for w, d in zip(weights, number, strict=True)) % 10 == 0
    prefix = int(number[:2])
    return checksum and (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80)


def aba_checksum_only(number: str) -> bool:
    """The 3-7-1 checksum alone, whatever the prefix."""
    weights = [3, 7, 1] * 3
    return sum(w * int(d) for w, d in zip(weights, number, strict=True)) % 10 == 0


def npi_ok(number: str) -> bool:
    """NPI: 10 digits starting 1 or 2, Luhn over 80840 + the digits."""
    return len(number) == 10 and number[0] in "12" and luhn_ok("80840" + number)


def ssn_ok(area: str, group: str, serial: str) -> bool:
    """SSN ranges: area not 000, 666, 900-999; group not 00; serial not 0000."""
    return area not in {"000", "666"} and area[0] != "9" and group != "00" and serial != "0000"


ITIN_MIDDLE = [*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)]


def iban_check(country: str, bban: str) -> str:
    """The two IBAN check digits for a country and BBAN."""
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{98 - number % 97:02d}"


def iban_ok(iban: str) -> bool:
    """ISO 13616 mod 97 == 1."""
    compact = iban.replace(" ", "").replace("-", "").upper()
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


NETWORKS: list[tuple[str, int, str]] = [
    # (prefix spec, length, grouping); grouping "c" = compact only.
    ("4", 16, "4444"),
    ("4", 16, "4444"),
    ("4", 13, "c"),
    ("4", 19, "44443"),
    ("51-55", 16, "4444"),
    ("51-55", 16, "4444"),
    ("2221-2720", 16, "4444"),
    ("34,37", 15, "465"),
    ("34,37", 15, "465"),
    ("36", 14, "464"),
    ("300-305", 14, "464"),
    ("6011,644-649,65", 16, "4444"),
    ("3528-3589", 16, "4444"),
    ("62", 16, "4444"),
    ("62", 19, "44443"),
    ("1", 15, "465"),
]


def card_prefix(rng: random.Random, spec: str) -> str:
    """A prefix drawn from a spec like '34,37' or '2221-2720'."""
    part = rng.choice(spec.split(","))
    if "-" in part:
        low, high = part.split("-")
        return str(rng.randint(int(low), int(high))).zfill(len(low))
    return part


def group(number: str, sizes: str, sep: str) -> str:
    """Split a digit string into groups of the given sizes."""
    out, at = [], 0
    for size in sizes:
        out.append(number[at : at + int(size)])
        at += int(size)
    return sep.join(out)


def card_number(rng: random.Random, valid: bool = True) -> tuple[str, str, int]:
    """(digits, grouping, length) of a card number; valid or with its Luhn digit off by one."""
    spec, length, grouping = rng.choice(NETWORKS)
    while True:
        prefix = card_prefix(rng, spec)
        number = luhn_complete(prefix + digits(rng, length - len(prefix) - 1))
        if len(set(number)) > 1:
            break
    if not valid:
        last = (int(number[-1]) + rng.randint(1, 9)) % 10
        number = number[:-1] + str(last)
    return number, grouping, length


def write_card(rng: random.Random, number: str, grouping: str) -> str:
    """A card number as printed: compact, or grouped with one separator."""
    if grouping == "c" or rng.random() < 0.25:
        return number
    return group(number, grouping, rng.choice(SEPARATORS))


# ---------------------------------------------------------------------------------------
# Frames. `{v}` is the value, `{p}` a made-up person's name; `{L}` a label inside a phrase
# ("charge card 4111..."), `{C}` a label with connecting words where the sentence states it
# ("My SSN is ...", "MRN: ...").
L_CONNECT = [" ", " ", ": ", " "]
C_CONNECT = [" is ", " is ", ": ", ": ", " was ", " - ", " ", " is: "]


def label(rng: random.Random, nouns: list[str], connectors: list[str]) -> str:
    """A label noun and its connecting words (none after a noun ending in # . or :)."""
    noun = rng.choice(nouns)
    if not noun:
        return ""
    return noun + (" " if noun.endswith(("#", ".", ":")) else rng.choice(connectors))


def frame(rng: random.Random, frames: list[str], nouns: list[str], value: str) -> str:
    """A random frame filled with the value, label phrases and a name."""
    text = rng.choice(frames).replace("{p}", person(rng))
    text = text.replace("{L}", label(rng, nouns, L_CONNECT)).replace(
        "{C}", label(rng, nouns, C_CONNECT)
    )
    return text.replace("{v}", value)


def casing(rng: random.Random, text: str, value: str) -> str:
    """Sometimes lower- or upper-case the words around the value (never the value)."""
    roll = rng.random()
    if roll > 0.12:
        return text
    head, _, tail = text.partition(value)
    if roll < 0.08:
        return head.lower() + value + tail.lower()
    return head.upper() + value + tail.upper()


def wrap(rng: random.Random, text: str) -> str:
    """Put the sentence in a chat, an email, a form or a note, or leave it alone."""
    name = person(rng)
    roll = rng.random()
    if roll < 0.45:
        return text
    if roll < 0.58:
        return (
            rng.choice(
                [
                    "Hi, ",
                    "Hello! ",
                    "hey \u2014 ",
                    "Good afternoon. ",
                    "Quick question: ",
                    "Thanks for waiting. ",
                ]
            )
            + text
        )
    if roll < 0.70:
        return f"Subject: {rng.choice(['Update', 'Your request', 'Details as promised', 'Re: paperwork', 'Follow-up'])}\n\nDear team,\n\n{text}\n\nKind regards,\n{name}"
    if roll < 0.80:
        return f"Name: {name}\n{text}\nConsent: yes"
    if roll < 0.90:
        return text + rng.choice(
            [
                " Thanks!",
                " Let me know if you need anything else.",
                " Please confirm.",
                " Cheers",
                " (sent from my phone)",
            ]
        )
    return f"[note] {text} \u2014 {name.split()[0]}"


# --- CARD --------------------------------------------------------------------------------
CARD_LABELS = [
    "card number",
    "card no.",
    "credit card",
    "payment card",
    "debit card",
    "Card",
    "PAN",
    "card #",
    "CC#",
    "card",
    "Card Number",
    "credit card number",
]
CARD_FRAMES = [
    "Please charge {v} for the order.",
    "My {C}{v}, expiry 09/27.",
    "{C}{v}",
    "Can you update my payment method to {v}?",
    "{v} is the card I want to use.",
    "I paid with {v} yesterday but the order still shows unpaid.",
    "cc {v} exp 11/26",
    "The customer read out {v} over the phone.",
    "Payment details\nName on card: {p}\n{C}{v}\nExpiry: 04/28",
    "Refund it to {L}{v} please.",
    "Why was {v} declined at checkout?",
    "I used the card {v} to book room 12.",
    '{"pan": "{v}", "exp": "0927", "holder": "{p}"}',
    "(card {v})",
    "Use {L}{v} for the deposit and keep it on file.",
    "pls cancel the subscription on {v}",
    "Your {L}{v} has been added to the wallet.",
    "The {C}{v}; CVV I'll give by phone.",
    "Card on file \u2014 {v} \u2014 was charged twice.",
    "charge,{p},{v},49.99",
    "Is there a fraud hold on {v}? I'm travelling.",
]


def make_card(rng: random.Random) -> tuple[str, str]:
    """A Luhn-valid card number from a network's ranges, in a sentence."""
    number, grouping, _ = card_number(rng)
    value = write_card(rng, number, grouping)
    return frame(rng, CARD_FRAMES, CARD_LABELS, value), value


# --- SSN ---------------------------------------------------------------------------------
SSN_LABELS = [
    "SSN",
    "SSN",
    "SSN#",
    "SSN number",
    "social security number",
    "Social Security number",
    "social security",
    "Social Security No.",
    "SSN no.",
]
SSN_FRAMES = [
    "My {C}{v}.",
    "The applicant's {C}{v}",
    "{C}{v}",
    "Please verify {L}{v} before payroll runs.",
    "Employee: {p}\n{C}{v}\nStart date: Monday",
    "For the W-4 I entered {L}{v} \u2014 is that right?",
    "{p}, {L}{v}, requested a new card.",
    "I think I typed my {L}{v} wrong on the form.",
    "Tax form field 4 ({L}{v}) was left blank last year.",
    "can u check whether {L}{v} is already in the system",
    "Spouse: {p}, {C}{v}.",
    "For the record, the patient's {C}{v} and the insurer has it too.",
    "The background check came back for {L}{v}.",
]
SSN_BARE_FRAMES = [
    "Her number on the tax return is {v}.",
    "{p} \u2014 {v} \u2014 on the benefits form.",
    "Please mask {v} in the report.",
    "I gave them {v} but they said it doesn't match.",
    "Row 14: {p}, {v}, full time",
    "is {v} the right one for my dad?",
]


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    """Area, group and serial that pass the SSN rules."""
    while True:
        area, grp, serial = (
            f"{rng.randint(1, 899):03d}",
            f"{rng.randint(1, 99):02d}",
            f"{rng.randint(1, 9999):04d}",
        )
        if ssn_ok(area, grp, serial):
            return area, grp, serial


def make_ssn(rng: random.Random) -> tuple[str, str]:
    """An SSN grouped 3-2-4 (label optional) or compact after its label."""
    area, grp, serial = ssn_parts(rng)
    if rng.random() < 0.3 and not collides(area + grp + serial):
        value = area + grp + serial
        return frame(rng, SSN_FRAMES, SSN_LABELS, value), value
    sep = rng.choice(["-", "-", "-", "-", " ", " ", ".", "\u2010", "\u2013", "\u00a0", "/"])
    value = sep.join([area, grp, serial])
    if rng.random() < 0.3:
        return frame(rng, SSN_BARE_FRAMES, SSN_LABELS, value), value
    return frame(rng, SSN_FRAMES, SSN_LABELS, value), value


# --- ITIN --------------------------------------------------------------------------------
ITIN_LABELS = [
    "ITIN",
    "ITIN",
    "ITIN number",
    "ITIN #",
    "ITIN no.",
    "individual taxpayer identification number (ITIN)",
]
ITIN_FRAMES = [
    "{C}{v}",
    "I don't have an SSN, but my {C}{v}.",
    "Please file with {L}{v}.",
    "Dependant: {p}\n{C}{v}",
    "The IRS letter says {L}{v} expires this year.",
    "Use {L}{v} on the 1040.",
    "Is {L}{v} enough to open the account?",
    "Our contractor {p} gave {L}{v} on the W-9.",
    "renewed {L}{v} last week, how long until it's active?",
]
ITIN_BARE_FRAMES = [
    "Taxpayer number {v} on the return.",
    "Form W-7 was approved: {v}.",
    "Please update the record to {v}.",
    "{p}; {v}; nonresident",
]


def make_itin(rng: random.Random) -> tuple[str, str]:
    """An ITIN 9XX-XX-XXXX (label optional) or compact after its label."""
    area, mid, serial = (
        f"9{rng.randint(0, 99):02d}",
        f"{rng.choice(ITIN_MIDDLE):02d}",
        digits(rng, 4),
    )
    if rng.random() < 0.3 and not collides(area + mid + serial):
        value = area + mid + serial
        return frame(rng, ITIN_FRAMES, ITIN_LABELS, value), value
    value = rng.choice(["-", "-", "-", " ", ".", "\u2011"]).join([area, mid, serial])
    if rng.random() < 0.35:
        return frame(rng, ITIN_BARE_FRAMES, ITIN_LABELS, value), value
    return frame(rng, ITIN_FRAMES, ITIN_LABELS, value), value


# --- IBAN --------------------------------------------------------------------------------
# BBAN shapes: n digit, a upper-case letter, c letter or digit.
BBAN = {
    "DE": "18n",
    "GB": "4a14n",
    "FR": "10n11c2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "BE": "12n",
    "CH": "5n12c",
    "AT": "16n",
    "PL": "24n",
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "IE": "4a14n",
    "PT": "21n",
    "LU": "3n13c",
    "CZ": "20n",
    "HU": "24n",
    "RO": "4a16c",
    "GR": "7n16c",
    "HR": "17n",
    "SK": "20n",
    "SI": "15n",
    "LT": "16n",
    "EE": "16n",
    "LV": "4a13c",
}


def bban(rng: random.Random, country: str) -> str:
    """A random BBAN of the country's shape."""
    out = []
    for count, kind in re.findall(r"(\d+)([nac])", BBAN[country]):
        for _ in range(int(count)):
            if kind == "n":
                out.append(rng.choice(string.digits))
            elif kind == "a":
                out.append(rng.choice(string.ascii_uppercase))
            else:
                out.append(
                    rng.choice(string.ascii_uppercase)
                    if rng.random() < 0.2
                    else rng.choice(string.digits)
                )
    return "".join(out)


def write_iban(rng: random.Random, compact: str) -> str:
    """Groups of four with spaces (most common) or dashes, or compact; sometimes lower case."""
    roll = rng.random()
    if roll < 0.55:
        text = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    elif roll < 0.7:
        text = "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    else:
        text = compact
    return text.lower() if rng.random() < 0.08 else text


IBAN_LABELS = ["IBAN", "IBAN", "IBAN no.", "bank account (IBAN)", "IBAN number", "IBAN code"]
IBAN_FRAMES = [
    "Please wire the deposit to {L}{v}.",
    "{C}{v}",
    "Beneficiary: {p}\n{C}{v}\nReference: rent March",
    "Can you send the refund to {v}? It's my savings account.",
    "Our bank details changed. New {L}{v}, same account name.",
    "Our {C}{v}.",
    "Pay the invoice to {v} by Friday.",
    "I transferred \u20ac250 to {v} but it bounced.",
    "Is {v} a German or an Austrian account?",
    "Salary goes to {L}{v}.",
    "SEPA mandate for {p}, {L}{v}",
    "payee,iban\n{p},{v}",
    "Kontoinhaber {p}, {L}{v}, bitte bis Monatsende.",
    "Refund due to {p} ({v}).",
    "please double-check {L}{v} before you press send",
]


def make_iban(rng: random.Random) -> tuple[str, str]:
    """An IBAN with correct check digits, printed or compact."""
    country = rng.choice(list(BBAN))
    body = bban(rng, country)
    compact = country + iban_check(country, body) + body
    if not iban_ok(compact):
        raise ValueError(compact)
    value = write_iban(rng, compact)
    return frame(rng, IBAN_FRAMES, IBAN_LABELS, value), value


# --- ABA ---------------------------------------------------------------------------------
ABA_LABELS = [
    "routing number",
    "routing number",
    "ABA",
    "ABA routing number",
    "RTN",
    "routing #",
    "routing no.",
    "routing/transit number",
    "ABA#",
    "Routing",
]
ABA_FRAMES = [
    "Our {C}{v}.",
    "{C}{v}",
    "For direct deposit use {L}{v} and the account number on your cheque.",
    "Wire instructions \u2014 bank: First Prairie Credit Union, {L}{v}",
    "Is {v} the right routing number for a wire or only for ACH?",
    "The payroll form asks for {L}{v}, is that the one on the bottom left of the cheque?",
    "Please update the vendor's {L}{v} in the ERP.",
    "ACH batch rejected: {L}{v} not found.",
    "{p} changed banks; new {L}{v}.",
    "bank routing {v}",
    "The cheque shows {v} on the left.",
    "routing,{v}\nname,{p}",
    "The bank's {C}{v}, the account number is on the letter.",
    "Could you confirm {L}{v} for the escrow payment?",
]


def make_aba(rng: random.Random) -> tuple[str, str]:
    """A routing number with a Federal Reserve prefix and a valid 3-7-1 checksum."""
    while True:
        prefix = rng.choice([*range(1, 13), *range(21, 33), *range(61, 73), 80])
        body = f"{prefix:02d}" + digits(rng, 6)
        for check in string.digits:
            if aba_ok(body + check):
                value = body + check
                return frame(rng, ABA_FRAMES, ABA_LABELS, value), value


# --- ACCOUNT -----------------------------------------------------------------------------
ACCOUNT_LABELS = [
    "account",
    "account number",
    "account number",
    "account no.",
    "Account #",
    "account #",
    "acct",
    "Acct #",
    "acct no.",
    "a/c",
    "A/C no.",
    "checking account",
    "savings account number",
    "Acct",
]
ACCOUNT_FRAMES = [
    "My {C}{v}.",
    "{C}{v}",
    "Please freeze {L}{v} immediately, my wallet was stolen.",
    "Transfer $300 from {L}{v} to my savings.",
    "Deposit to {L}{v}, routing on file.",
    "Statement for {L}{v} is missing March.",
    "{p} \u2014 {L}{v} \u2014 overdraft fee dispute",
    "why was {L}{v} charged a maintenance fee?",
    "Close {L}{v} and send the balance by cheque.",
    "Autopay is set up from {L}{v}.",
    "The loan is linked to {L}{v}.",
    "Customer {p} asked us to update the address on {L}{v}.",
    "Hi, I can't log in to {L}{v} since yesterday.",
    "Direct debit mandate: {L}{v}",
    "Customer's {C}{v} (opened 2019).",
]


def collides(number: str) -> bool:
    """Whether a digit string would also be another claimed kind on its own."""
    if len(number) == 9 and aba_ok(number):
        return True
    if 13 <= len(number) <= 19 and luhn_ok(number) and number[0] in "1234567":
        return True
    return len(number) == 10 and npi_ok(number)


def make_account(rng: random.Random) -> tuple[str, str]:
    """Account digits after an account label."""
    while True:
        value = digits(rng, rng.choice([6, 7, 8, 8, 10, 10, 11, 12, 12, 14]))
        if not collides(value):
            return frame(rng, ACCOUNT_FRAMES, ACCOUNT_LABELS, value), value


# --- EMAIL -------------------------------------------------------------------------------
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "riverside-clinic.example",
    "northfield.example.co.uk",
    "brightline-logistics.example",
    "inbox.example.io",
    "student.uni-example.edu",
    "calder-moss.example.law",
    "dept.health.example.gov",
    "post.example.de",
]
EMAIL_FRAMES = [
    "You can reach me at {v}.",
    "Email: {v}",
    "Please send the results to {v} instead of my work address.",
    "My new email is {v}, the old one is closed.",
    "Contact {p} <{v}> for the keys.",
    "cc {v} on the reply pls",
    "Reset link should go to {v}",
    "From: {p} <{v}>\nTo: billing\nSubject: refund",
    "({v})",
    "Is {v} still the right address for invoices?",
    "signup,{v},2025-02-01,trial",
    "Forward the scan to {v} and to me.",
    "mailto:{v}",
    "I typed {v} but the confirmation never arrived.",
    "Reply-To: {v}",
    "Write to {v}; she handles the claims.",
]


def make_email(rng: random.Random) -> tuple[str, str]:
    """An address of ordinary syntax in a sentence."""
    first, last = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{first}_{last}{rng.randint(1, 99)}",
            f"{first}-{last}",
            f"{last}.{first}+{rng.choice(['shop', 'news', 'work', 'tax'])}",
            f"{first}{rng.randint(1970, 2009)}",
            f"{first[0]}{last}",
            f"info.{last}",
            f"{first}.{last[0]}",
        ]
    )
    value = f"{local}@{rng.choice(DOMAINS)}"
    if rng.random() < 0.06:
        value = value.capitalize()
    return frame(rng, EMAIL_FRAMES, [""], value), value


# --- PHONE -------------------------------------------------------------------------------
PHONE_LABELS = [
    "phone",
    "phone",
    "tel.",
    "Tel",
    "cell",
    "mobile",
    "fax",
    "Phone number",
    "WhatsApp",
    "office line",
    "mobile number",
]
PHONE_FRAMES = [
    "{C}{v}",
    "Please call {v} after 5 pm.",
    "My {C}{v}.",
    "Text me on {v} when you arrive.",
    "{p}, {L}{v}",
    "The pharmacy's {C}{v} \u2014 ask for Jo.",
    "Call {v} now to confirm the appointment.",
    "Emergency contact: {p} ({v})",
    "Can you update my {L}{v} on the account?",
    "missed call from {v}, who is this?",
    "Our office moved; the new {C}{v}.",
    "call me at {v} or email me",
    "contact,{p},{v}",
    "Reach the night nurse on {v}.",
    "Leave a voicemail at {v} if nobody answers.",
]


def us_number(rng: random.Random) -> tuple[str, str, str]:
    """Area code, exchange and line of a plausible North American number."""
    area = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    if rng.random() < 0.5:
        return area, "555", f"01{digits(rng, 2)}"
    return area, f"{rng.randint(2, 9)}{digits(rng, 2)}", digits(rng, 4)


INTERNATIONAL = [
    ("44", [[2, 4, 4], [4, 6], [3, 3, 4]]),
    ("33", [[1, 2, 2, 2, 2]]),
    ("49", [[2, 8], [3, 7], [4, 6]]),
    ("61", [[1, 4, 4], [3, 3, 3]]),
    ("81", [[1, 4, 4], [2, 4, 4]]),
    ("34", [[3, 3, 3]]),
    ("39", [[2, 4, 4], [3, 3, 4]]),
    ("31", [[2, 3, 4], [1, 8]]),
    ("353", [[1, 3, 4], [2, 3, 4]]),
    ("91", [[5, 5]]),
    ("52", [[2, 4, 4]]),
    ("27", [[2, 3, 4]]),
    ("65", [[4, 4]]),
    ("46", [[2, 3, 2, 2]]),
    ("41", [[2, 3, 2, 2]]),
]


def make_phone(rng: random.Random) -> tuple[str, str]:
    """A formatted number: North American in many styles, or with a country code."""
    area, exchange, line = us_number(rng)
    style = rng.randrange(16)
    sep = rng.choice(["-", "-", " ", ".", "\u2010"])
    if style == 0:
        value = f"({area}) {exchange}-{line}"
    elif style == 1:
        value = f"{area}{sep}{exchange}{sep}{line}"
    elif style == 2:
        value = f"+1 {area} {exchange} {line}"
    elif style == 3:
        value = f"+1-{area}-{exchange}-{line}"
    elif style == 4:
        value = f"+1 ({area}) {exchange}-{line}"
    elif style == 5:
        value = f"1-{area}-{exchange}-{line}"
    elif style == 6:
        value = f"001-{area}-{exchange}-{line}"
    elif style == 7:
        value = f"011 1 {area} {exchange} {line}"
    elif style == 8:
        value = f"+1{area}{exchange}{line}"
    elif style == 9:
        value = (
            f"({area}) {exchange}-{line} {rng.choice(['ext. ', 'x', 'ext '])}{rng.randint(2, 9999)}"
        )
    elif style == 10:
        value = f"{area}-{exchange}-{line}"
    else:
        code, shapes = rng.choice(INTERNATIONAL)
        sizes = rng.choice(shapes)
        groups = [
            str(rng.randint(1, 9)) + digits(rng, sizes[0] - 1),
            *(digits(rng, n) for n in sizes[1:]),
        ]
        if style == 15:
            value = "+" + code + "".join(groups)
        else:
            lead = "+" + code if rng.random() < 0.8 else "00" + code
            value = lead + " " + rng.choice([" ", " ", "-"]).join(groups)
    return frame(rng, PHONE_FRAMES, PHONE_LABELS, value), value


# --- DOB ---------------------------------------------------------------------------------
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
DOB_LABELS = [
    "DOB",
    "DOB",
    "D.O.B.",
    "date of birth",
    "Date of birth",
    "birth date",
    "Birth date",
    "Date of Birth",
]
# {B}: the verb forms of the claim ("born", "born on"); {W}: with "was".
DOB_FRAMES = [
    "{C}{v}",
    "Patient {p}, {C}{v}.",
    "Patient {p}, {B}{v}.",
    "My {C}{v}.",
    "She {W}{v} in Leeds.",
    "Please correct the {L}{v} on my file, it's wrong.",
    "{p} ({B}{v}) is due for a booster.",
    "{p} ({L}{v}) is due for a booster.",
    "Name: {p}\nDOB: {v}\nAllergies: none",
    "The insurer has {L}{v} but my passport says otherwise.",
    "verify identity: {L}{v}",
    "Child: {p}, {B}{v}",
    "He {W}{v}, so he turns 18 next spring?",
    "According to the form, the {C}{v}.",
    "I {W}{v}, not the date you have.",
    "The patient's {C}{v}; please confirm at check-in.",
]


def make_dob(rng: random.Random) -> tuple[str, str]:
    """A date in one of the claimed forms after a birth label."""
    year, month, day = rng.randint(1931, 2012), rng.randint(1, 12), rng.randint(1, 28)
    name = MONTHS[month - 1]
    value = rng.choice(
        [
            f"{month:02d}/{day:02d}/{year}",
            f"{month}/{day}/{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{month:02d}-{day:02d}-{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{year}-{month:02d}-{day:02d}",
            f"{name} {day}, {year}",
            f"{name} {day}, {year}",
            f"{day} {name[:3]} {year}",
            f"{day} {name} {year}",
            f"{day:02d}-{name[:3]}-{year}",
            f"{name[:3]} {day}, {year}",
            f"{month:02d}/{day:02d}/{year % 100:02d}",
        ]
    )
    text = frame(rng, DOB_FRAMES, DOB_LABELS, value)
    text = text.replace("{B}", rng.choice(["born ", "born on "])).replace(
        "{W}", rng.choice(["was born on ", "was born "])
    )
    return text, value


# --- MRN ---------------------------------------------------------------------------------
MRN_LABELS = [
    "MRN",
    "MRN",
    "MRN #",
    "MRN#",
    "medical record number",
    "medical record number",
    "Medical Record No.",
    "medical record #",
    "medical record",
    "Medical Record Number",
]
MRN_FRAMES = [
    "{C}{v}",
    "The {C}{v}.",
    "The medical record number of the patient is {v}.",
    "Patient {p}'s {C}{v}.",
    "Patient {p}, {L}{v}, room 4B.",
    "Please pull the chart for {L}{v}.",
    "Lab results attached for {L}{v}.",
    "Discharge summary \u2014 {L}{v}",
    "Can you merge the duplicate records under {L}{v}?",
    "{p}\n{C}{v}\nWard: cardiology",
    "Pt. {L}{v} missed the 10:30 appointment.",
    "The referral letter lists {L}{v}.",
    "imaging order for {L}{v}, CT abdomen",
    "Wrong wristband: the {L}{v} belongs to another patient.",
]


def make_mrn(rng: random.Random) -> tuple[str, str]:
    """The default MRN pattern: 5-12 digits, up to 3 letters first, or digit groups."""
    while True:
        roll = rng.random()
        if roll < 0.5:
            value = digits(rng, rng.randint(5, 12))
        elif roll < 0.75:
            letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(1, 3)))
            value = letters + digits(rng, rng.randint(5, 9))
        else:
            value = rng.choice(["-", "-", " ", "."]).join(
                digits(rng, n) for n in rng.choice([(2, 3, 3), (3, 3, 3), (4, 4), (2, 6), (3, 5)])
            )
        if not collides(re.sub(r"\D", "", value) if value[0].isdigit() else ""):
            return frame(rng, MRN_FRAMES, MRN_LABELS, value), value


# --- NPI ---------------------------------------------------------------------------------
NPI_LABELS = [
    "NPI",
    "NPI",
    "NPI #",
    "NPI number",
    "NPI no.",
    "national provider identifier",
    "National Provider Identifier (NPI)",
    "provider",
    "provider NPI",
    "Provider number",
    "rendering provider NPI",
]
NPI_FRAMES = [
    "{C}{v}",
    "Dr. {p}, {L}{v}.",
    "Dr. {p}'s {C}{v}.",
    "The claim was denied because {L}{v} is not enrolled.",
    "Referring {L}{v}",
    "Please add {L}{v} to the prescription.",
    "Billing: {L}{v}, taxonomy 207Q00000X",
    "Is {L}{v} still active?",
    "{p} (family medicine) \u2014 {L}{v}",
    "update the directory: {L}{v}, new address pending",
    "Superbill lists {L}{v} for the visit.",
]


def make_npi(rng: random.Random) -> tuple[str, str]:
    """A 10-digit NPI (first digit 1 or 2) with its check digit, after an NPI label."""
    body = rng.choice("12") + digits(rng, 8)
    value = luhn_complete("80840" + body)[5:]
    if not npi_ok(value):
        raise ValueError(value)
    return frame(rng, NPI_FRAMES, NPI_LABELS, value), value


# --- IP ----------------------------------------------------------------------------------
IP_LABELS = ["IP", "IP address", "client IP", "host", "server", "source IP"]
IP_FRAMES = [
    "Failed login from {v} at 03:12.",
    "{C}{v}",
    "src={v} dst=10.0.0.1 proto=tcp",
    "Please allowlist {L}{v} on the firewall.",
    "My home IP is {v}, can you unblock it?",
    "X-Forwarded-For: {v}",
    "ping {v} times out",
    "The printer sits at {v} on the office network.",
    "sshd[2211]: Accepted publickey for deploy from {v} port 51122",
    "Block {v}, it's scraping the site.",
    "DNS resolves to {v} now.",
    "{L}{v} geolocates to Porto.",
    "Access from {v} (unknown device) \u2014 was this you?",
    "client={v} status=403 path=/admin",
    "set the gateway to {v}",
]


def make_ip(rng: random.Random) -> tuple[str, str]:
    """An IPv4 or IPv6 address in one of its usual spellings."""
    roll = rng.random()
    if roll < 0.55:
        first = rng.choice([10, 172, 192, rng.randint(1, 223)])
        value = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    else:
        groups = [f"{rng.getrandbits(16):x}" for _ in range(8)]
        if rng.random() < 0.5:
            groups[:2] = ["2001", "db8"]
        full = ipaddress.IPv6Address(":".join(groups))
        form = rng.random()
        if form < 0.4:
            value = ":".join(groups)
        elif form < 0.75:
            cut = rng.randint(2, 6)
            value = str(
                ipaddress.IPv6Address(":".join(groups[:cut] + ["0"] * (8 - cut - 1) + groups[-1:]))
            )
        elif form < 0.85:
            value = f"fe80::{rng.getrandbits(16):x}:{rng.getrandbits(16):x}"
        elif form < 0.95:
            value = full.exploded.upper() if rng.random() < 0.5 else full.exploded
        else:
            value = f"::ffff:192.0.2.{rng.randint(1, 254)}"
    ipaddress.ip_address(value)
    return frame(rng, IP_FRAMES, IP_LABELS, value), value


# --- SECRET ------------------------------------------------------------------------------
URLSAFE = string.ascii_letters + string.digits + "-_"
SECRET_FRAMES = [
    "export ANTHROPIC_API_KEY={v}",
    "My key is {v}, why do I get a 401?",
    "aws_access_key_id = {v}",
    "I accidentally pasted {v} in the channel, how do I rotate it?",
    "token: {v}",
    "curl -H 'x-api-key: {v}' ...",
    "The CI log printed {v} in plain text.",
    "KEY={v}\nDEBUG=false",
    "Is {v} still valid? It stopped working today.",
    "Use {v} for the staging deploy.",
    '{"api_key": "{v}", "region": "eu-west-1"}',
]
BEARER_FRAMES = [
    "Authorization: Bearer {v}",
    'curl -H "Authorization: Bearer {v}" the endpoint returns 403',
    "The header was 'Bearer {v}' and it still failed.",
    "request headers: {'Authorization': 'Bearer {v}'}",
]


def make_secret(rng: random.Random) -> tuple[str, str]:
    """An Anthropic, AWS or GitHub key, or a bearer token (value: the token itself)."""
    roll = rng.random()
    if roll < 0.3:
        kind = rng.choice(["api03", "api03", "admin01"])
        value = f"sk-ant-{kind}-" + "".join(rng.choice(URLSAFE) for _ in range(93)) + "AA"
    elif roll < 0.55:
        value = rng.choice(["AKIA", "AKIA", "ASIA"]) + "".join(
            rng.choice(string.ascii_uppercase + "234567") for _ in range(16)
        )
    elif roll < 0.8:
        value = "ghp_" + "".join(
            rng.choice(string.ascii_letters + string.digits) for _ in range(36)
        )
    else:
        if rng.random() < 0.5:
            parts = [
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
                "eyJ" + "".join(rng.choice(URLSAFE) for _ in range(rng.randint(40, 80))),
                "".join(rng.choice(URLSAFE) for _ in range(43)),
            ]
            value = ".".join(parts)
        else:
            value = "".join(
                rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(32, 48))
            )
        return frame(rng, BEARER_FRAMES, [""], value), value
    return frame(rng, SECRET_FRAMES, [""], value), value


# --- CLIENT_ID ---------------------------------------------------------------------------
CLIENT_LABELS = [
    "client",
    "client no.",
    "client number",
    "Client ID",
    "client #",
    "matter",
    "matter no.",
    "matter number",
    "Matter #",
    "Client",
]
CLIENT_FRAMES = [
    "{C}{v}",
    "The {C}{v}.",
    "Please open a new file under {L}{v}.",
    "Time entry: 1.5 h, {L}{v}, drafting the reply.",
    "Conflicts check cleared for {L}{v}.",
    "Bill the research to {L}{v}, not the general account.",
    "{p} called about {L}{v}.",
    "Re: {L}{v} \u2014 settlement draft",
    "Can you send me the engagement letter for {L}{v}?",
    "close out {L}{v} once the invoice is paid",
    "Document index for {L}{v} is attached.",
]


def make_client(rng: random.Random) -> tuple[str, str]:
    """A client or matter number after its label (plain digits or a client-matter pair)."""
    while True:
        if rng.random() < 0.7:
            value = digits(rng, rng.randint(4, 8))
        else:
            value = (
                digits(rng, rng.randint(4, 6))
                + rng.choice(["-", "."])
                + digits(rng, rng.randint(3, 4))
            )
        if not (value.isdigit() and collides(value)):
            return frame(rng, CLIENT_FRAMES, CLIENT_LABELS, value), value


# --- CASE_NO -----------------------------------------------------------------------------
CASE_LABELS = [
    "Case No.",
    "case no.",
    "Case",
    "Civil Action No.",
    "case number",
    "Docket No.",
    "Criminal No.",
    "case",
]
CASE_FRAMES = [
    "{C}{v}",
    "The motion to dismiss in {L}{v} is due Friday.",
    "Please pull the docket for {L}{v}.",
    "United States v. {p}, {L}{v}",
    "{p} v. Harbor Analytics, Inc., {L}{v} (S.D.N.Y.)",
    "Hearing moved: {L}{v}, courtroom 14A.",
    "Our client is a defendant in {v}.",
    "See the order entered in {v} on March 3.",
    "File the notice of appearance in {L}{v} today.",
    "PACER shows a new entry on {v}.",
]


def make_case(rng: random.Random) -> tuple[str, str]:
    """A US federal case number: office, year, type, number."""
    kind = rng.choice(["cv", "cv", "cv", "cr", "cr", "mj", "mc", "md"])
    if rng.random() < 0.1:
        kind = kind.upper()
    value = f"{rng.randint(1, 9)}:{rng.randint(0, 26):02d}-{kind}-{digits(rng, rng.choice([5, 5, 5, 4]))}"
    return frame(rng, CASE_FRAMES, CASE_LABELS, value), value


KINDS: list[tuple[str, Maker]] = [
    ("CARD", make_card),
    ("SSN", make_ssn),
    ("ITIN", make_itin),
    ("IBAN", make_iban),
    ("ABA", make_aba),
    ("ACCOUNT", make_account),
    ("EMAIL", make_email),
    ("PHONE", make_phone),
    ("DOB", make_dob),
    ("MRN", make_mrn),
    ("NPI", make_npi),
    ("IP", make_ip),
    ("SECRET", make_secret),
    ("CLIENT_ID", make_client),
    ("CASE_NO", make_case),
]


# ---------------------------------------------------------------------------------------
# Negatives: near misses the claims exclude. Each maker returns a text.


def neg_card_luhn(rng: random.Random) -> str:
    """Card-shaped, a network's prefix, Luhn failing."""
    number, grouping, _ = card_number(rng, valid=False)
    value = write_card(rng, number, grouping)
    return frame(rng, CARD_FRAMES, CARD_LABELS, value)


def neg_aba(rng: random.Random) -> str:
    """A 9-digit routing-shaped number whose checksum fails, or whose prefix is no Federal Reserve one."""
    while True:
        value = digits(rng, 9)
        if not aba_ok(value):
            return frame(rng, ABA_FRAMES, ABA_LABELS, value)


def neg_npi(rng: random.Random) -> str:
    """NPI-labelled 10 digits whose check digit fails."""
    while True:
        value = rng.choice("12") + digits(rng, 9)
        if not npi_ok(value):
            return frame(rng, NPI_FRAMES, NPI_LABELS, value)


def neg_ssn_rules(rng: random.Random) -> str:
    """3-2-4 digits that break an SSN rule (area 000/666, group 00, serial 0000)."""
    area, grp, serial = ssn_parts(rng)
    broken = rng.randrange(4)
    if broken == 0:
        area = "000"
    elif broken == 1:
        area = "666"
    elif broken == 2:
        grp = "00"
    else:
        serial = "0000"
    value = rng.choice(["-", "-", " "]).join([area, grp, serial])
    return frame(rng, SSN_FRAMES + SSN_BARE_FRAMES, SSN_LABELS, value)


def neg_itin_rules(rng: random.Random) -> str:
    """9XX-XX-XXXX whose middle digits are outside the ITIN ranges (so neither ITIN nor SSN)."""
    mid = rng.choice([*range(0, 50), 66, 67, 68, 69, 89, 93])
    value = "-".join([f"9{rng.randint(0, 99):02d}", f"{mid:02d}", digits(rng, 4)])
    return frame(rng, ITIN_FRAMES + ITIN_BARE_FRAMES, ITIN_LABELS, value)


def neg_iban(rng: random.Random) -> str:
    """IBAN-shaped with wrong check digits, labelled or as a batch code."""
    country = rng.choice(list(BBAN))
    body = bban(rng, country)
    while True:
        compact = country + f"{rng.randint(2, 98):02d}" + body
        if not iban_ok(compact):
            break
    value = write_iban(rng, compact)
    frames = [
        *IBAN_FRAMES,
        "Batch code {v}",
        "Lot {v} \u2014 expires 2027",
        "Shipment ref. {v}",
        "Serial: {v}",
    ]
    return frame(rng, frames, IBAN_LABELS, value)


def neg_orders(rng: random.Random) -> str:
    """Order, tracking and invoice numbers."""
    style = rng.randrange(9)
    if style == 0:
        value = f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"
    elif style == 1:
        value = f"{digits(rng, 9)}-{digits(rng, 2)}"
    elif style == 2:
        value = "1Z " + " ".join(
            [
                "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(3)),
                "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(3)),
                digits(rng, 2),
                digits(rng, 4),
                digits(rng, 4),
            ]
        )
    elif style == 3:
        value = " ".join([*(digits(rng, 4) for _ in range(5)), digits(rng, 2)])
    elif style == 4:
        value = f"INV-{rng.randint(2019, 2026)}-{digits(rng, 5)}"
    elif style == 5:
        value = f"#{digits(rng, 5)}"
    elif style == 6:
        value = "".join(
            rng.choice(string.ascii_uppercase + string.digits) for _ in range(rng.randint(6, 8))
        )
    elif style == 7:
        value = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
    else:
        value = f"PO-{digits(rng, 6)}/{rng.randint(1, 9)}"
    return rng.choice(
        [
            f"Order number: {value}",
            f"Your order #{value} has shipped.",
            f"Tracking {value} \u2014 out for delivery.",
            f"Invoice {value} is overdue.",
            f"Where is my parcel {value}?",
            f"Reference {value}, please quote it in replies.",
            f"Confirmation code {value}",
            f"return label for order {value}",
            f"Shipment {value} left the warehouse at 14:02.",
        ]
    )


def neg_timestamps(rng: random.Random) -> str:
    """Epoch seconds and milliseconds, ISO and log timestamps."""
    seconds = rng.randint(1_500_000_000, 1_790_000_000)
    value = rng.choice(
        [
            str(seconds),
            str(seconds * 1000 + rng.randint(0, 999)),
            f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
            f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{digits(rng, 3)}",
            f"{rng.randint(2019, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}",
        ]
    )
    return rng.choice(
        [
            f'ts={value} level=info msg="cache warmed"',
            f"created_at: {value}",
            f"The job ran at {value} and failed.",
            f"[{value}] worker-3 restarted",
            f"Last sync {value}",
            f'"updated": "{value}"',
            f"expires {value}",
        ]
    )


def neg_versions(rng: random.Random) -> str:
    """Version strings (four-part ones always have a part above 255, so they are not IPv4)."""
    value = rng.choice(
        [
            f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
            f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}",
            f"{rng.randint(1, 19)}.0.{rng.randint(19000, 26000)}.{rng.randint(1, 3000)}",
            f"{rng.randint(100, 140)}.0.{rng.randint(5000, 7000)}.{rng.randint(10, 250)}",
            f"{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 4)}",
            f"{rng.randint(2019, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}",
        ]
    )
    return rng.choice(
        [
            f"Upgraded to {value} and the tests still pass.",
            f"Python {value} breaks the build.",
            f"Which changes are in release {value}?",
            f"Firmware {value} is available for your router.",
            f"Chrome {value} shows a blank page.",
            f"pin the library to =={value}",
            f"Build {value} fixes the crash on start-up.",
            f"Tagged {value} this morning.",
        ]
    )


def neg_product_codes(rng: random.Random) -> str:
    """Product and part codes with digit groups that are no claimed shape."""
    value = rng.choice(
        [
            f"{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}",
            f"{digits(rng, 4)}-{digits(rng, 2)}-{digits(rng, 3)}",
            f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}-{digits(rng, 4)}-{digits(rng, 3)}",
            f"XR-{digits(rng, 4)}-{rng.choice('ABCDEF')}",
            f"{digits(rng, 2)} {digits(rng, 5)} {digits(rng, 2)}",
            f"{digits(rng, 4)}/{digits(rng, 2)}",
            f"{digits(rng, 1)}-{digits(rng, 5)}-{digits(rng, 5)}-{digits(rng, 1)}",
        ]
    )
    return rng.choice(
        [
            f"SKU {value} is back in stock.",
            f"Part no. {value} fits the 2019 model.",
            f"Replace filter {value} every six months.",
            f"Model {value}, 240 V.",
            f"Cat. no. {value} \u2014 pack of 12",
            f"The spare is listed as {value} in the manual.",
            f"Do you still sell {value}?",
            f"UPC {value} scanned twice.",
        ]
    )


def neg_dates(rng: random.Random) -> str:
    """Dates that are not birth dates (appointments, invoices, contracts)."""
    year, month, day = rng.randint(1960, 2027), rng.randint(1, 12), rng.randint(1, 28)
    name = MONTHS[month - 1]
    value = rng.choice(
        [
            f"{month:02d}/{day:02d}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{name} {day}, {year}",
            f"{day} {name[:3]} {year}",
            f"{day:02d}-{name[:3]}-{year}",
            f"{day:02d}.{month:02d}.{year}",
        ]
    )
    return rng.choice(
        [
            f"Appointment on {value} at 10:30.",
            f"Invoice dated {value}.",
            f"The contract was signed on {value}.",
            f"Date of service: {value}",
            f"Admission date {value}, discharge two days later.",
            f"Lease starts {value}.",
            f"Your card expires on {value}.",
            f"Delivered {value}.",
            f"The company was founded on {value}.",
            f"Next review due {value}",
            f"Policy effective date: {value}",
            f"Vaccinated on {value}.",
        ]
    )


def neg_zip4(rng: random.Random) -> str:
    """US addresses with ZIP+4 codes."""
    value = f"{rng.randint(1001, 99950):05d}-{digits(rng, 4)}"
    city = rng.choice(
        [
            "Springfield, IL",
            "Boston, MA",
            "Austin, TX",
            "Eugene, OR",
            "Dayton, OH",
            "Tampa, FL",
            "Madison, WI",
        ]
    )
    return rng.choice(
        [
            f"{rng.randint(10, 9999)} Maple Ave, {city} {value}",
            f"Ship to {city} {value}.",
            f"ZIP: {value}",
            f"Mailing address ends in {city} {value}",
            f"zip+4 {value} isn't recognised by the form",
        ]
    )


def isbn13(rng: random.Random) -> str:
    """An ISBN-13 with its check digit."""
    body = rng.choice(["978", "979"]) + digits(rng, 9)
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def neg_isbn(rng: random.Random) -> str:
    """ISBN-13 and ISBN-10, hyphenated or compact."""
    if rng.random() < 0.7:
        number = isbn13(rng)
        value = (
            number
            if rng.random() < 0.4
            else f"{number[:3]}-{number[3]}-{number[4:8]}-{number[8:12]}-{number[12]}"
        )
    else:
        body = digits(rng, 9)
        check = sum((10 - i) * int(d) for i, d in enumerate(body)) % 11
        tail = "X" if (11 - check) % 11 == 10 else str((11 - check) % 11)
        value = f"{body[0]}-{body[1:4]}-{body[4:9]}-{tail}"
    return rng.choice(
        [
            f"ISBN {value}",
            f"The textbook (ISBN {value}) is out of print.",
            f"Can you find {value} in the library?",
            f"Order two copies of ISBN: {value}.",
            f"Cited as: Holm, A. (2019). ISBN {value}",
        ]
    )


def neg_uuids(rng: random.Random) -> str:
    """UUIDs and request ids in log lines."""
    value = "-".join(f"{rng.getrandbits(4 * n):0{n}x}" for n in (8, 4, 4, 4, 12))
    return rng.choice(
        [
            f"request_id={value} status=200 duration_ms={rng.randint(3, 900)}",
            f"trace {value} dropped",
            f"Error in job {value}: timeout",
            f'"session": "{value}"',
            f"uploaded as {value}.pdf",
        ]
    )


def neg_hashes(rng: random.Random) -> str:
    """Commit hashes and digests."""
    value = f"{rng.getrandbits(160):040x}" if rng.random() < 0.6 else f"{rng.getrandbits(256):064x}"
    return rng.choice(
        [
            f"commit {value}",
            f"sha256:{value}",
            f"Reverted {value[:12]} because it broke the build.",
            f"checksum {value} matches",
            f"image digest {value}",
        ]
    )


def neg_mac(rng: random.Random) -> str:
    """MAC addresses (not IP addresses)."""
    sep = rng.choice([":", "-"])
    value = sep.join(f"{rng.randrange(256):02X}" for _ in range(6))
    if rng.random() < 0.4:
        value = value.lower()
    return rng.choice(
        [
            f"Device MAC {value} joined the network.",
            f"Add {value} to the DHCP reservations.",
            f"ether {value}",
            f"The badge reader reports MAC address {value}.",
        ]
    )


def neg_bad_ip(rng: random.Random) -> str:
    """Dotted numbers that are not IP addresses: octets above 255, three or five parts."""
    octets = [rng.randint(0, 255) for _ in range(4)]
    octets[rng.randrange(4)] = rng.randint(256, 999)
    value = rng.choice(
        [
            ".".join(map(str, octets)),
            f"{rng.randint(1, 12)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
            f"section {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        ]
    )
    return rng.choice(
        [
            f"The address {value} is invalid, the tool says.",
            f"See {value} of the handbook.",
            f"Typo: {value} should be fixed.",
            f"listen {value}?",
            f"Clause {value} covers refunds.",
        ]
    )


def neg_secret_talk(rng: random.Random) -> str:
    """Text about keys and tokens that holds none."""
    return rng.choice(
        [
            "Send a bearer token in the Authorization header.",
            "Keys that start with AKIA are long-term AWS access keys; rotate them.",
            "Set ANTHROPIC_API_KEY in your .env file, never in the code.",
            "Classic GitHub tokens begin with ghp_ and fine-grained ones look different.",
            "Authorization: Bearer <token>",
            "The key was redacted as sk-ant-[REDACTED] in the log, good.",
            "password: ********",
            "Use a Bearer token, not basic auth, for the API.",
            "Our secret scanner flags anything shaped like an access key.",
            "Where do I paste the token? The field says 'Bearer'.",
            "token expired, please sign in again",
            "api_key: (set in the vault)",
        ]
    ) + rng.choice(
        ["", "", " Thanks.", " See the docs.", " (internal note)", " \u2014 security team"]
    )


def neg_bare_numbers(rng: random.Random) -> str:
    """Unlabelled numbers: bare 10-digit runs (not phones), ticket and PO numbers, quantities."""
    while True:
        value = digits(rng, rng.choice([5, 6, 7, 8, 10, 11, 12]))
        if not collides(value) and value[0] != "0":
            break
    return rng.choice(
        [
            f"Ticket {value} was closed.",
            f"PO {value} approved.",
            f"Ref: {value}",
            f"Batch {value} passed QC.",
            f"{value} units shipped in May.",
            f"Job {value} finished.",
            f"Claim {value} is under review.",
            f"Room {value[:3]}, bed {value[3:5]}.",
            f"Text STOP to {value[:5]} to unsubscribe.",
        ]
    )


def neg_loyalty(rng: random.Random) -> str:
    """16-digit numbers that pass Luhn but start outside the payment networks (7, 8, 9)."""
    number = luhn_complete(rng.choice("789") + digits(rng, 14))
    value = number if rng.random() < 0.4 else group(number, "4444", rng.choice([" ", "-"]))
    return rng.choice(
        [
            f"Loyalty number {value}",
            f"Library card {value} renewed.",
            f"Membership no. {value} \u2014 gold tier",
            f"Gift voucher {value} balance: $25",
            f"Meter number {value}",
        ]
    )


def neg_long_runs(rng: random.Random) -> str:
    """A valid card number inside a longer run of digit groups (the claims say: nothing)."""
    number = luhn_complete("4" + digits(rng, 14))
    sep = rng.choice([" ", "-"])
    value = sep.join(
        [
            *(number[i : i + 4] for i in range(0, 16, 4)),
            digits(rng, 4),
            *([digits(rng, 4)] if rng.random() < 0.5 else []),
        ]
    )
    return rng.choice(
        [
            f"Shipment reference {value}",
            f"Tracking {value}",
            f"Utility reference {value}",
            f"Customs declaration {value}",
            f"Parcel {value} delivered.",
        ]
    )


def neg_case_like(rng: random.Random) -> str:
    """Case and claim numbers that are not federal docket numbers."""
    value = rng.choice(
        [
            f"#{rng.randint(2019, 2026)}-{digits(rng, 6)}",
            f"CL-{digits(rng, 4)}-{digits(rng, 2)}",
            f"CASE-{digits(rng, 5)}",
            f"{rng.randint(2019, 2026)}/{digits(rng, 4)}",
            f"SR{digits(rng, 7)}",
        ]
    )
    return rng.choice(
        [
            f"Support case {value} was escalated.",
            f"Insurance claim {value} is approved.",
            f"Complaint {value} closed.",
            f"Your case {value} has a new reply.",
            f"Ticket {value}: printer jam",
        ]
    )


def neg_money(rng: random.Random) -> str:
    """Amounts and quantities with thousands separators."""
    value = rng.choice(
        [
            f"${rng.randint(1, 999)},{digits(rng, 3)},{digits(rng, 3)}.{digits(rng, 2)}",
            f"\u20ac{rng.randint(1, 999)}.{digits(rng, 3)},{digits(rng, 2)}",
            f"{rng.randint(1, 99)},{digits(rng, 3)},{digits(rng, 3)}",
            f"\u00a3{rng.randint(1, 99)},{digits(rng, 3)}",
        ]
    )
    return rng.choice(
        [
            f"Revenue was {value} last quarter.",
            f"Population: {value}",
            f"The grant totals {value}.",
            f"We sold {value} units.",
            f"Budget approved at {value}.",
        ]
    )


NEGATIVES: list[tuple[str, Callable[[random.Random], str], int]] = [
    ("card_luhn_fail", neg_card_luhn, 50),
    ("aba_checksum_fail", neg_aba, 40),
    ("npi_checksum_fail", neg_npi, 40),
    ("ssn_rule_fail", neg_ssn_rules, 45),
    ("itin_range_fail", neg_itin_rules, 30),
    ("iban_checksum_fail", neg_iban, 45),
    ("order_tracking_invoice", neg_orders, 60),
    ("timestamps", neg_timestamps, 45),
    ("version_strings", neg_versions, 40),
    ("product_codes", neg_product_codes, 40),
    ("dates_not_birth", neg_dates, 50),
    ("zip_plus4", neg_zip4, 30),
    ("isbn", neg_isbn, 30),
    ("uuids_in_logs", neg_uuids, 30),
    ("hashes", neg_hashes, 20),
    ("mac_addresses", neg_mac, 20),
    ("not_ip_dotted", neg_bad_ip, 25),
    ("secret_talk", neg_secret_talk, 25),
    ("bare_numbers", neg_bare_numbers, 40),
    ("luhn_valid_non_network", neg_loyalty, 25),
    ("card_in_longer_run", neg_long_runs, 20),
    ("case_like", neg_case_like, 25),
    ("money_quantities", neg_money, 25),
]

# Families whose point is a shape the claims exclude although a naive reading would not:
# they skip the matching self-check below.
EXEMPT = {
    "card_luhn_fail": {"card"},
    "aba_checksum_fail": {"aba"},
    "order_tracking_invoice": {"aba", "card"},
    "card_in_longer_run": {"card"},
    "luhn_valid_non_network": {"card"},
    "npi_checksum_fail": set(),
}

DASH = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
SPACE = " \u00a0\u2009\u202f"
SEP = f"[{DASH}{SPACE}./]"


def claimed(text: str) -> set[str]:
    """Which claimed shapes a negative text holds, read here from the spec (not the rules)."""
    found: set[str] = set()
    for run in re.findall(rf"(?<![\w.])\d+(?:{SEP}\d+)*(?!\w)", text):
        flat = re.sub(r"\D", "", run)
        if (13 <= len(flat) <= 19 and luhn_ok(flat) and flat[0] in "23456") or (
            flat[0] == "1" and len(flat) == 15 and luhn_ok(flat)
        ):
            found.add("card")
        if len(flat) == 9 and run.isdigit() and aba_ok(flat):
            found.add("aba")
    for area, grp, serial in re.findall(
        rf"(?<!\d)(\d{{3}}){SEP}(\d{{2}}){SEP}(\d{{4}})(?!\d)", text
    ):
        if ssn_ok(area, grp, serial) or (area[0] == "9" and int(grp) in ITIN_MIDDLE):
            found.add("ssn/itin")
    if re.search(rf"(?<![\d.])\(?\d{{3}}\)?{SEP}\d{{3}}{SEP}\d{{4}}(?!\d)", text):
        found.add("phone")
    for quad in re.findall(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", text):
        if all(int(p) <= 255 for p in quad.split(".")):
            found.add("ip")
    if re.search(r"[\w.+-]+@[\w-]+\.[\w.-]+", text):
        found.add("email")
    if re.search(r"\d{1,2}:\d{2}-(?:cv|cr|mj|mc|md)-\d+", text, re.IGNORECASE):
        found.add("case")
    return found


def build_positives(rng: random.Random) -> list[dict[str, str]]:
    """PER_KIND distinct positives per kind."""
    out: list[dict[str, str]] = []
    for kind, maker in KINDS:
        seen: set[str] = set()
        while len(seen) < PER_KIND:
            text, value = maker(rng)
            text = wrap(rng, casing(rng, text, value))
            if text in seen:
                continue
            if value not in text:
                raise ValueError((kind, text, value))
            seen.add(text)
            out.append({"kind": kind, "text": text, "value": value})
    return out


def build_negatives(rng: random.Random) -> list[dict[str, str]]:
    """The near misses, each checked against the claimed shapes."""
    out: list[dict[str, str]] = []
    for family, maker, count in NEGATIVES:
        seen: set[str] = set()
        while len(seen) < count:
            text = wrap(rng, maker(rng))
            if text in seen or claimed(text) - EXEMPT.get(family, set()):
                continue
            seen.add(text)
            out.append({"family": family, "text": text})
    return out


def main() -> None:
    """Write the JSON next to this file and print counts."""
    rng = random.Random(SEED)
    positives = build_positives(rng)
    negatives = build_negatives(rng)
    about = (
        "Round-3 held-out PII set, written by tests/pii_heldout_r3.py "
        f"(seed {SEED}) by a session engineer who had not read the PII rules, their tuning "
        "set or the earlier held-out sets. Identifiers are random with valid check digits, in "
        "claimed forms only, placed in sentence frames made up for it; value is the identifier "
        "as written, without label words. Negatives are near misses the claims exclude. "
        "Generated once; never tuned on."
    )
    data = {"_about": about, "positive": positives, "negative": negatives}
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=True) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for case in positives:
        kinds[case["kind"]] = kinds.get(case["kind"], 0) + 1
    families: dict[str, int] = {}
    for case in negatives:
        families[case["family"]] = families.get(case["family"], 0) + 1
    print("positive", len(positives), kinds)
    print("negative", len(negatives), families)


if __name__ == "__main__":
    main()
