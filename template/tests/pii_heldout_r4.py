"""Round-4 held-out PII set: writes `data/pii_heldout_r4.json` (run it from anywhere).

Built by a session engineer who had not read the detection rules, the earlier held-out sets
or their generators: only the claims in `docs/safety.md` (which kinds, forms and labels are
detected) and the checksum table of the design notes. Every identifier is random digits or
letters with its check digits computed here, placed in sentence frames written for this
round (chat turns, e-mails, forms, clinical and legal notes, logs), with labels and
connecting words varied where a kind claims labels, and separators, prefixes and positions
varied where it claims them. Negatives are near misses that are not identifiers of any
claimed kind: checksum failures, order, tracking and part numbers, timestamps, versions,
dates that are not birth dates, ZIP+4, ISBNs, UUIDs and hashes in logs, and labels with no
identifier. Nothing is copied from a public corpus and nobody in it is real. Generated once,
from a seed not run before; the rules were not run on it before it was committed.

Afterwards: measured once as it came (docs/safety.md gives the figures); its misses were
then fixed, so the rules have been tuned on it since and it is a regression set now.
"""
# ruff: noqa: E501, S311

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from pathlib import Path

SEED = 48_611_204
OUT = Path(__file__).parent / "data" / "pii_heldout_r4.json"
PER_KIND = 130

Rng = random.Random
Case = tuple[str, str]  # (text, value)

UNI_SPACES = ["\u00a0", "\u2009", "\u202f"]
UNI_DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"]
NAMES = [
    "Ines Varga",
    "Tobias Orlen",
    "Marisol Quent",
    "Kwame Adjei-Lorne",
    "Hedda Fjell",
    "Ravi Santhar",
    "Odile Marchetti",
    "Bram Uytdewil",
    "Chiara Polvani",
    "Dmitri Ostrak",
    "Yuki Harakawa",
    "Salome Okonjo",
    "Per Lindqvarn",
    "Agnieszka Wrobel-Tan",
    "Luis Ferragud",
]


# --- checksums -----------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    """Luhn: double every second digit from the right; the sum ends in 0."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(payload: str) -> str:
    """The check digit that makes `payload + digit` pass Luhn."""
    for d in "0123456789":
        if luhn_ok(payload + d):
            return d
    raise AssertionError(payload)


def aba_sum(digits: str) -> int:
    """Weights 3, 7, 1 repeating over nine digits."""
    return sum(int(c) * (3, 7, 1)[i % 3] for i, c in enumerate(digits))


def aba_prefix_ok(digits: str) -> bool:
    """First two digits in a Federal Reserve range (00-12, 21-32, 61-72, 80)."""
    p = int(digits[:2])
    return p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80


def aba_ok(digits: str) -> bool:
    """A valid ABA routing number: checksum and range."""
    return len(digits) == 9 and aba_sum(digits) % 10 == 0 and aba_prefix_ok(digits)


def iban_remainder(iban: str) -> int:
    """ISO 13616: first four characters to the end, letters to numbers, mod 97."""
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s.upper())) % 97


def iban_make(country: str, bban: str) -> str:
    """An IBAN with its check digits computed."""
    check = 98 - iban_remainder(country + "00" + bban)
    return f"{country}{check:02d}{bban}"


def ssn_ok(area: int, group: int, serial: int) -> bool:
    """SSN rules: area not 000, 666 or 900-999; group not 00; serial not 0000."""
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def itin_middle_ok(middle: int) -> bool:
    """ITIN fourth and fifth digits: 50-65, 70-88, 90-92, 94-99."""
    return 50 <= middle <= 65 or 70 <= middle <= 88 or 90 <= middle <= 92 or 94 <= middle <= 99


def npi_ok(digits: str) -> bool:
    """NPI: Luhn over "80840" + the ten digits."""
    return len(digits) == 10 and digits[0] in "12" and luhn_ok("80840" + digits)


def card_network_ok(digits: str) -> bool:
    """A payment network's first digits, as the spec lists them."""
    n = len(digits)
    if digits[0] == "1":
        return n == 15
    if digits[0] in "456":
        return True
    if digits[:2] in ("30", "34", "35", "36", "37", "38", "39"):
        return True
    return 2221 <= int(digits[:4]) <= 2720


def card_ok(digits: str) -> bool:
    """A number the CARD claim covers."""
    return (
        13 <= len(digits) <= 19
        and luhn_ok(digits)
        and card_network_ok(digits)
        and len(set(digits)) > 1
    )


def clash_free(digits: str) -> bool:
    """A run of digits that no unlabelled claim (ABA, CARD) would also take."""
    return not aba_ok(digits) and not card_ok(digits)


def isbn13_make(rng: Rng) -> str:
    """A valid ISBN-13 (978 or 979), digits only."""
    body = rng.choice(["978", "979"]) + digits(rng, 9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


# --- small helpers -------------------------------------------------------------------------


def digits(rng: Rng, n: int, first: str = "0123456789") -> str:
    """`n` random digits, the first drawn from `first`."""
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def alnum(rng: Rng, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    """`n` random characters of `alphabet`."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(value: str, sizes: list[int], sep: str) -> str:
    """`value` cut into groups of `sizes` (the last takes the rest), joined by `sep`."""
    parts, i = [], 0
    for size in sizes:
        parts.append(value[i : i + size])
        i += size
    if i < len(value):
        parts.append(value[i:])
    return sep.join(p for p in parts if p)


def separator(rng: Rng, common: str = " -", rare: str = "./") -> str:
    """Mostly a space or hyphen, sometimes a dot or slash, sometimes a Unicode space or dash."""
    r = rng.random()
    if r < 0.72:
        return rng.choice(common)
    if r < 0.86 and rare:
        return rng.choice(rare)
    return rng.choice(UNI_SPACES + UNI_DASHES)


def cased(rng: Rng, label: str) -> str:
    """A label as people type it: as written, lower case, upper case or title case."""
    r = rng.random()
    if r < 0.55:
        return label
    if r < 0.75:
        return label.lower()
    if r < 0.88:
        return label.upper()
    return label.title() if label.islower() else label


def fill(rng: Rng, frames: list[str], value: str, labels: list[str] | None = None) -> str:
    """One frame with `{v}` the value, `{L}` a label, `{N}` a made-up name."""
    frame = rng.choice(frames)
    text = frame.replace("{N}", rng.choice(NAMES))
    if labels is not None:
        text = text.replace("{L}", cased(rng, rng.choice(labels)))
    return text.replace("{v}", value)


WRAPPERS = [
    "{c}",
    "{c}",
    "{c}",
    "Hi team, {c} Let me know if you need anything else.",
    "Quick note from the front desk: {c}",
    "Subject: the details you asked for\n\nHello,\n\n{c}\n\nBest regards,\nR.",
    "> {c}\n\nThanks, got it, updating the record now.",
    "[ticket update] {c}",
    "{c} Thanks in advance!",
    "Per our call earlier today, {c}",
    "Note to self: {c}",
    "Can you double-check this? {c}",
    "From the intake form: {c}",
    "- {c}\n- everything else unchanged",
    "{c} (updated this morning)",
    "Sorry for the slow reply! {c} Cheers",
    "hey, {c} ty",
    "Following up on my last message. {c}",
    "Forwarded by reception --- {c}",
    'Customer wrote: "{c}"',
]


def wrap(rng: Rng, clause: str) -> str:
    """A clause inside a carrier: a chat turn, an e-mail, a ticket, a note."""
    return rng.choice(WRAPPERS).replace("{c}", clause)


# --- positives -----------------------------------------------------------------------------


def card_value(rng: Rng) -> str:
    """A valid PAN of a listed network, compact or grouped as printed."""
    kind = rng.choice(
        [
            "visa16",
            "visa16",
            "mc",
            "mc2",
            "amex",
            "disc",
            "jcb",
            "diners",
            "visa13",
            "visa19",
            "uatp",
            "maestro",
        ]
    )
    spec: dict[str, tuple[list[str], int]] = {
        "visa16": (["4"], 16),
        "mc": (["51", "52", "53", "54", "55"], 16),
        "mc2": ([str(rng.randint(2221, 2720))], 16),
        "amex": (["34", "37"], 15),
        "disc": (["6011", "65", "644", "649"], 16),
        "jcb": (["3528", "3589", "3541"], 16),
        "diners": (["36", "38", "300", "305"], 14),
        "visa13": (["4"], 13),
        "visa19": (["4", "6"], 19),
        "uatp": (["1"], 15),
        "maestro": (["50", "56", "58", "63"], rng.choice([17, 18])),
    }
    prefixes, length = spec[kind]
    prefix = rng.choice(prefixes)
    while True:
        payload = prefix + digits(rng, length - len(prefix) - 1)
        pan = payload + luhn_digit(payload)
        if card_ok(pan):
            break
    if length in (13, 17, 18) or rng.random() < 0.28:
        return pan
    sizes = {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4], 19: [4, 4, 4, 4, 3]}[length]
    return group(pan, sizes, separator(rng))


CARD_FRAMES = [
    "My card number is {v}.",
    "Card: {v}",
    "pls charge {v} for the deposit",
    "I paid with {v} but the charge shows up twice.",
    "Can you update the card on file to {v}?",
    "new card {v}, the old one was stolen",
    "The refund should go back to {v}, not to my debit card.",
    "Credit card - {v} - expires next spring",
    "cc# {v}",
    "Payment method: {v}\nBilling name: {N}",
    "my bank blocked {v} after the hotel charge, is that on your side?",
    "Here's the number off the front of the card: {v}",
    "PAN {v} was declined at checkout",
    "Charge it to {v} please",
    "'{v}' is the card I want to keep",
    "Hello, I'd like to dispute a charge on {v} from last Tuesday.",
    "the card is {v}; billing address is the same as before",
    "{v} <- this one, not the other",
    "Corporate card: {v}. Cost centre: marketing.",
    "Please stop using {v} for renewals.",
    "Her prepaid card {v} still has a balance.",
    "Why was card {v} charged a foreign transaction fee?",
    "Card on file ({v}) is fine to use again.",
    "use the visa, {v}",
    "I keep getting 'invalid card' for {v} on your site",
]


def gen_card(rng: Rng) -> Case:
    v = card_value(rng)
    return wrap(rng, fill(rng, CARD_FRAMES, v)), v


def ssn_parts(rng: Rng) -> tuple[str, str, str]:
    """A valid SSN whose nine digits are not also an ABA number."""
    while True:
        area, grp, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        a, g, s = f"{area:03d}", f"{grp:02d}", f"{serial:04d}"
        if ssn_ok(area, grp, serial) and clash_free(a + g + s):
            return a, g, s


SSN_LABELS = [
    "SSN",
    "ssn",
    "Social Security number",
    "social security no.",
    "Social Security #",
    "SSN#",
    "social security",
    "Social Security Number (SSN)",
    "SSN no.",
    "social security number",
]
SSN_FRAMES = [
    "My {L} is {v}.",
    "{L}: {v}",
    "The applicant's {L} is {v}",
    "Please verify {L} {v} against the W-2.",
    "{L} on the application was {v}",
    "Updated {L} = {v}",
    "for the background check, {L} {v}",
    "{L} (from the card itself): {v}",
    "her {L} should be {v}, not the one typed above",
    "Employee {L} - {v}",
    "Name: {N}\n{L}: {v}\nStart date: Monday",
    'the {L} of the dependent is "{v}"',
    "Can you confirm the {L} we have, {v}?",
    "{L} was {v} on the old form",
]
SSN_BARE_FRAMES = [
    "Here it is: {v}",
    "{v} is the number on my card",
    "I think I typed {v} wrong on the form, can you fix it?",
    "number for the tax return: {v}",
    "Spouse - {N}, {v}",
    "reissue the 1099 with {v} please",
]


def gen_ssn(rng: Rng) -> Case:
    a, g, s = ssn_parts(rng)
    if rng.random() < 0.3:
        v = a + g + s
        return wrap(rng, fill(rng, SSN_FRAMES, v, SSN_LABELS)), v
    sep = separator(rng, " -", ".")
    v = sep.join((a, g, s))
    frames = SSN_FRAMES + SSN_BARE_FRAMES if rng.random() < 0.75 else SSN_BARE_FRAMES
    return wrap(rng, fill(rng, frames, v, SSN_LABELS)), v


ITIN_LABELS = [
    "ITIN",
    "itin",
    "TIN",
    "Individual Taxpayer Identification Number",
    "taxpayer identification number",
    "ITIN (Individual Taxpayer Identification Number)",
    "taxpayer identification no.",
    "ITIN #",
]
ITIN_FRAMES = [
    "My {L} is {v}",
    "{L}: {v}",
    "The {L} on the W-7 is {v}.",
    "We received {L} {v} from the IRS last week.",
    "the {L} issued to my spouse is {v}",
    "Please use {L} {v} on the return.",
    "renewing {L} {v} before it expires",
    "Payee {L} - {v}",
    "{L} was {v}, then it was renewed",
    "Name: {N}\n{L}: {v}",
    "does {L} {v} need to go on the 1040?",
    'dependent\'s {L} is "{v}"',
]
ITIN_BARE_FRAMES = [
    "here's the number the IRS gave me: {v}",
    "{v} is on the letter from the tax office",
    "Filing with {v} this year, no SSN yet.",
    "the preparer wrote {v} on the form",
]


def gen_itin(rng: Rng) -> Case:
    middle = rng.choice([m for m in range(100) if itin_middle_ok(m)])
    a, g, s = "9" + digits(rng, 2), f"{middle:02d}", digits(rng, 4)
    if rng.random() < 0.3:
        v = a + g + s
        return wrap(rng, fill(rng, ITIN_FRAMES, v, ITIN_LABELS)), v
    v = separator(rng, " -", ".").join((a, g, s))
    frames = ITIN_FRAMES + ITIN_BARE_FRAMES if rng.random() < 0.75 else ITIN_BARE_FRAMES
    return wrap(rng, fill(rng, frames, v, ITIN_LABELS)), v


IBAN_BBAN = [
    ("DE", "n18"),
    ("GB", "a4n14"),
    ("FR", "n10c11n2"),
    ("ES", "n20"),
    ("IT", "a1n10c12"),
    ("NL", "a4n10"),
    ("BE", "n12"),
    ("CH", "n5c12"),
    ("AT", "n16"),
    ("PL", "n24"),
    ("IE", "a4n14"),
    ("PT", "n21"),
    ("SE", "n20"),
    ("DK", "n14"),
    ("NO", "n11"),
    ("FI", "n14"),
    ("LU", "n3c13"),
    ("CZ", "n20"),
    ("HU", "n24"),
    ("RO", "a4c16"),
    ("GR", "n7c16"),
    ("SA", "n2c18"),
    ("AE", "n19"),
    ("TR", "n6c16"),
]


def bban(rng: Rng, spec: str) -> str:
    """A BBAN from a spec such as "a4n14" (letters, digits, either)."""
    out, i = [], 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1 : j])
        if kind == "n":
            out.append(digits(rng, n))
        elif kind == "a":
            out.append(alnum(rng, n, string.ascii_uppercase))
        else:
            out.append(alnum(rng, n, string.digits * 3 + string.ascii_uppercase))
        i = j
    return "".join(out)


def iban_value(rng: Rng) -> str:
    country, spec = rng.choice(IBAN_BBAN)
    iban = iban_make(country, bban(rng, spec))
    assert iban_remainder(iban) == 1
    r = rng.random()
    v = iban if r < 0.3 else group(iban, [4] * 8, " " if r < 0.8 else "-")
    return v.lower() if rng.random() < 0.1 else v


IBAN_FRAMES = [
    "Please wire the deposit to {v}.",
    "IBAN: {v}",
    "My IBAN is {v} (Sparkasse).",
    "Beneficiary IBAN {v}, BIC to follow",
    "refund to iban {v} pls",
    "{v} - that's the new one, the old one is closed",
    "Send the salary to {v} from next month.",
    "Bank details:\nName: {N}\nIBAN: {v}",
    "Can you confirm {v} is correct before I pay?",
    "Payee: {N}, IBAN {v}, reference INV-April",
    "the landlord's IBAN changed to {v}",
    "Überweisung bitte an {v}, danke!",
    "virement sur {v} s'il vous plaît",
    "For SEPA transfers use {v}; for USD use the US details.",
    "Is the IBAN {v} or did I mix up two digits?",
]


def gen_iban(rng: Rng) -> Case:
    v = iban_value(rng)
    return wrap(rng, fill(rng, IBAN_FRAMES, v)), v


def aba_value(rng: Rng) -> str:
    while True:
        head = rng.choice([f"{p:02d}" for p in [*range(1, 13), *range(21, 33), *range(61, 73)]])
        body = head + digits(rng, 6)
        v = body + str((-aba_sum(body + "0")) % 10)
        if aba_ok(v) and not card_ok(v):
            return v


ABA_FRAMES = [
    "Routing number: {v}",
    "ABA {v}",
    "routing {v}, checking",
    "The bank's ABA routing number is {v}.",
    "RTN {v}",
    "direct deposit routing no. {v}",
    "Use routing {v} for wires and ACH.",
    "{v} is the routing number on the cheque",
    "transit/routing: {v}",
    "my credit union's routing number should be {v}",
    "Wire to First Harbor Bank, {v}, attention {N}",
    "ABA/routing - {v}",
    "For ACH credits: {v}",
    "is {v} the right routing for the Ohio branch?",
    "Bank: Granite Mutual\nRouting: {v}",
]


def gen_aba(rng: Rng) -> Case:
    v = aba_value(rng)
    return wrap(rng, fill(rng, ABA_FRAMES, v)), v


NPI_LABELS = [
    "NPI",
    "npi",
    "National Provider Identifier",
    "National Provider Identifier (NPI)",
    "provider",
    "provider number",
    "rendering provider NPI",
    "billing provider",
    "NPI #",
    "NPI no.",
]
NPI_FRAMES = [
    "{L}: {v}",
    "Dr. Okafor's {L} is {v}.",
    "Referring {L} {v}",
    "Please add {L} {v} to box 17b.",
    "the claim was rejected because {L} {v} is not on file",
    "Attending physician, {L} {v}",
    "Our clinic's group {L} is {v}",
    "{L} = {v}; taxonomy code pending",
    "Can you look up {L} {v} in the registry?",
    "Prescriber: {N}, {L} {v}",
    "the {L} on the referral was {v}",
    'wrong {L} on the superbill, it should be "{v}"',
]


def gen_npi(rng: Rng) -> Case:
    while True:
        payload = digits(rng, 9, "12")
        v = payload + luhn_digit("80840" + payload)
        if npi_ok(v):
            break
    return wrap(rng, fill(rng, NPI_FRAMES, v, NPI_LABELS)), v


ACCOUNT_LABELS = [
    "account",
    "Account",
    "account number",
    "Account No.",
    "acct",
    "Acct.",
    "acct #",
    "a/c",
    "A/C no.",
    "checking account",
    "savings account number",
    "account #",
]
ACCOUNT_FRAMES = [
    "My {L} is {v}.",
    "{L}: {v}",
    "please close {L} {v}",
    "the payment went to {L} {v} instead of mine",
    "transfer everything from {L} {v} to the joint one",
    "Re: {L} {v} - overdraft fee",
    "Loan {L} {v} shows a late charge",
    "Name: {N}\n{L}: {v}",
    "Can you freeze {L} {v} until I'm back?",
    "the statement for {L} {v} never arrived",
    "{L} was {v}, it's been merged since",
    'Direct debit from {L} "{v}" keeps failing',
    "I'm calling about {L} {v}.",
]


def gen_account(rng: Rng) -> Case:
    while True:
        v = digits(rng, rng.choice([6, 7, 8, 8, 10, 10, 11, 12, 12, 14]))
        if clash_free(v):
            break
    return wrap(rng, fill(rng, ACCOUNT_FRAMES, v, ACCOUNT_LABELS)), v


EMAIL_LOCALS = [
    "{f}.{l}",
    "{f}_{l}",
    "{f0}{l}",
    "{f}.{l}{n}",
    "{f}+{tag}",
    "{f}{n}",
    "{l}.{f0}",
    "{f}-{l}",
    "{tag}",
    "{f0}.{l}.{n}",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "mail.example.net",
    "northwind-clinic.org",
    "harbourlegal.co.uk",
    "quillbank.io",
    "fenwick-dental.com",
    "larkspur.health",
    "brightmoor.de",
    "tallis-and-wren.law",
    "corvid.studio",
    "ops.meridianfreight.com",
    "students.uni-example.edu",
    "sol-y-mar.es",
    "pinegrove.ca",
    "kessel-ag.ch",
]
EMAIL_FIRST = [
    "jana",
    "omar",
    "liesl",
    "tomasz",
    "aiko",
    "femi",
    "bettina",
    "ravi",
    "quinn",
    "marek",
    "sunniva",
    "adaeze",
]
EMAIL_LAST = [
    "kowalczyk",
    "haddad",
    "brandt",
    "okoro",
    "vance",
    "lindgren",
    "moreau",
    "castell",
    "ibarra",
    "teodoro",
]
EMAIL_TAGS = ["billing", "invoices", "support", "newsletter", "hr-payroll", "frontdesk", "claims"]


def email_value(rng: Rng) -> str:
    first, last = rng.choice(EMAIL_FIRST), rng.choice(EMAIL_LAST)
    local = (
        rng.choice(EMAIL_LOCALS)
        .replace("{f0}", first[0])
        .replace("{f}", first)
        .replace("{l}", last)
        .replace("{n}", str(rng.randint(1, 99)))
        .replace("{tag}", rng.choice(EMAIL_TAGS))
    )
    v = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    if rng.random() < 0.15:
        v = v[0].upper() + v[1:]
    return v


EMAIL_FRAMES = [
    "Email me at {v}.",
    "my email is {v}",
    "Contact: {v}",
    "cc {v} on the reply",
    "Reach out to {N} <{v}> for scheduling.",
    "From: {N} <{v}>\nTo: frontdesk\nSubject: appointment",
    "send the invoice to {v}, not to my personal address",
    "Is {v} still the right address?",
    "mailto:{v}",
    "(contact {v})",
    "E-mail - {v}",
    "new address: {v}; the old one bounces",
    "Please remove {v} from the mailing list.",
    "{v} wrote to us twice about the same order",
    "you can also write to {v} if the portal is down",
    "Reply-To: {v}",
]


def gen_email(rng: Rng) -> Case:
    v = email_value(rng)
    return wrap(rng, fill(rng, EMAIL_FRAMES, v)), v


def nanp(rng: Rng) -> tuple[str, str, str]:
    return digits(rng, 3, "23456789"), digits(rng, 3, "23456789"), digits(rng, 4)


def phone_value(rng: Rng) -> str:
    r = rng.random()
    a, e, n = nanp(rng)
    if r < 0.45:
        d = rng.choice(["-", "-", ".", " ", *UNI_DASHES[:2]])
        form = rng.choice(
            [
                f"({a}) {e}-{n}",
                f"{a}{d}{e}{d}{n}",
                f"+1 {a} {e} {n}",
                f"+1 ({a}) {e}-{n}",
                f"+1-{a}-{e}-{n}",
                f"1-{a}-{e}-{n}",
                f"001-{a}-{e}-{n}",
                f"+1.{a}.{e}.{n}",
                f"({a}){e}-{n}",
                f"+1{a}{e}{n}",
                f"011 1 {a} {e} {n}",
                f"1-{a}-{e}-{n}",
            ]
        )
        if rng.random() < 0.1:
            form += rng.choice(
                [
                    f" x{rng.randint(10, 999)}",
                    f" ext. {rng.randint(10, 9999)}",
                    f" ext {rng.randint(1, 99)}",
                ]
            )
        return form
    if r < 0.78:
        cc, sizes = rng.choice(
            [
                ("44", [2, 4, 4]),
                ("44", [4, 6]),
                ("33", [1, 2, 2, 2, 2]),
                ("49", [2, 4, 4]),
                ("49", [3, 4, 4]),
                ("34", [3, 3, 3]),
                ("39", [2, 4, 4]),
                ("31", [2, 3, 4]),
                ("61", [1, 4, 4]),
                ("61", [3, 3, 3]),
                ("81", [1, 4, 4]),
                ("91", [5, 5]),
                ("353", [1, 3, 4]),
                ("46", [1, 3, 3, 2]),
                ("41", [2, 3, 2, 2]),
                ("52", [2, 4, 4]),
                ("55", [2, 5, 4]),
                ("27", [2, 3, 4]),
                ("48", [3, 3, 3]),
            ]
        )
        parts = [
            digits(rng, s, "123456789" if i == 0 else string.digits) for i, s in enumerate(sizes)
        ]
        style = rng.random()
        if style < 0.12:
            return f"+{cc}{''.join(parts)}"
        joiner = " " if style < 0.75 else "-"
        prefix = f"+{cc}" if style < 0.88 else f"00{cc}"
        return f"{prefix} {joiner.join(parts)}"
    national = rng.choice(
        [[3, 4, 4], [4, 3, 4], [5, 6], [2, 2, 2, 2, 2], [3, 8], [3, 4, 4], [4, 3, 3]]
    )
    # The trunk 0, then a non-zero digit: "00" would read as an international prefix.
    parts = [digits(rng, s, "123456789") for s in national]
    parts[0] = "0" + rng.choice("123456789") + parts[0][2:]
    joiner = " " if rng.random() < 0.8 else "-"
    return joiner.join(parts)


PHONE_FRAMES = [
    "Call me at {v}.",
    "Phone: {v}",
    "my cell is {v}, texts are fine",
    "Call {v} now",
    "You can reach the clinic on {v}",
    "tel. {v}",
    "Mobile {v} (evenings only)",
    "WhatsApp: {v}",
    "If you have questions, ring {v} and ask for {N}.",
    "{v} is my work line",
    "Emergency contact - {N}, {v}",
    "Please update my number to {v}",
    "The pharmacy called from {v} about the refill.",
    "Best number to reach me: {v}.",
    "Contact\n{N}\n{v}",
    "can u call me back on {v}? thx",
]


def gen_phone(rng: Rng) -> Case:
    v = phone_value(rng)
    return wrap(rng, fill(rng, PHONE_FRAMES, v)), v


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


def dob_value(rng: Rng) -> str:
    y, m, d = rng.randint(1931, 2008), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[m - 1]
    return rng.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{m:02d}-{d:02d}-{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{month} {d}, {y}",
            f"{d} {month[:3]} {y}",
            f"{d:02d}-{month[:3]}-{y}",
            f"{d} {month} {y}",
            f"{month[:3]} {d}, {y}",
            f"{m:02d}/{d:02d}/{y}",
        ]
    )


DOB_LABELS = [
    "DOB",
    "dob",
    "Date of birth",
    "date of birth",
    "birth date",
    "Birth Date",
    "DOB (date of birth)",
]
DOB_FRAMES = [
    "{L}: {v}",
    "My {L} is {v}.",
    "Patient {L} {v}",
    "The applicant's {L} was {v}",
    "{L} - {v}",
    "confirming {L}: {v}",
    "{L} {v}; allergies: none known",
    "Name: {N}\n{L}: {v}\nPlan: Silver",
    "his {L} is listed as {v} but that's wrong",
    "Can you check the {L} ({v}) on file?",
    '{L} on the ID is "{v}"',
]
BORN_FRAMES = [
    "I was born on {v}.",
    "Pt born {v}, presents with a dry cough.",
    "She was born on {v} in Leeds.",
    "born {v}",
    "Our son was born {v} at St. Anne's.",
    "{N}, born on {v}, is the policyholder.",
]


def gen_dob(rng: Rng) -> Case:
    v = dob_value(rng)
    if rng.random() < 0.25:
        return wrap(rng, fill(rng, BORN_FRAMES, v)), v
    return wrap(rng, fill(rng, DOB_FRAMES, v, DOB_LABELS)), v


def mrn_value(rng: Rng) -> str:
    r = rng.random()
    if r < 0.55:
        while True:
            v = digits(rng, rng.randint(5, 12))
            if clash_free(v):
                return v
    if r < 0.8:
        return alnum(rng, rng.randint(1, 3), string.ascii_uppercase) + digits(
            rng, rng.randint(5, 9)
        )
    return rng.choice(
        [
            f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}",
            f"{digits(rng, 3)}-{digits(rng, 4)}",
            f"{digits(rng, 4)}-{digits(rng, 4)}",
        ]
    )


MRN_LABELS = [
    "MRN",
    "mrn",
    "Medical record number",
    "medical record no.",
    "medical record #",
    "Medical Record Number (MRN)",
    "MRN #",
    "medical record",
]
MRN_FRAMES = [
    "{L}: {v}",
    "Patient {L} is {v}",
    "Please pull the chart for {L} {v}.",
    "{L} {v} - follow-up in two weeks",
    "Lab results attached for {L} {v}",
    "wrong {L} on the wristband, it should be {v}",
    "Name: {N}\n{L}: {v}\nWard: east",
    "{L} of the patient is {v}",
    "Discharge summary, {L} {v}, reviewed by the attending",
    "merge duplicate chart into {L} {v}",
    "Is {L} {v} the right chart for the biopsy?",
    'radiology has {L} "{v}" on the order',
]


def gen_mrn(rng: Rng) -> Case:
    v = mrn_value(rng)
    return wrap(rng, fill(rng, MRN_FRAMES, v, MRN_LABELS)), v


CLIENT_LABELS = [
    "client",
    "Client",
    "client no.",
    "Client number",
    "client ID",
    "matter",
    "Matter",
    "matter no.",
    "Matter number",
    "client #",
    "matter #",
]
CLIENT_FRAMES = [
    "Bill this to {L} {v}.",
    "{L}: {v}",
    "Re: {L} {v} - draft engagement letter",
    "Time entry for {L} {v}, one and a half hours of research",
    "Please open a new folder under {L} {v}.",
    "conflicts check cleared for {L} {v}",
    "The retainer for {L} {v} is running low.",
    "{L} {v} - deposition prep, see attached outline",
    "Can you send me the file index for {L} {v}?",
    "Responsible partner: {N}\n{L}: {v}",
    "close out {L} {v} once the final invoice is paid",
    'docs for {L} "{v}" go to the secure share',
]


def gen_client(rng: Rng) -> Case:
    while True:
        v = digits(rng, rng.choice([5, 5, 6, 6, 7, 8]))
        if clash_free(v):
            break
    return wrap(rng, fill(rng, CLIENT_FRAMES, v, CLIENT_LABELS)), v


CASE_FRAMES = [
    "Case No. {v}",
    "Re: United States v. Harlan, {v}",
    "the hearing in {v} moved to Thursday",
    "Civil Action No. {v}",
    "see the docket in {v} for the scheduling order",
    "Please file the motion in case {v} today.",
    "Doe v. Brightline Logistics, No. {v} (filed last month)",
    "{v}: opposition due Friday",
    "Can you pull the complaint in {v}?",
    "Caption: Marlow v. Teague Holdings, Case {v}",
    "our client is a defendant in {v}, service not yet made",
    "Related case: {v}",
]


def gen_case(rng: Rng) -> Case:
    year = rng.choice([*range(95, 100), *range(0, 27)])
    kind = rng.choice(["cv", "cv", "cv", "cr", "cr", "mj", "mc", "md"])
    v = f"{rng.randint(1, 9)}:{year:02d}-{kind}-{digits(rng, 5)}"
    return wrap(rng, fill(rng, CASE_FRAMES, v)), v


def ip_value(rng: Rng) -> tuple[str, bool]:
    if rng.random() < 0.6:
        first = rng.choice([10, 172, 192, 198, 203, 81, 62, 145, 213, 24, 66, 100])
        v = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return v, False
    groups = ["2001", "db8"] + [f"{rng.randint(0, 65535):x}" for _ in range(6)]
    r = rng.random()
    if r < 0.4:
        return ":".join(groups), True
    if r < 0.75:
        return f"2001:db8:{groups[2]}::{groups[6]}:{groups[7]}", True
    return (
        f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}"
        if r < 0.87
        else f"2a02:{groups[3]}::{groups[7]}",
        True,
    )


IP_FRAMES = [
    "Login from {v} flagged as unusual.",
    "my IP is {v}",
    "server at {v} stopped responding around noon",
    "whitelist {v} please",
    "src={v} action=deny proto=tcp",
    "the printer is on {v}",
    "Failed password for admin from {v} port 22 ssh2",
    "Our egress address is {v}.",
    "Can you unblock {v}? It's our office.",
    "DNS A record should point at {v}",
    'client_ip: "{v}"',
    "ban {v}, it's been scraping all night",
]


def gen_ip(rng: Rng) -> Case:
    v, v6 = ip_value(rng)
    if rng.random() < 0.12:
        shown = f"[{v}]:8443" if v6 else f"{v}:8443"
        return wrap(rng, f"Connect to {shown} for the admin console."), v
    return wrap(rng, fill(rng, IP_FRAMES, v)), v


TOKEN_CHARS = string.ascii_letters + string.digits


def secret_value(rng: Rng) -> tuple[str, str]:
    """(value, kind of secret)."""
    while True:
        kind = rng.choice(["ant", "ant", "aws", "ghp", "bearer", "bearer"])
        if kind == "ant":
            v = f"sk-ant-{rng.choice(['api03', 'api03', 'admin01'])}-{alnum(rng, 93, TOKEN_CHARS + '-_')}AA"
        elif kind == "aws":
            v = rng.choice(["AKIA", "ASIA"]) + alnum(rng, 16, string.ascii_uppercase + "234567")
        elif kind == "ghp":
            v = "ghp_" + alnum(rng, 36)
        elif rng.random() < 0.5:
            v = (
                "eyJ"
                + alnum(rng, 30, TOKEN_CHARS)
                + "."
                + "eyJ"
                + alnum(rng, 60, TOKEN_CHARS)
                + "."
                + alnum(rng, 43, TOKEN_CHARS + "-_")
            )
        else:
            v = alnum(rng, rng.choice([32, 40, 48]), TOKEN_CHARS)
        body = v[4:]
        if not any(m in body for m in ("AKIA", "ASIA", "ghp_", "sk-ant")):
            return v, kind


SECRET_FRAMES = {
    "ant": [
        "here's my key {v}",
        "ANTHROPIC_API_KEY={v}",
        "I accidentally pasted {v} into the channel, can you rotate it?",
        'api_key: "{v}"',
        "export ANTHROPIC_API_KEY='{v}'",
    ],
    "aws": [
        "aws_access_key_id = {v}",
        "the key id is {v}, secret to follow on a call",
        "AWS_ACCESS_KEY_ID={v}",
        "found {v} in the old deploy script",
    ],
    "ghp": [
        "GITHUB_TOKEN={v}",
        "token: {v}",
        "use {v} for the CI checkout",
        "the PAT ({v}) expires next week",
    ],
    "bearer": [
        "Authorization: Bearer {v}",
        "curl -H 'Authorization: bearer {v}' https://api.example.com/v1/items",
        "header was `Bearer {v}`",
        "BEARER {v}",
        "the request had Bearer {v} in it",
    ],
}


def gen_secret(rng: Rng) -> Case:
    v, kind = secret_value(rng)
    return wrap(rng, rng.choice(SECRET_FRAMES[kind]).replace("{v}", v)), v


GENERATORS: dict[str, Callable[[Rng], Case]] = {
    "CARD": gen_card,
    "SSN": gen_ssn,
    "ITIN": gen_itin,
    "IBAN": gen_iban,
    "ABA": gen_aba,
    "ACCOUNT": gen_account,
    "EMAIL": gen_email,
    "PHONE": gen_phone,
    "DOB": gen_dob,
    "MRN": gen_mrn,
    "NPI": gen_npi,
    "IP": gen_ip,
    "SECRET": gen_secret,
    "CLIENT_ID": gen_client,
    "CASE_NO": gen_case,
}


# --- negatives -----------------------------------------------------------------------------


def neg_luhn_fail(rng: Rng) -> str:
    """Card-shaped numbers of a real network that fail Luhn."""
    while True:
        pan = rng.choice(["4", "51", "55", "37", "6011"]) + digits(rng, 12)
        pan = pan + digits(rng, 16 - len(pan))
        if not luhn_ok(pan):
            break
    v = pan if rng.random() < 0.3 else group(pan, [4, 4, 4, 4], separator(rng))
    return wrap(
        rng,
        fill(
            rng,
            [
                "My card number is {v}, is that why it fails?",
                "the site says {v} is not a valid card",
                "Card: {v} (typed from memory, might be off)",
                "charge {v} please",
                "{v} got rejected at checkout three times",
                "Test card for the sandbox: {v}",
            ],
            v,
        ),
    )


def neg_aba_fail(rng: Rng) -> str:
    """Nine digits after a routing label that fail the 3-7-1 checksum or the range."""
    while True:
        v = digits(rng, 9)
        if not aba_ok(v) and not card_ok(v):
            break
    return wrap(
        rng,
        fill(
            rng,
            [
                "Routing number: {v}",
                "the bank says routing {v} doesn't exist",
                "ABA {v} bounced the wire, can you check it?",
                "Use routing {v}? The form rejects it.",
                "RTN {v} (I think one digit is wrong)",
                "Reference {v} on the remittance slip",
            ],
            v,
        ),
    )


def neg_ssn_rules(rng: Rng) -> str:
    """3-2-4 numbers that break an SSN rule and are not ITINs either."""
    while True:
        r = rng.random()
        if r < 0.25:
            area, grp, serial = rng.choice([0, 666]), rng.randint(1, 99), rng.randint(1, 9999)
        elif r < 0.5:
            area, grp, serial = (
                rng.randint(900, 999),
                rng.choice([*range(1, 50), 66, 67, 68, 69, 89, 93]),
                rng.randint(1, 9999),
            )
        elif r < 0.75:
            area, grp, serial = rng.randint(1, 899), 0, rng.randint(1, 9999)
        else:
            area, grp, serial = rng.randint(1, 899), rng.randint(1, 99), 0
        if not ssn_ok(area, grp, serial) and not (area >= 900 and itin_middle_ok(grp)):
            break
    v = f"{area:03d}-{grp:02d}-{serial:04d}"
    if rng.random() < 0.3:
        v = v.replace("-", " ")
    return wrap(
        rng,
        fill(
            rng,
            [
                "SSN: {v} (the system says invalid)",
                "is {v} even a real social security number? it starts weird",
                "The sample form shows {v} as an example.",
                "Placeholder {v} was left in the template",
                "{v} was rejected by the payroll import",
                "Form field filled with {v} by the test script",
            ],
            v,
        ),
    )


def neg_npi_fail(rng: Rng) -> str:
    """Ten digits after an NPI label that fail the NPI check."""
    while True:
        v = digits(rng, 10, "12")
        if not npi_ok(v):
            break
    return wrap(
        rng,
        fill(
            rng,
            [
                "NPI {v} fails validation in the clearinghouse",
                "the NPI registry has no match for {v}",
                "Provider number {v}? That looks mistyped.",
                "Rejected: NPI {v} invalid check digit",
            ],
            v,
        ),
    )


def neg_iban_fail(rng: Rng) -> str:
    """IBAN-shaped codes whose mod-97 check fails."""
    country, spec = rng.choice(IBAN_BBAN)
    while True:
        code = f"{country}{rng.randint(2, 98):02d}{bban(rng, spec)}"
        if iban_remainder(code) != 1:
            break
    v = code if rng.random() < 0.3 else group(code, [4] * 8, " ")
    return wrap(
        rng,
        fill(
            rng,
            [
                "Batch code {v}",
                "Lot {v} recalled, see notice",
                "Shipment ref {v} arrived damaged",
                "the bank says IBAN {v} has a bad check digit",
                "Container seal {v} intact on arrival",
                "Voucher {v} expired",
            ],
            v,
        ),
    )


def neg_orders(rng: Rng) -> str:
    """Order, tracking, invoice and reference numbers."""
    aba_head = aba_value(rng)
    forms = [
        f"order #{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
        f"Order number: {aba_head}-{digits(rng, 2)}",
        f"tracking 1Z {alnum(rng, 3, string.ascii_uppercase + string.digits)} {alnum(rng, 3, string.ascii_uppercase + string.digits)} {digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}",
        f"USPS tracking {group('9400' + digits(rng, 18), [4, 4, 4, 4, 4, 2], ' ')}",
        f"FedEx {group(digits(rng, 12, '789'), [4, 4, 4], ' ')}",
        f"invoice INV-{rng.randint(2019, 2026)}-{digits(rng, 6)}",
        f"PO {digits(rng, 4)}-{digits(rng, 5)}",
        f"RMA-{digits(rng, 8)}",
        f"reservation code {alnum(rng, 6, string.ascii_uppercase)}",
        f"ticket #{digits(rng, 6)}",
        f"confirmation {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
    ]
    ref = rng.choice(forms)
    return wrap(
        rng,
        rng.choice(
            [
                f"Where is my {ref}? It's been a week.",
                f"Re: {ref} - wrong size delivered",
                f"{ref} shows delivered but nothing arrived",
                f"Please cancel {ref}.",
                f"Refund status for {ref}?",
                f"Your {ref} has shipped.",
            ]
        ),
    )


def neg_timestamps(rng: Rng) -> str:
    """Epoch seconds and milliseconds, ISO timestamps, log clock times."""
    sec = rng.randint(1_600_000_000, 1_790_000_000)
    y, mo, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice(
        [
            f'ts={sec} level=info msg="cache warmed"',
            f"created_at: {sec}{rng.randint(0, 999):03d}",
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z worker-3 job finished in 412 ms",
            f"[{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{rng.randint(0, 999):03d}] WARN retrying upstream",
            f"The export ran at {h:02d}:{mi:02d}:{s:02d}.{rng.randint(0, 999999):06d} and took forever.",
            f"expires_at={sec + 3600}",
            f"Last modified: {y}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}",
            f"snapshot-{y}{mo:02d}{d:02d}-{h:02d}{mi:02d}.tar.gz was uploaded",
        ]
    )


def neg_versions(rng: Rng) -> str:
    """Version strings, build numbers and dotted release names."""
    a, b, c = rng.randint(0, 30), rng.randint(0, 40), rng.randint(0, 200)
    return rng.choice(
        [
            f"Upgrade to v{a}.{b}.{c} fixed the crash.",
            f"Windows build 10.0.{rng.randint(19000, 26200)}.{rng.randint(1000, 5000)} here",
            f"Python 3.{rng.randint(8, 13)}.{rng.randint(0, 12)} on the server",
            f"release {a}.{b}.{c}-rc.{rng.randint(1, 5)} is tagged",
            f"pinned requests=={a}.{b}.{c} in the lockfile",
            f"firmware {a}.{b:02d}.{c:03d} build {digits(rng, 5)}",
            f"Chrome {rng.randint(100, 140)}.0.{rng.randint(5000, 7000)}.{rng.randint(10, 300)} shows a blank page",
            f"API version {rng.randint(2020, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} is deprecated",
        ]
    )


def neg_dates(rng: Rng) -> str:
    """Dates of appointments, invoices, hires and deadlines: no birth label."""
    y, m, d = rng.randint(1990, 2027), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[m - 1]
    date = rng.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{month} {d}, {y}",
            f"{d} {month[:3]} {y}",
            f"{d:02d}.{m:02d}.{y}",
        ]
    )
    return wrap(
        rng,
        rng.choice(
            [
                f"Your appointment is on {date} at the east clinic.",
                f"Invoice dated {date}, due in thirty days.",
                f"Hired on {date}, probation ends in six months.",
                f"The lease started {date}.",
                f"Date of service: {date}",
                f"Filing deadline {date}",
                f"Policy effective date {date}",
                f"Last seen by the GP on {date}.",
                f"We were married on {date} in Porto.",
                f"Admission date {date}, discharge pending",
            ]
        ),
    )


def neg_zip4(rng: Rng) -> str:
    """US addresses with ZIP+4."""
    z = f"{digits(rng, 5, '123456789')}-{digits(rng, 4)}"
    return wrap(
        rng,
        rng.choice(
            [
                f"Ship to 14 Larch Lane, Springfield, IL {z}",
                f"Mailing address: PO Box 77, Dover, DE {z}",
                f"zip is {z}, the old one was wrong",
                f"Return address\nHarbor Supply Co.\n2 Pier Rd\nNewport, RI {z}",
                f"The clinic moved to Suite 300, Austin, TX {z}.",
            ]
        ),
    )


def neg_isbn(rng: Rng) -> str:
    """ISBNs, compact and hyphenated."""
    isbn = isbn13_make(rng)
    shown = (
        isbn if rng.random() < 0.4 else f"{isbn[:3]}-{isbn[3]}-{isbn[4:7]}-{isbn[7:12]}-{isbn[12]}"
    )
    return wrap(
        rng,
        rng.choice(
            [
                f"ISBN {shown}",
                f"Could you order the textbook, ISBN-13: {shown}?",
                f"the library copy ({shown}) is missing pages",
                f"{shown} is the paperback edition",
                f"Cite it as: Orlen, T. Field Notes. Harbour Press. ISBN {shown}.",
            ]
        ),
    )


def neg_uuids(rng: Rng) -> str:
    """UUIDs, commit hashes and request ids in logs."""
    hx = "0123456789abcdef"
    uid = f"{alnum(rng, 8, hx)}-{alnum(rng, 4, hx)}-4{alnum(rng, 3, hx)}-{rng.choice('89ab')}{alnum(rng, 3, hx)}-{alnum(rng, 12, hx)}"
    return rng.choice(
        [
            f"request_id={uid} status=200 duration_ms=87",
            f"ERROR job {uid} failed: timeout",
            f"trace {uid.replace('-', '')} span {alnum(rng, 16, hx)}",
            f"Fixed in commit {alnum(rng, 40, hx)}.",
            f"sha256:{alnum(rng, 64, hx)}",
            f"session {uid} closed by client",
            f'etag: "{alnum(rng, 32, hx)}"',
        ]
    )


def neg_product_codes(rng: Rng) -> str:
    """Part, model and catalogue numbers that look a bit like phone numbers."""
    code = rng.choice(
        [
            f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 2)}",
            f"{digits(rng, 4)}-{digits(rng, 3)}-{alnum(rng, 2, string.ascii_uppercase)}",
            f"{alnum(rng, 2, string.ascii_uppercase)}-{digits(rng, 3)}-{digits(rng, 4)}",
            f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 2)}",
            f"{digits(rng, 5)}/{digits(rng, 3)}",
            f"{digits(rng, 3)}-{digits(rng, 5)}-{digits(rng, 1)}",
        ]
    )
    return wrap(
        rng,
        rng.choice(
            [
                f"Part no. {code} is out of stock.",
                f"Replacement filter, model {code}",
                f"SKU {code} - blue, size M",
                f"the manual for {code} is missing page four",
                f"Catalogue item {code} (pack of six)",
                f"Serial {code} on the back of the router",
            ]
        ),
    )


def neg_bare_ten(rng: Rng) -> str:
    """Bare ten-digit runs: references, not phone numbers or NPIs."""
    v = digits(rng, 10, "23456789")
    return wrap(
        rng,
        rng.choice(
            [
                f"Reference {v} on the bank transfer",
                f"booking ref {v}",
                f"customer number {v} in the loyalty app",
                f"Claim {v} is under review",
                f"Your parcel {v} is waiting at the depot",
                f"voucher code {v}",
            ]
        ),
    )


def neg_dotted(rng: Rng) -> str:
    """Dotted numbers that are not IP addresses."""
    big = rng.randint(256, 999)
    return rng.choice(
        [
            f"Octets {big}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(0, 255)} are out of range, fix the config.",
            f"See section {rng.randint(1, 12)}.{rng.randint(1, 9)}.{rng.randint(1, 9)} of the handbook.",
            f"Scores were {rng.randint(1, 99)}.{rng.randint(0, 9)} and {rng.randint(1, 99)}.{rng.randint(0, 9)}.",
            f"Mount the shelf at {rng.randint(10, 99)}.{rng.randint(0, 9)} cm.",
            f"Coordinates {rng.randint(10, 60)}.{digits(rng, 4)}, -{rng.randint(10, 120)}.{digits(rng, 4)}",
            f"the bad value was {rng.randint(1, 255)}.{rng.randint(0, 255)}.{big}.{rng.randint(0, 255)} in the form",
        ]
    )


def neg_secret_mentions(rng: Rng) -> str:
    """Talk about keys and tokens with no key or token in it."""
    return rng.choice(
        [
            "The bearer of this letter is authorised to collect the parcel.",
            "The API expects a Bearer token in the Authorization header.",
            "Anthropic keys start with sk-ant- followed by the key body; never commit one.",
            "AWS access key ids begin with AKIA for long-term keys and ASIA for temporary ones.",
            "Set GITHUB_TOKEN in the CI secrets, not in the repo.",
            "Authorization: Bearer <your token here>",
            "ghp_ tokens are classic personal access tokens.",
            "Rotate the key: ANTHROPIC_API_KEY=sk-ant-... in the vault entry.",
            "Bearer tokens expire after one hour by default.",
            "aws_access_key_id = YOUR_KEY_ID",
            "the bearer bonds were redeemed in full",
            "Where do I put my API key? The docs say Bearer auth.",
        ]
    ) + rng.choice(["", " Thanks.", " (see wiki)", ""])


def neg_email_like(rng: Rng) -> str:
    """Handles, decorators, package pins and other text with an @ that is not an address."""
    return rng.choice(
        [
            f"pinned lodash@{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 30)} to fix the build",
            f"thanks @{rng.choice(EMAIL_FIRST)}_{rng.choice(EMAIL_LAST)} for the review!",
            "decorate it with @app.get and @requires_auth",
            f"npm i @types/node@{rng.randint(16, 22)}",
            f"meet @ {rng.randint(1, 11)}pm by the lifts",
            f"the price is 3 @ {rng.randint(2, 19)}.99 each",
            f"image: nginx@sha256:{alnum(rng, 16, '0123456789abcdef')}",
            f"ping @{rng.choice(EMAIL_TAGS)} on the team channel",
        ]
    )


def neg_labels_without_id(rng: Rng) -> str:
    """Identifier labels with no identifier after them."""
    return wrap(
        rng,
        rng.choice(
            [
                "SSN not on file yet, will call the patient.",
                f"My account has {rng.randint(2, 6)} users on it.",
                "MRN pending: registration is still open.",
                "DOB unknown (patient unconscious on arrival).",
                "The client has three open matters with us.",
                f"I've had this account for {rng.randint(2, 19)} years.",
                "NPI missing on the claim, please add it.",
                "Routing number left blank on purpose.",
                f"The matter took {rng.randint(3, 40)} days to settle.",
                "IBAN to follow by secure message.",
                "Email address: (none given)",
                f"Client satisfaction rose {rng.randint(2, 30)} percent this quarter.",
                "Phone number: ask at the desk.",
                "Please never send your card number by e-mail.",
            ]
        ),
    )


def neg_legal_citations(rng: Rng) -> str:
    """Statutes, rules and reporters that are not federal case numbers."""
    return wrap(
        rng,
        rng.choice(
            [
                f"{rng.randint(1, 50)} U.S.C. § {rng.randint(100, 2000)}",
                f"Fed. R. Civ. P. {rng.randint(1, 86)}(b)({rng.randint(1, 7)})",
                f"{rng.randint(100, 599)} U.S. {rng.randint(1, 999)} ({rng.randint(1950, 2024)})",
                f"Pub. L. {rng.randint(100, 118)}-{rng.randint(1, 300)}",
                f"{rng.randint(1, 999)} F.3d {rng.randint(1, 1400)}, {rng.randint(1, 1400)} ({rng.randint(1, 11)}th Cir. {rng.randint(1995, 2020)})",
                f"Form {rng.choice(['1040-SR', '8822-B', 'W-7', 'SS-4'])} instructions, page {rng.randint(2, 9)}",
                f"Section {rng.randint(1, 9)}:{rng.randint(10, 99)} of the bylaws",
                f"Chapter {rng.choice([7, 11, 13])} filing expected next month",
            ]
        ),
    )


def neg_money(rng: Rng) -> str:
    """Amounts, quantities and measurements."""
    return wrap(
        rng,
        rng.choice(
            [
                f"Total: ${rng.randint(1, 999)},{digits(rng, 3)},{digits(rng, 3)}.{digits(rng, 2)}",
                f"We moved {rng.randint(1, 99)} {digits(rng, 3)} {digits(rng, 3)} units last year.",
                f"wire of EUR {rng.randint(1, 99)}.{digits(rng, 3)}.{digits(rng, 3)},{digits(rng, 2)} received",
                f"Population: {rng.randint(1, 9)},{digits(rng, 3)},{digits(rng, 3)}",
                f"{rng.randint(100, 999)} kg at {rng.randint(1, 9)}.{digits(rng, 2)} per kg",
            ]
        ),
    )


NEGATIVES: dict[str, Callable[[Rng], str]] = {
    "luhn_failures": neg_luhn_fail,
    "aba_checksum_failures": neg_aba_fail,
    "ssn_rule_failures": neg_ssn_rules,
    "npi_check_failures": neg_npi_fail,
    "iban_mod97_failures": neg_iban_fail,
    "order_tracking_invoice_numbers": neg_orders,
    "timestamps_and_epochs": neg_timestamps,
    "version_and_build_strings": neg_versions,
    "dates_not_birth_dates": neg_dates,
    "zip_plus_4": neg_zip4,
    "isbns": neg_isbn,
    "uuids_and_hashes_in_logs": neg_uuids,
    "phone_like_product_codes": neg_product_codes,
    "bare_ten_digit_references": neg_bare_ten,
    "dotted_numbers_not_ips": neg_dotted,
    "secret_words_without_secret": neg_secret_mentions,
    "at_signs_not_emails": neg_email_like,
    "labels_without_identifier": neg_labels_without_id,
    "legal_citations_not_case_numbers": neg_legal_citations,
    "amounts_and_quantities": neg_money,
}
NEG_PER_FAMILY = 40


def build(seed: int = SEED) -> dict[str, object]:
    """The whole set, deterministic for a seed."""
    rng = random.Random(seed)
    positive: list[dict[str, str]] = []
    seen: set[str] = set()
    for kind, gen in GENERATORS.items():
        made = 0
        while made < PER_KIND:
            text, value = gen(rng)
            assert text.count(value) == 1, (kind, text, value)
            if text in seen:
                continue
            seen.add(text)
            positive.append({"kind": kind, "text": text, "value": value})
            made += 1
    negative: list[dict[str, str]] = []
    for family, neg in NEGATIVES.items():
        made, tries = 0, 0
        while made < NEG_PER_FAMILY and tries < 2000:
            tries += 1
            text = neg(rng)
            if text in seen:
                continue
            seen.add(text)
            negative.append({"family": family, "text": text})
            made += 1
    about = (
        "Round-4 held-out PII set, written by a session engineer blind to the rules and to "
        "rounds 1-3, from docs/safety.md's claims and the checksum table only. Generated once "
        f"by tests/pii_heldout_r4.py (seed {SEED}): {PER_KIND} identifiers per kind with valid "
        "check digits in varied sentences; negatives are near misses of 20 families. A positive "
        "is found only when a finding of its kind covers exactly `value`."
    )
    return {"_about": about, "positive": positive, "negative": negative}


def main() -> None:
    """Write the set next to this file."""
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
