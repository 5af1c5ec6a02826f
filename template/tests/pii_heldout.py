"""The held-out PII set: identifiers with valid checksums in sentences, and near misses.

Run `python tests/pii_heldout.py` to write tests/data/pii_heldout.json. The set was
generated once, after the detectors in safety/pii.py were finished, with a seed (SEED) that
had not been run before; the detectors were not changed against it afterwards. (While this
generator was written, seeds 1 to 7 were run to debug it and the detectors; SEED was not.) Change a
detector and the figures test_pii.py prints from this set say how it generalises; tune on
tests/data/pii_cases.json, never here (regenerate with a new SEED and say so if you must).

Every value is made up here: random digits with their check digits computed (Luhn, mod 97,
the ABA weights), placed in sentences from the templates below (labels, connecting words,
separators, positions, punctuation and case drawn at random). Near misses are the shapes a
detector must leave alone: failed checksums, order numbers, batch codes, timestamps,
versions, dates without a birth label.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from pathlib import Path

SEED = 20261206
PER_KIND = 120
"""Positive cases per kind (so one miss is 0.8 %)."""
NEAR_MISSES = 60
"""Near misses per family."""
OUT = Path(__file__).parent / "data" / "pii_heldout.json"

Case = dict[str, str]
Rng = random.Random

# --- Separators, connecting words, sentences -----------------------------------------

DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013"]
SEPARATORS = [" ", " ", "-", ".", "/", "\u00a0", *DASHES[1:]]
CONNECTORS = [
    " ",
    ": ",
    ":",
    " is ",
    " was ",
    " # ",
    " #",
    " no. ",
    " number ",
    " number is ",
    " number: ",
    " is: ",
    " of the patient is ",
    " on file is ",
    " - ",
    " = ",
    " listed as ",
]
OPENERS = ["", "", "Hi, ", "Please note: ", "Update - ", "Per our call, ", "FYI ", "Re: "]
CLOSERS = ["", ".", ".", ",", "!", " today.", " on file.", ", thanks", " (confirmed)", ";"]
CONTEXT = [
    "{x}",
    "{x} was on the form",
    "see {x} in the attached note",
    "the value we have is {x}, please check it",
    "({x})",
    '"{x}"',
    "Records show {x} as of this morning",
    "I typed {x} into the portal but it failed",
]


def sentence(r: Rng, labelled: str) -> str:
    """A sentence around `labelled` (a value, with or without its label)."""
    inner = r.choice(CONTEXT).format(x=labelled)
    return r.choice(OPENERS) + inner + r.choice(CLOSERS)


def cased(r: Rng, label: str) -> str:
    return r.choice([label, label, label.lower(), label.upper(), label.title()])


def with_label(r: Rng, labels: list[str], value: str, *, optional: bool = False) -> str:
    """A label, a connector, the value; sometimes no label where the value speaks for itself."""
    if optional and r.random() < 0.4:
        return value
    owner = r.choice(["", "", "My ", "The patient's ", "Her ", "Client ", "Our "])
    return owner + cased(r, r.choice(labels)) + r.choice(CONNECTORS) + value


def digits(r: Rng, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def grouped(value: str, sizes: list[int], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(value[at : at + size])
        at += size
    return sep.join(parts)


# --- Checksums -------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    """The Luhn check digit to append to body."""
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char)
        if position % 2 == 0:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return str(-total % 10)


def iban_check(country: str, bban: str) -> str:
    number = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{98 - int(number) % 97:02d}"


def aba_digit(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return str(-total % 10)


# --- Positive cases, one generator per kind -------------------------------------------

CARD_NETWORKS: list[tuple[Callable[[Rng], str], list[int] | None]] = [
    (lambda r: "4" + digits(r, 14), [4, 4, 4, 4]),
    (lambda r: "4" + digits(r, 11), None),  # 13-digit Visa, compact only
    (lambda r: str(r.randint(51, 55)) + digits(r, 13), [4, 4, 4, 4]),
    (lambda r: str(r.randint(2221, 2720)) + digits(r, 11), [4, 4, 4, 4]),
    (lambda r: r.choice(["34", "37"]) + digits(r, 12), [4, 6, 5]),
    (lambda r: "36" + digits(r, 11), [4, 6, 4]),
    (lambda r: "6011" + digits(r, 11), [4, 4, 4, 4]),
    (lambda r: "62" + digits(r, 16), [4, 4, 4, 4, 3]),
]


def card(r: Rng) -> tuple[str, str]:
    body, sizes = r.choice(CARD_NETWORKS)
    number = body(r)
    number += luhn_digit(number)
    value = number if sizes is None or r.random() < 0.25 else grouped(number, sizes, sep(r))
    labels = ["card", "card number", "Visa", "credit card", "PAN", "debit card"]
    return with_label(r, labels, value, optional=True), value


def sep(r: Rng) -> str:
    return r.choice(SEPARATORS)


def ssn_digits(r: Rng) -> str:
    area = r.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


def ssn(r: Rng) -> tuple[str, str]:
    number = ssn_digits(r)
    labels = ["SSN", "social security number", "Social Security No.", "SSN#", "soc sec #"]
    if r.random() < 0.4:
        return with_label(r, labels, number), number
    value = grouped(number, [3, 2, 4], sep(r))
    return with_label(r, labels, value, optional=True), value


def itin(r: Rng) -> tuple[str, str]:
    middle = r.choice([*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)])
    number = f"9{digits(r, 2)}{middle}{digits(r, 4)}"
    labels = ["ITIN", "individual taxpayer identification number", "taxpayer ID"]
    if r.random() < 0.4:
        return with_label(r, labels, number), number
    value = grouped(number, [3, 2, 4], sep(r))
    return with_label(r, labels, value, optional=True), value


IBAN_FORMATS = {  # country: BBAN made of (letters, digits) runs
    "DE": [(0, 18)],
    "GB": [(4, 14)],
    "NL": [(4, 10)],
    "FR": [(0, 23)],
    "ES": [(0, 20)],
    "IT": [(1, 22)],
    "BE": [(0, 12)],
    "CH": [(0, 17)],
    "PL": [(0, 24)],
}


def iban(r: Rng) -> tuple[str, str]:
    country = r.choice(list(IBAN_FORMATS))
    bban = "".join(
        "".join(r.choice(string.ascii_uppercase) for _ in range(letters)) + digits(r, count)
        for letters, count in IBAN_FORMATS[country]
    )
    compact = country + iban_check(country, bban) + bban
    value = compact if r.random() < 0.4 else " ".join(compact[i : i + 4] for i in range(0, 40, 4))
    value = value.strip()
    if r.random() < 0.15:
        value = value.lower()
    return with_label(r, ["IBAN", "account", "wire to", "pay into"], value, optional=True), value


def aba(r: Rng) -> tuple[str, str]:
    prefix = r.choice([*range(1, 13), *range(21, 33), *range(61, 73), 80])
    body = f"{prefix:02d}{digits(r, 6)}"
    value = body + aba_digit(body)
    labels = ["routing number", "ABA", "RTN", "routing", "ABA routing number"]
    return with_label(r, labels, value, optional=True), value


def account(r: Rng) -> tuple[str, str]:
    number = digits(r, r.randint(6, 14))
    if r.random() < 0.3:
        number = grouped(number, [4, len(number) - 4], "-")
    labels = ["account number", "acct", "Acct #", "account no.", "a/c", "bank account", "account"]
    return with_label(r, labels, number), number


def email(r: Rng) -> tuple[str, str]:
    name = r.choice(["jane", "m.garcia", "li_wei", "ops", "k.s+tax"])
    host = r.choice(["example.com", "mail.example.org", "clinic.example.co.uk", "firm.example"])
    value = f"{name}{r.randint(1, 99) if r.random() < 0.5 else ''}@{host}"
    return with_label(r, ["email", "e-mail", "mail", "contact"], value, optional=True), value


def phone(r: Rng) -> tuple[str, str]:
    area, exchange, line = (
        f"{r.randint(2, 9)}{digits(r, 2)}",
        f"{r.randint(2, 9)}{digits(r, 2)}",
        digits(r, 4),
    )
    style = r.randrange(7)
    if style == 0:
        local = f"({area}) {exchange}-{line}"
    elif style == 6:
        value = r.choice([f"+1{area}{exchange}{line}", f"+4420{digits(r, 8)}"])
        return with_label(r, ["phone", "tel", "call", "mobile"], value, optional=True), value
    else:
        s = r.choice([" ", "-", ".", *DASHES[1:]])
        local = s.join([area, exchange, line])
    prefix = r.choice(["", "", "+1 ", "1-", "001-", "+1-", "00 1 ", "011 1 ", "1 "])
    value = prefix + local
    if r.random() < 0.1:
        value = r.choice(["+44 20 ", "0044 20 ", "00 44 20 "]) + f"{digits(r, 4)} {digits(r, 4)}"
    if r.random() < 0.1:
        value += r.choice([" ext. ", " x", " extension "]) + digits(r, r.randint(2, 4))
    labels = ["phone", "tel", "call", "mobile", "phone number", "cell"]
    return with_label(r, labels, value, optional=True), value


MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def dob(r: Rng) -> tuple[str, str]:
    year, month, day = r.randint(1925, 2020), r.randint(1, 12), r.randint(1, 28)
    name = MONTHS[month - 1]
    short = name[:3] + r.choice(["", "."])
    value = r.choice(
        [
            f"{month:02d}/{day:02d}/{year}",
            f"{month}/{day}/{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{month:02d}-{day:02d}-{year}",
            f"{name} {day}, {year}",
            f"{short} {day}, {year}",
            f"{day} {name} {year}",
            f"{day}-{name[:3]}-{year}",
            f"{name} {day} {year}",
            f"{day}th of {name} {year}" if day > 3 else f"{day} {name} {year}",
        ]
    )
    labels = ["DOB", "date of birth", "born on", "birth date", "D.O.B.", "birthdate", "born"]
    return with_label(r, labels, value), value


def mrn(r: Rng) -> tuple[str, str]:
    value = r.choice(
        [
            digits(r, r.randint(6, 10)),
            r.choice(string.ascii_uppercase) + digits(r, 7),
            f"{digits(r, 2)}-{digits(r, 3)}-{digits(r, 3)}",
            f"{digits(r, 3)}-{digits(r, 4)}",
        ]
    )
    labels = ["MRN", "medical record number", "Medical Record No.", "MRN#", "med rec"]
    return with_label(r, labels, value), value


def npi(r: Rng) -> tuple[str, str]:
    body = r.choice("12") + digits(r, 8)
    value = body + luhn_digit("80840" + body)
    labels = ["NPI", "national provider identifier", "NPI number", "provider NPI"]
    return with_label(r, labels, value), value


def ip(r: Rng) -> tuple[str, str]:
    if r.random() < 0.6:
        value = ".".join(str(r.randint(1, 254)) for _ in range(4))
    else:
        groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(8)]
        value = ":".join(groups) if r.random() < 0.5 else f"2001:db8::{groups[0]}:{groups[1]}"
    labels = ["IP", "from", "client address", "host", "logged in from"]
    return with_label(r, labels, value, optional=True), value


def secret(r: Rng) -> tuple[str, str]:
    alnum = string.ascii_letters + string.digits
    value = r.choice(
        [
            "sk-ant-api03-" + "".join(r.choice(alnum + "_-") for _ in range(40)),
            "AKIA" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
            "ghp_" + "".join(r.choice(alnum) for _ in range(36)),
        ]
    )
    if r.random() < 0.2:
        token = "".join(r.choice(alnum) for _ in range(32))
        return f"Authorization: Bearer {token}", token
    return with_label(r, ["key", "token", "API key", "credential"], value, optional=True), value


def client_id(r: Rng) -> tuple[str, str]:
    value = r.choice(
        [
            f"{digits(r, 5)}-{digits(r, 4)}",
            f"{r.randint(2015, 2026)}.{digits(r, 4)}",
            digits(r, r.randint(5, 7)),
            f"{digits(r, 5)}-{digits(r, 3)}",
        ]
    )
    labels = ["client number", "matter no.", "client-matter", "Matter", "client ID", "client"]
    return with_label(r, labels, value), value


def case_no(r: Rng) -> tuple[str, str]:
    value = (
        f"{r.randint(1, 9)}:{r.randint(10, 26)}-{r.choice(['cv', 'cr', 'mc', 'bk'])}-{digits(r, 5)}"
    )
    if r.random() < 0.3:
        value += "-" + "".join(r.choice(string.ascii_uppercase) for _ in range(3))
    return with_label(r, ["case", "case no.", "docket", "Case No."], value, optional=True), value


POSITIVES: dict[str, Callable[[Rng], tuple[str, str]]] = {
    "CARD": card,
    "SSN": ssn,
    "ITIN": itin,
    "IBAN": iban,
    "ABA": aba,
    "ACCOUNT": account,
    "EMAIL": email,
    "PHONE": phone,
    "DOB": dob,
    "MRN": mrn,
    "NPI": npi,
    "IP": ip,
    "SECRET": secret,
    "CLIENT_ID": client_id,
    "CASE_NO": case_no,
}

# --- Near misses: no identifier of any kind may be found -------------------------------


def bad_card(r: Rng) -> str:
    number = "4" + digits(r, 14)
    number += str((int(luhn_digit(number)) + r.randint(1, 9)) % 10)
    return f"card {grouped(number, [4, 4, 4, 4], sep(r))}"


def order_number(r: Rng) -> str:
    value = r.choice(
        [
            f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}",
            f"{digits(r, 9)}-{digits(r, 2)}",
            f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}",
            digits(r, 22),
        ]
    )
    return r.choice(["order #", "Order number: ", "invoice ", "ref. ", "tracking "]) + value


def batch_code(r: Rng) -> str:
    country = r.choice(["GB", "DE", "FR", "NL"])
    bban = "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + digits(r, 14)
    check = f"{(int(iban_check(country, bban)) + r.randint(1, 40)) % 97 + 2:02d}"
    compact = country + check + bban
    return "Batch code " + " ".join(compact[i : i + 4] for i in range(0, 24, 4)).strip()


def timestamp(r: Rng) -> str:
    y, mo, d = r.randint(2000, 2030), r.randint(1, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(
        [
            f"run {y}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d} finished",
            f"at {y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
            f"epoch {r.randint(1_000_000_000, 1_999_999_999)}",
            f"ms {r.randint(1_600_000_000_000, 1_799_999_999_999)}",
            f"meeting at {h:02d}:{mi:02d}:{s:02d}",
        ]
    )


def version(r: Rng) -> str:
    return r.choice(
        [
            f"version {r.randint(0, 30)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
            f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 20)}.{r.randint(0, 999)}",
            f"build 10.0.{r.randint(19000, 26000)}.{r.randint(1, 9999)}",
            f"release {r.randint(2019, 2026)}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}",
        ]
    )


def plain_date(r: Rng) -> str:
    return r.choice(["appointment on ", "invoice dated ", "due ", "filed "]) + (
        f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2000, 2030)}"
    )


def bad_ssn(r: Rng) -> str:
    area, group, serial = r.choice(
        [
            (0, r.randint(1, 99), r.randint(1, 9999)),
            (666, r.randint(1, 99), r.randint(1, 9999)),
            (r.randint(900, 999), r.choice([0, 40, 49, 66, 89, 93]), r.randint(1, 9999)),
            (r.randint(1, 665), 0, r.randint(1, 9999)),
            (r.randint(1, 665), r.randint(1, 99), 0),
        ]
    )
    return f"SSN {area:03d}-{group:02d}-{serial:04d}"


def bad_aba(r: Rng) -> str:
    body = f"{r.randint(1, 12):02d}{digits(r, 6)}"
    wrong = (int(aba_digit(body)) + r.randint(1, 9)) % 10
    return f"routing {body}{wrong}"


def bad_npi(r: Rng) -> str:
    body = r.choice("12") + digits(r, 8)
    wrong = (int(luhn_digit("80840" + body)) + r.randint(1, 9)) % 10
    return f"NPI {body}{wrong}"


def other(r: Rng) -> str:
    return r.choice(
        [
            "ISBN 978-3-16-148410-0",
            f"the @mention and user@localhost {r.randint(1, 9)}",
            f"account has {r.randint(2, 99)} items",
            f"room {r.randint(100, 9999)}, bed {r.randint(1, 4)}",
            f"lunch at {r.randint(1, 12)}:{r.randint(10, 59)} pm",
            f"ratio {r.randint(1, 9)}:{r.randint(10, 99)}-ish",
            f"call me at 555-{digits(r, 2)}",
            f"{r.randint(256, 999)}.{r.randint(0, 9)}.{r.randint(0, 9)}.1 is not an IP",
            "sk-ant-short is not a key; the Bearer of bad news",
            f"MRN pending, {r.randint(2, 9)} tests ordered",
            f"price {r.randint(1, 999)}.{digits(r, 2)} USD, qty {r.randint(1, 99)}",
            f"pi is 3.{digits(r, 14)}",
        ]
    )


NEAR_MISS_FAMILIES: dict[str, Callable[[Rng], str]] = {
    "card_luhn": bad_card,
    "order_number": order_number,
    "batch_code": batch_code,
    "timestamp": timestamp,
    "version": version,
    "plain_date": plain_date,
    "ssn_rules": bad_ssn,
    "aba_checksum": bad_aba,
    "npi_checksum": bad_npi,
    "other": other,
}


def build(seed: int = SEED) -> dict[str, object]:
    r = random.Random(seed)  # noqa: S311 - reproducible test data, not a secret
    positives: list[Case] = []
    for kind, make in POSITIVES.items():
        for _ in range(PER_KIND):
            labelled, value = make(r)
            positives.append({"kind": kind, "text": sentence(r, labelled), "value": value})
    negatives = [
        {"family": family, "text": sentence(r, make(r))}
        for family, make in NEAR_MISS_FAMILIES.items()
        for _ in range(NEAR_MISSES)
    ]
    return {
        "_about": (
            f"Generated by tests/pii_heldout.py (seed {seed}) once the detectors were done; "
            "never tuned on. positive: `value` must be found as `kind`; negative: nothing "
            "may be found."
        ),
        "positive": positives,
        "negative": negatives,
    }


def dump(data: dict[str, object]) -> str:
    """JSON with one case per line: a diff shows which cases changed."""
    lines = ["{", f'"_about": {json.dumps(data["_about"])},']
    for group in ("positive", "negative"):
        cases = data[group]
        assert isinstance(cases, list)
        rows = ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases)
        lines.append(f'"{group}": [\n{rows}\n]' + ("," if group == "positive" else ""))
    return "\n".join([*lines, "}"]) + "\n"


if __name__ == "__main__":
    OUT.write_text(dump(build()), encoding="utf-8")
