"""Round-5 held-out PII set: identifiers in sentences, and near misses that are not PII.

Written by a session engineer who had not read the detection rules, their tests or the
earlier held-out sets; the only inputs were the claims in docs/safety.md (forms, labels,
checks) and the checksums in the project's domain notes. Every value is random digits or
letters with its check digits computed here (no real person's data, no text from a public
corpus), placed in sentence frames written for this round: chat messages, forms, e-mails,
clinical and legal notes, logs, with and without labels where the claim allows, with the
claimed separators and prefixes, at the start, middle and end of the text.

Positives carry `value`, the identifier as a person would mark it (no label words). Negatives
are near misses (failed checksums, codes, dates, versions...), checked here against the
shapes they must not take by accident. The file was generated once, from SEED, and the set
must not be regenerated or edited after the rules were measured on it.

Run: python tests/pii_heldout_r5.py  (writes tests/data/pii_heldout_r5.json)

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

SEED = 5_508_219
PER_KIND = 126
OUT = Path(__file__).parent / "data" / "pii_heldout_r5.json"

Gen = Callable[[random.Random], str]

# -- checksums ---------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    """Luhn check over a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """Append the digit that makes `body` pass Luhn."""
    return next(body + c for c in string.digits if luhn_ok(body + c))


def aba_ok(digits: str) -> bool:
    """ABA routing checksum: weights 3, 7, 1 repeating, sum divisible by 10."""
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


ABA_PREFIXES = [f"{p:02d}" for p in (*range(1, 13), *range(21, 33))]
ABA_BAD_PREFIXES = [
    f"{p:02d}" for p in (*range(13, 21), *range(33, 60), *range(73, 80), *range(81, 90))
]


def aba_in_range(digits: str) -> bool:
    """A valid routing number: checksum and a Federal Reserve (or thrift) prefix."""
    return (
        len(digits) == 9
        and digits[:2] in ABA_PREFIXES + [f"{p}" for p in range(61, 73)] + ["80"]
        and aba_ok(digits)
    )


def iban_ok(iban: str) -> bool:
    """ISO 13616 mod 97 check on a compact IBAN."""
    s = iban.upper()
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def npi_ok(digits: str) -> bool:
    """NPI check: Luhn over 80840 followed by the ten digits."""
    return len(digits) == 10 and luhn_ok("80840" + digits)


def ssn_ok(a: str, g: str, s: str) -> bool:
    """SSN issuance rules for area, group and serial."""
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


ITIN_MIDDLE = [*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)]


def network_prefix(digits: str) -> bool:
    """First digits of a payment network (ISO/IEC 7812) as the spec lists them."""
    n = len(digits)
    if digits[0] in "456":
        return True
    if digits[0] == "3":
        return digits[:2] in ("30", "34", "35", "36", "37", "38", "39")
    if digits[0] == "2":
        return 2221 <= int(digits[:4]) <= 2720
    return digits[0] == "1" and n == 15


def digits_of(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


# -- value generators --------------------------------------------------------------------

DASHES = ["-", "-", "-", "\u2010", "\u2011", "\u2013", "\u2212"]
SPACES = [" ", " ", " ", " ", "\u00a0", "\u2009", "\u202f"]

CARD_NETWORKS: list[tuple[Callable[[random.Random], str], int, list[tuple[int, ...]]]] = [
    (lambda r: "4", 16, [(4, 4, 4, 4)]),
    (lambda r: "4", 13, []),
    (lambda r: "4", 19, [(4, 4, 4, 4, 3)]),
    (lambda r: str(r.randint(51, 55)), 16, [(4, 4, 4, 4)]),
    (lambda r: str(r.randint(2221, 2720)), 16, [(4, 4, 4, 4)]),
    (lambda r: r.choice(["34", "37"]), 15, [(4, 6, 5)]),
    (lambda r: r.choice(["36", "38", "300", "305"]), 14, [(4, 6, 4)]),
    (lambda r: r.choice(["6011", "65", "644", "649"]), 16, [(4, 4, 4, 4)]),
    (lambda r: str(r.randint(3528, 3589)), 16, [(4, 4, 4, 4)]),
    (lambda r: "62", 16, [(4, 4, 4, 4)]),
    (lambda r: "62", 19, [(4, 4, 4, 4, 3)]),
    (lambda r: "1", 15, []),
]
CARD_WEIGHTS = [30, 4, 3, 14, 8, 10, 4, 7, 4, 3, 2, 2]


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, i = [], 0
    for n in sizes:
        parts.append(digits[i : i + n])
        i += n
    return sep.join(parts)


def card_digits(r: random.Random) -> tuple[str, list[tuple[int, ...]]]:
    prefix_of, length, groupings = r.choices(CARD_NETWORKS, CARD_WEIGHTS)[0]
    while True:
        prefix = prefix_of(r)
        number = luhn_complete(prefix + digits_of(r, length - len(prefix) - 1))
        if len(set(number)) > 1:
            return number, groupings


def card_sep(r: random.Random) -> str:
    kind = r.choices(["space", "dash", "dot", "slash"], [55, 33, 7, 5])[0]
    if kind == "space":
        return r.choice(SPACES)
    if kind == "dash":
        return r.choice(DASHES)
    return "." if kind == "dot" else "/"


def gen_card(r: random.Random) -> str:
    number, groupings = card_digits(r)
    if not groupings or r.random() < 0.22:
        return number
    return group(number, r.choice(groupings), card_sep(r))


def ssn_parts(r: random.Random) -> tuple[str, str, str]:
    while True:
        a, g, s = f"{r.randint(1, 899):03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
        if ssn_ok(a, g, s):
            return a, g, s


def sep_324(r: random.Random) -> str:
    return r.choices(
        ["-", " ", ".", r.choice(DASHES[3:]), r.choice(SPACES[4:])], [60, 20, 8, 7, 5]
    )[0]


def gen_ssn_grouped(r: random.Random) -> str:
    sep = sep_324(r)
    return sep.join(ssn_parts(r))


def gen_ssn_compact(r: random.Random) -> str:
    while True:
        v = "".join(ssn_parts(r))
        if not aba_in_range(v):
            return v


def itin_parts(r: random.Random) -> tuple[str, str, str]:
    return f"9{r.randint(0, 99):02d}", f"{r.choice(ITIN_MIDDLE):02d}", f"{r.randint(0, 9999):04d}"


def gen_itin_grouped(r: random.Random) -> str:
    return sep_324(r).join(itin_parts(r))


def gen_itin_compact(r: random.Random) -> str:
    return "".join(itin_parts(r))


def gen_aba(r: random.Random) -> str:
    body = r.choice(ABA_PREFIXES) + digits_of(r, 6)
    return next(body + c for c in string.digits if aba_ok(body + c))


IBAN_BBAN = {
    "DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n",
    "BE": "12n", "AT": "16n", "CH": "17n", "IE": "4a14n", "PL": "24n", "SE": "20n",
    "DK": "14n", "FI": "14n", "NO": "11n", "PT": "21n", "LU": "16n",
}  # fmt: skip


def iban_compact(r: random.Random, country: str | None = None) -> str:
    country = country or r.choice(list(IBAN_BBAN))
    bban = ""
    for count, cls in re.findall(r"(\d+)([an])", IBAN_BBAN[country]):
        pool = string.ascii_uppercase if cls == "a" else string.digits
        bban += "".join(r.choice(pool) for _ in range(int(count)))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def iban_format(r: random.Random, compact: str) -> str:
    style = r.choices(["space", "compact", "dash", "lower"], [58, 24, 10, 8])[0]
    if style == "compact":
        return compact
    groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
    if style == "dash":
        return "-".join(groups)
    text = " ".join(groups)
    return text.lower() if style == "lower" else text


def gen_iban(r: random.Random) -> str:
    return iban_format(r, iban_compact(r))


def gen_account(r: random.Random) -> str:
    while True:
        v = str(r.randint(1, 9)) + digits_of(r, r.choice([5, 6, 7, 7, 8, 9, 9, 10, 11, 12]))
        if not (len(v) == 9 and aba_in_range(v)) and not (len(v) >= 13 and luhn_ok(v)):
            return v


FIRST = ["maria", "tomas", "aiko", "dev", "lena", "omar", "priya", "jonas", "fatima", "kofi",
         "sven", "ines", "rafael", "mei", "yusuf", "clara", "nikolai", "amara", "hugo", "zara",
         "bea", "callum", "dara", "elif", "gio"]  # fmt: skip
LAST = ["okafor", "lindqvist", "haddad", "moreau", "tanaka", "brennan", "castillo", "novak",
        "mensah", "ibarra", "kowalczyk", "ferreira", "osei", "nakamura", "delacroix", "weber",
        "quispe", "rahman", "fitzgerald", "varga", "achterberg", "solberg"]  # fmt: skip
DOMAINS = ["example.com", "example.org", "mail.example.net", "harborview-health.org",
           "lakeside-legal.com", "quillmail.net", "fjordbank.no", "corvid.io",
           "mapleleaf-dental.ca", "kestrel.co.uk", "tallgrass.farm", "uni-nordheim.de",
           "patients.riverbend-clinic.org", "ops.brightforge.dev", "studio-nine.fr",
           "greenhollow.edu", "pinecrest-law.us", "m.tidepool.app"]  # fmt: skip


def gen_email(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST)
    local = r.choice([
        f"{f}.{last}", f"{f}{last}", f"{f[0]}{last}", f"{f}_{last}", f"{f}.{last}{r.randint(1, 99)}",
        f"{f}+{r.choice(['billing', 'news', 'work', 'rx'])}", f"{last}.{f[0]}", f"{f}-{last}",
        f"{f}{r.randint(70, 2009)}", f"{f[0]}.{last}",
    ])  # fmt: skip
    if r.random() < 0.12:
        local = local.capitalize()
    return f"{local}@{r.choice(DOMAINS)}"


def nanp(r: random.Random) -> tuple[str, str, str]:
    while True:
        area = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if area[1:] != "11":
            return area, f"{r.randint(2, 9)}{digits_of(r, 2)}", digits_of(r, 4)


def gen_phone(r: random.Random) -> tuple[str, bool]:
    """A phone number and whether the claim needs a telephony word beside it."""
    a, e, n = nanp(r)
    style = r.randint(0, 33)
    nanp_forms = [
        f"{a}-{e}-{n}", f"({a}) {e}-{n}", f"({a}){e}-{n}", f"{a}.{e}.{n}", f"{a} {e} {n}",
        f"+1 {a} {e} {n}", f"+1-{a}-{e}-{n}", f"+1 ({a}) {e}-{n}", f"1-{a}-{e}-{n}",
        f"001-{a}-{e}-{n}", f"011 1 {a} {e} {n}", f"+1{a}{e}{n}", f"{a}\u2010{e}\u2010{n}",
        f"+1.{a}.{e}.{n}", f"{a}-{e}-{n} ext. {r.randint(10, 999)}", f"({a}) {e}-{n} x{r.randint(10, 9999)}",
        f"{a}\u00a0{e}\u00a0{n}", f"+1 {a}-{e}-{n}",
    ]  # fmt: skip
    if style < len(nanp_forms):
        return nanp_forms[style], False

    def d(k: int) -> str:
        return digits_of(r, k)

    intl = [
        (f"+44 20 {r.randint(7, 8)}{d(3)} {d(4)}", False), (f"+44 7{d(3)} {d(6)}", False),
        (f"0044 161 {d(3)} {d(4)}", False), (f"020 {r.randint(7, 8)}{d(3)} {d(4)}", False),
        (f"07{d(3)} {d(6)}", True), (f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", False),
        (f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", False), (f"+49 30 {d(8)}", False),
        (f"0049 89 {d(7)}", False), (f"+61 2 {d(4)} {d(4)}", False), (f"+81 3-{d(4)}-{d(4)}", False),
        (f"+34 91 {d(3)} {d(2)} {d(2)}", False), (f"011 44 20 {r.randint(7, 8)}{d(3)} {d(4)}", False),
        (f"+4420{r.randint(7, 8)}{d(7)}", False), (f"0{r.randint(1, 9)} {d(2)} {d(2)} {d(2)} {d(2)}", True),
        (f"030 {d(8)}", True),
    ]  # fmt: skip
    return intl[r.randrange(len(intl))]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def gen_dob(r: random.Random) -> str:
    y, m, dd = r.randint(1931, 2008), r.randint(1, 12), r.randint(1, 28)
    full, abbr = MONTHS[m - 1], MONTHS[m - 1][:3]
    forms = [
        f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}.{m:02d}.{y}",
        f"{m:02d}-{dd:02d}-{y}", f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y % 100:02d}",
        f"{full} {dd}, {y}", f"{dd} {abbr} {y}", f"{dd:02d}-{abbr}-{y}", f"{dd} {full} {y}",
        f"{y}-{m:02d}-{dd:02d}", f"{full} {dd}, {y}", f"{m}/{dd}/{y}",
    ]  # fmt: skip
    return r.choice(forms)


def gen_mrn(r: random.Random) -> str:
    style = r.choices(["digits", "letters", "groups"], [60, 25, 15])[0]
    if style == "groups":
        return r.choice([f"{digits_of(r, 2)}-{digits_of(r, 3)}-{digits_of(r, 3)}",
                         f"{digits_of(r, 3)}-{digits_of(r, 3)}-{digits_of(r, 3)}",
                         f"{digits_of(r, 4)}-{digits_of(r, 4)}"])  # fmt: skip
    while True:
        v = digits_of(r, r.randint(5, 12))
        if style == "letters":
            letters = "".join(r.choice("ABCDEFGHJKMNPRTUVWXYZ") for _ in range(r.randint(1, 3)))
            return letters + digits_of(r, r.randint(5, 9))
        if not (len(v) == 9 and aba_in_range(v)) and not (len(v) == 10 and v[0] in "12"):
            return v


def gen_npi(r: random.Random) -> str:
    body = r.choice("12") + digits_of(r, 8)
    return next(body + c for c in string.digits if npi_ok(body + c))


def gen_ip(r: random.Random) -> str:
    style = r.choices(["v4", "v6full", "v6short", "v6mapped"], [62, 14, 21, 3])[0]
    if style == "v4":
        first = r.choice([10, 192, 172, 203, 198, r.randint(1, 223)])
        if first == 192:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if first == 172:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if first == 203:
            return f"203.0.113.{r.randint(1, 254)}"
        if first == 198:
            return f"198.51.100.{r.randint(1, 254)}"
        first = 11 if first == 127 else first
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if style == "v6mapped":
        return f"::ffff:{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    groups = [r.randint(0, 0xFFFF) for _ in range(8)]
    groups[0] = r.choice([0x2001, 0x2A02, 0x2600, 0xFE80, 0x2403, 0xFD12])
    if style == "v6short":
        start = r.randint(1, 5)
        for i in range(start, start + r.randint(2, 3)):
            groups[i] = 0
        addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)).compressed
    else:
        addr = ":".join(f"{g:x}" if r.random() < 0.6 else f"{g:04x}" for g in groups)
    return addr.upper() if r.random() < 0.2 else addr


URLSAFE = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits


def rand_str(r: random.Random, pool: str, n: int) -> str:
    body = "".join(r.choice(pool) for _ in range(n - 1))
    return body + r.choice([c for c in pool if c.isalnum()])


def gen_secret(r: random.Random) -> tuple[str, str]:
    """A secret value and its type (bearer tokens need their own frames)."""
    kind = r.choices(["anthropic", "aws", "github", "bearer"], [30, 25, 20, 25])[0]
    if kind == "anthropic":
        mid = r.choice(["api03-", "api03-", "admin01-"])
        return "sk-ant-" + mid + rand_str(r, URLSAFE, r.randint(80, 95)), kind
    if kind == "aws":
        return r.choice(["AKIA", "AKIA", "ASIA"]) + rand_str(
            r, string.ascii_uppercase + "234567", 16
        ), kind
    if kind == "github":
        return "ghp_" + rand_str(r, ALNUM, 36), kind
    if r.random() < 0.5:
        segs = ["eyJ" + rand_str(r, URLSAFE, n) for n in (r.randint(20, 40), r.randint(40, 90))]
        return ".".join([*segs, rand_str(r, URLSAFE, 43)]), kind
    return rand_str(r, ALNUM + "-._~", r.randint(28, 64)), kind


def gen_client(r: random.Random) -> str:
    style = r.choices(["plain", "cm"], [82, 18])[0]
    if style == "cm":
        return f"{digits_of(r, r.randint(4, 6))}-{digits_of(r, 3)}"
    return str(r.randint(1, 9)) + digits_of(r, r.randint(3, 7))


def gen_case(r: random.Random) -> str:
    kind = r.choices(["cv", "cr", "mj", "mc", "CV", "CR"], [50, 25, 8, 7, 6, 4])[0]
    return f"{r.randint(1, 9)}:{r.randint(2, 26):02d}-{kind}-{r.randint(1, 99999):05d}"


# -- sentence frames ----------------------------------------------------------------------

OPENERS = ["Hi, ", "Hello team - ", "Quick one: ", "Re: your message. ", "FYI ", "Morning! ",
           "Sorry to bother you again, ", "Per our call, "]  # fmt: skip
CLOSERS = [" Thanks!", " Thank you.", " Cheers", " -- sent from my phone", " Regards, front desk",
           " Let me know if anything else is needed.", " :)"]  # fmt: skip

CARD_FRAMES = [
    "Please charge {v} for the annual plan.",
    "Card number: {v}",
    "{v} is the card I used at checkout, can you look it up?",
    "I was double-billed on card {v} yesterday, please refund one of them.",
    "Payment method\n  Card: {v}\n  Name on card: J. Rivera",
    "The corporate card ({v}) was declined twice this morning.",
    "cc {v} exp 09/29",
    "| 2026-11-30 | {v} | $48.20 | settled |",
    "Replace my lost card {v}, it was taken on the train.",
    "Could you update billing to {v}? The old one expired.",
    'card_number: "{v}"',
    "I typed {v} but the form keeps saying invalid.",
    "charge it to {v}",
    "new card -> {v} (old one cancelled)",
    "Hola, mi tarjeta es {v}, gracias.",
    "Refund to the original card, {v}, within five business days.",
    "FWIW the card on file should be {v}, not the old one.",
    "Caller read the card aloud as {v} during the call.",
    "Can you remove {v} from my wallet?",
    "Billing note: customer switched to {v} on 3 March.",
    "{v}",
    "PAN={v};",
    "The receipt shows the full number, {v}, which seems wrong?",
    "Use my debit card {v} for the deposit and keep the rest on account.",
    "my kid used my card ({v}) to buy game credits without asking",
]

SSN_LABELED = [
    "My SSN is {v}.",
    "SSN: {v}",
    "The applicant's social security number is {v}.",
    "social security {v} (please keep this private)",
    "Employee SSN on the withholding form is {v}",
    "I think my social security number was entered wrong, it should be {v} and not what you have.",
    "SSN of the spouse, for the joint return: {v}",
    "Can you verify SSN {v} against the payroll record?",
    "ssn={v}",
    "Social Security Number (SSN): {v}",
    "Please update the SSN listed for my son, the correct one is {v}.",
    "Name: Dara Solberg\nSSN: {v}\nEmployer: Tallgrass Farm Co.",
    "her social security no. is {v} if the portal asks",
    "SSN -- {v} -- verified by phone",
    "Applicant SSN {v}; prior address on file.",
    "For the background check I need your SSN. Mine: {v}",
]
SSN_PLAIN = [
    "Here it is: {v}. Let me know if you need my license too.",
    "He wrote {v} on the intake sheet but the box was too small.",
    "{v} - that's the number from the blue card.",
    "Tax form line 2 shows {v}, is that right?",
    "copying it from the letter: {v}",
    "The form was rejected because {v} did not match our records.",
]

ITIN_LABELED = [
    "My ITIN is {v}.",
    "ITIN: {v}",
    "The ITIN issued to my spouse is {v}",
    "Individual Taxpayer Identification Number: {v}",
    "taxpayer identification number {v} (renewed this year)",
    "TIN {v} was rejected by the e-file system, can you check?",
    "ITIN on the W-7 is {v}.",
    "Please file under ITIN {v}, not my old number.",
    "Dependent's individual taxpayer identification number is {v}",
    "itin={v}",
    "The IRS letter confirms my ITIN, which is {v}, as active.",
    "TIN: {v} | filing status: single",
]
ITIN_PLAIN = [
    "Number from the IRS letter: {v}",
    "I renewed {v} last spring; do I need to send it again?",
    "{v} is on the CP565 notice they mailed me.",
    "Payee number {v} appears on box 2.",
]

ABA_FRAMES = [
    "Routing number: {v}",
    "ABA {v}, account details to follow separately.",
    "The routing number printed on the left of my check is {v}.",
    "RTN {v}",
    "Wire instructions: ABA routing {v}, First Prairie Bank, Des Moines.",
    "please use routing # {v} for the direct deposit",
    "{v} is the routing number for the credit union.",
    "ACH via {v} (Harbor Mutual)",
    "routing={v}",
    "Is {v} the right transit number for paper checks or only for wires?",
    "Bank: Cedar Valley Savings\nRouting: {v}",
    "I changed banks; the new ABA number is {v}.",
    "The payroll form asks for the nine-digit routing code. It's {v}.",
    "Direct deposit bounced - they had {v} on file",
    "ABA/RTN: {v}",
    "use {v} as the routing number when you set up the transfer",
]

IBAN_FRAMES = [
    "IBAN: {v}",
    "Please wire the deposit to {v} (beneficiary: Atelier Nord).",
    "Bankverbindung: IBAN {v}",
    "pay into {v} before Friday please",
    "New bank details - IBAN {v}, BIC to follow.",
    "{v} is our account for euro transfers.",
    "Refund to IBAN {v} instead of the card, thanks.",
    "Could you confirm the transfer to {v} went out today?",
    "Beneficiary IBAN\n{v}\nReference: rent December",
    "iban={v}",
    "The invoice lists {v} as the payee account.",
    "Mon IBAN est {v}.",
    "I think I gave you the wrong IBAN. Correct one: {v}",
    "SEPA mandate signed for {v}.",
]

ACCOUNT_FRAMES = [
    "Account number: {v}",
    "acct {v}",
    "Acct. #{v}",
    "a/c {v}",
    "A/C No. {v}",
    "My checking account is {v}.",
    "savings account {v} shows a hold I don't recognise",
    "Please close account {v} effective today.",
    "account no:{v}",
    "Transfer $250 from acct {v} to my brokerage.",
    "The statement for account number {v} never arrived.",
    "account # {v} - please add my wife as joint holder",
    "Can you tell me why account {v} was charged a fee?",
    "Utility account: {v}",
    "Loan account {v}, payment due on the 15th.",
    "Acct {v} / branch 12",
    "Re: account {v}\nThe autopay failed again this month.",
    "Please credit the refund to account number {v}.",
    "I'm writing about my account, number {v}, which was frozen.",
    "Customer says acct. no. is {v}",
]

EMAIL_FRAMES = [
    "You can reach me at {v}.",
    "Email: {v}",
    "Send the results to {v} please",
    "{v} is my new address, the old one is closed.",
    "From: {v}\nSubject: appointment",
    "Contact <{v}> for access.",
    "cc {v} on the next reply",
    "mailto:{v}",
    "my email changed to {v} -- update the portal?",
    '"email": "{v}",',
    "Invite {v} to the shared folder, read-only.",
    "The receipt went to {v} instead of me.",
    "Questions? Write to {v} or use the chat.",
    "Reply-To: {v}",
    "Please unsubscribe {v} from the newsletter.",
    "Login fails for user {v} since Monday.",
    "(e-mail {v})",
    "Our billing contact is {v}; the CFO is copied.",
    "signup: {v}, plan pro, seats 3",
    "I sent it from {v} at around noon.",
]

PHONE_ANY = [
    "Call me on {v} after six.",
    "My mobile is {v}",
    "Tel: {v}",
    "Phone {v}",
    "you can ring {v} any weekday",
    "Contact number: {v}",
    "{v} is my work line.",
    "Please call {v} to reschedule.",
    "Best phone for me is {v}.",
    "fax: {v}",
    "cell {v}, text first",
    "Phone: {v}\nHours: 9-5",
]
PHONE_PLAIN = [
    "Reach the front desk at {v}.",
    "{v} (after hours)",
    "Her number changed to {v} last week.",
    "Office: {v}",
    "Emergency contact: Lena Weber, {v}",
    "The pharmacy at {v} has the refill ready.",
    "for support dial {v} and press 2",
    "Try {v} if the portal is down.",
]

DOB_FRAMES = [
    "DOB: {v}",
    "Patient DOB {v}, presenting with cough.",
    "My date of birth is {v}.",
    "I was born on {v} in Porto.",
    "born {v}",
    "Name: A. Varga | DOB: {v} | Sex: F",
    "Can you confirm the birth date on file? It should be {v}.",
    "Date of Birth: {v}",
    "Her DOB was entered as {v} on the referral.",
    "The child, born {v}, is due for a booster.",
    "birth date {v}",
    "Pt is a 54 y/o M, DOB {v}.",
    "date of birth listed on her passport, if that helps, is {v}",
    "dob={v}",
    "He was born {v} and moved here in 2010.",
    "Member birth date: {v}\nPlan: Silver",
    "Please correct my date of birth to {v}; the card says otherwise.",
    "DOB {v} - verified with two identifiers",
]

MRN_FRAMES = [
    "MRN: {v}",
    "Patient MRN is {v}",
    "medical record number {v}",
    "Please pull the chart for MRN {v} before rounds.",
    "MRN on the wristband, it should be {v}",
    "Pt: J. Mensah, MRN {v}, bed 12",
    "Medical Record #: {v}",
    "MRN {v} - allergy list updated",
    "The medical record number of the patient is {v}.",
    "Labs attached for mrn {v}.",
    "Can you merge MRN {v} with the duplicate chart?",
    "medical record no. {v} / admitted via ED",
    "MRN#{v}",
    "Discharge summary\nMRN: {v}\nAttending: Dr. Osei",
    "The MRN printed on my after-visit summary is {v}.",
]

NPI_FRAMES = [
    "NPI: {v}",
    "Ordering provider NPI {v}",
    "National Provider Identifier (NPI): {v}",
    "the NPI listed for Dr. Alvarez on the referral is {v}",
    "Rendering provider: Dr. K. Mensah, NPI {v}",
    "Please add NPI {v} to the claim, box 24J.",
    "My national provider identifier is {v}.",
    "npi={v}",
    "Referring provider {v} is not enrolled with the plan.",
    "Billing NPI - {v}",
    "Can you check whether NPI {v} is active?",
    "Prescriber: Nakamura, NPI #{v}",
    "provider number {v} (group practice)",
]

IP_FRAMES = [
    "Failed password for admin from {v} port 52144 ssh2",
    "client_ip={v} status=403",
    "X-Forwarded-For: {v}",
    "My home IP is {v}, can you allowlist it?",
    "ping {v} times out from the office",
    "The login came from {v}, which isn't us.",
    "Server: {v}",
    "please block {v} - it's hammering the API",
    '{{"remote_addr": "{v}", "path": "/login"}}',
    '{v} - - [06/Dec/2026:10:14:02 +0000] "GET /health HTTP/1.1" 200',
    "Our VPN exit address is {v}.",
    "DNS points to {v} now",
    "gateway {v} unreachable",
    "Connection reset by peer ({v})",
]
IP_V4_ONLY = ["curl http://{v}:8080/status", "listening on {v}:5432"]

SECRET_FRAMES = [
    "ANTHROPIC_API_KEY={v}",
    "Here's the key: {v}",
    "token: {v}",
    "I accidentally pasted {v} in the public channel, rotate it?",
    'api_key = "{v}"',
    "export KEY={v}",
    "Is {v} still valid? It returns 401.",
    "credentials:\n  key: {v}",
]
SECRET_AWS = ["aws_access_key_id = {v}", "AWS_ACCESS_KEY_ID={v}", "access key {v} (prod)"]
SECRET_GH = ["GITHUB_TOKEN: {v}", "GH_TOKEN={v}"]
SECRET_BEARER = [
    "Authorization: Bearer {v}",
    "curl -H 'Authorization: Bearer {v}' https://api.example.com/v1/items",
    "headers = {{'Authorization': 'Bearer {v}'}}",
    "authorization: bearer {v}",
    "Use BEARER {v} for the staging API.",
    "The failing request had Bearer {v} in the header",
    "bearer {v}",
]

CLIENT_FRAMES = [
    "Client {v}",
    "client no. {v}",
    "Client number: {v}",
    "client ID {v}",
    "Matter {v}",
    "matter no. {v} - draft motion attached",
    "Matter number: {v}",
    "Re: client {v}, engagement letter",
    "Client #{v}",
    "Please open a new file under client {v}.",
    "Time entry: 1.2h, matter {v}, research",
    "Billing for client {v} is overdue.",
    "Client-matter: {v}",
    "conflict check cleared for matter {v}",
    "The retainer for client number {v} was received.",
]

CASE_FRAMES = [
    "Case No. {v}",
    "Civil Action No. {v}",
    "See the order in {v}, ECF No. 14.",
    "docket {v}",
    "The complaint in {v} was filed on Monday.",
    "{v} (S.D.N.Y.)",
    "In re Cedar Valley Savings, No. {v}",
    "Please calendar the hearing in case {v}.",
    "United States v. Doe, {v}",
    "Case: {v} | Judge: TBD",
    "Motion to dismiss, {v}, fully briefed.",
    "pull the transcript for {v}",
]


def wrap(r: random.Random, text: str) -> str:
    """Sometimes put the sentence inside a longer chat message."""
    if r.random() < 0.2 and not text.startswith("{"):
        lower = text[1:2].islower() and not text.startswith("I ")
        text = r.choice(OPENERS) + (text[0].lower() + text[1:] if lower else text)
    if r.random() < 0.2:
        text += r.choice(CLOSERS)
    return text


def make_positive(r: random.Random, kind: str) -> tuple[str, str]:
    """One (text, value) for `kind`."""
    if kind == "CARD":
        v, frames = gen_card(r), CARD_FRAMES
    elif kind in ("SSN", "ITIN"):
        grouped = r.random() < 0.7
        plain = SSN_PLAIN if kind == "SSN" else ITIN_PLAIN
        labeled = SSN_LABELED if kind == "SSN" else ITIN_LABELED
        if kind == "SSN":
            v = gen_ssn_grouped(r) if grouped else gen_ssn_compact(r)
        else:
            v = gen_itin_grouped(r) if grouped else gen_itin_compact(r)
        frames = labeled + plain if grouped else labeled
    elif kind == "ABA":
        v, frames = gen_aba(r), ABA_FRAMES
    elif kind == "IBAN":
        v, frames = gen_iban(r), IBAN_FRAMES
    elif kind == "ACCOUNT":
        v, frames = gen_account(r), ACCOUNT_FRAMES
    elif kind == "EMAIL":
        v, frames = gen_email(r), EMAIL_FRAMES
    elif kind == "PHONE":
        v, needs_word = gen_phone(r)
        frames = PHONE_ANY if needs_word else PHONE_ANY + PHONE_PLAIN
    elif kind == "DOB":
        v, frames = gen_dob(r), DOB_FRAMES
    elif kind == "MRN":
        v, frames = gen_mrn(r), MRN_FRAMES
    elif kind == "NPI":
        v, frames = gen_npi(r), NPI_FRAMES
    elif kind == "IP":
        v = gen_ip(r)
        frames = IP_FRAMES + IP_V4_ONLY if ":" not in v else IP_FRAMES
    elif kind == "SECRET":
        v, skind = gen_secret(r)
        frames = {"bearer": SECRET_BEARER, "aws": SECRET_FRAMES + SECRET_AWS,
                  "github": SECRET_FRAMES + SECRET_GH}.get(skind, SECRET_FRAMES)  # fmt: skip
    elif kind == "CLIENT_ID":
        v, frames = gen_client(r), CLIENT_FRAMES
    else:
        v, frames = gen_case(r), CASE_FRAMES
    frame = r.choice(frames)
    if kind not in ("SECRET", "IP") and "\n" not in frame and frame != "{v}":
        frame = wrap(r, frame)
    return frame.replace("{{", "{").replace("}}", "}").replace("{v}", v), v


KINDS = ["CARD", "SSN", "ITIN", "IBAN", "ABA", "ACCOUNT", "EMAIL", "PHONE", "DOB", "MRN",
         "NPI", "IP", "SECRET", "CLIENT_ID", "CASE_NO"]  # fmt: skip


def positives(r: random.Random) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for kind in KINDS:
        seen: set[str] = set()
        while len(seen) < PER_KIND:
            text, value = make_positive(r, kind)
            if text in seen or text.count(value) != 1:
                continue
            seen.add(text)
            out.append({"kind": kind, "text": text, "value": value})
    return out


# -- near misses --------------------------------------------------------------------------


def neg_card_luhn(r: random.Random) -> str:
    while True:
        number, groupings = card_digits(r)
        bad = number[:-1] + str((int(number[-1]) + r.randint(1, 9)) % 10)
        if not luhn_ok(bad):
            break
    v = (
        group(bad, r.choice(groupings), r.choice([" ", "-", " "]))
        if groupings and r.random() < 0.8
        else bad
    )
    return r.choice([
        "Card {v} was declined: the bank says the number is invalid.",
        "I typed {v} but I think I swapped two digits.",
        "card: {v} (customer misread it, call back)",
        "The form rejected {v} as not a valid card number.",
        "charge {v}?? that doesn't look right, please re-check",
        "Payment failed for card {v}: checksum error.",
        "Visa {v} - typo on the order form",
    ]).replace("{v}", v)  # fmt: skip


def neg_card_prefix(r: random.Random) -> str:
    if r.random() < 0.15:
        v = r.choice(["0000 0000 0000 0000", "8888 8888 8888 8888", "0000-0000-0000-0000"])
    else:
        number = luhn_complete(r.choice("7890") + digits_of(r, r.choice([14, 15, 17])))
        v = group(number, (4, 4, 4, 4), " ") if len(number) == 16 else number
    return r.choice([
        "Gift card {v}, balance $25.",
        "Loyalty number {v} - points not credited after my last stay.",
        "library card {v} expired, how do I renew?",
        "The test form is prefilled with {v} as a placeholder.",
        "Fuel card {v} is assigned to van 7.",
        "Membership no. {v}",
        "Transit pass {v} needs a top-up.",
    ]).replace("{v}", v)  # fmt: skip


def neg_aba(r: random.Random) -> str:
    while True:
        if r.random() < 0.6:
            v = r.choice(ABA_PREFIXES) + digits_of(r, 7)
            if not aba_ok(v):
                break
        else:
            body = r.choice(ABA_BAD_PREFIXES) + digits_of(r, 6)
            v = next(body + c for c in string.digits if aba_ok(body + c))
            break
    return r.choice([
        "The routing number {v} bounced; the bank says it does not exist.",
        "Routing: {v}?  I think a digit is off.",
        "Reference {v} on the remittance slip.",
        "Claim {v} is still pending review.",
        "Your confirmation code is {v}.",
        "Ticket {v} closed as duplicate.",
        "Student ID {v} - please bring it to the exam.",
        "Batch {v} shipped to the warehouse.",
    ]).replace("{v}", v)  # fmt: skip


def neg_ssn_itin(r: random.Random) -> str:
    style = r.randint(0, 5)
    if style == 0:
        a, g, s = "000", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    elif style == 1:
        a, g, s = "666", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    elif style == 2:
        a, g, s = f"{r.randint(1, 899):03d}", "00", f"{r.randint(1, 9999):04d}"
    elif style == 3:
        a, g, s = f"{r.randint(1, 899):03d}", f"{r.randint(1, 99):02d}", "0000"
    else:
        middle = r.choice([*range(0, 50), 66, 67, 68, 69, 89, 93])
        a, g, s = f"9{r.randint(0, 99):02d}", f"{middle:02d}", f"{r.randint(1, 9999):04d}"
    a = "667" if a == "666" and style != 1 else a
    v = r.choice(["-", "-", " "]).join((a, g, s))
    return r.choice([
        "SSN {v} was rejected: that number is never issued.",
        "The sample form shows {v} as the example.",
        "ITIN {v} came back invalid from the IRS check.",
        "Lot {v} failed QA.",
        "the intake clerk typed {v}, which the system flagged as impossible",
        "Reference {v}",
        "Voucher {v} applied to the order.",
    ]).replace("{v}", v)  # fmt: skip


def neg_npi(r: random.Random) -> str:
    while True:
        v = (
            r.choice("12") + digits_of(r, 9)
            if r.random() < 0.7
            else r.choice("3456789") + digits_of(r, 9)
        )
        if not npi_ok(v) or v[0] not in "12":
            break
    return r.choice([
        "NPI {v} not found in the registry - typo?",
        "The NPI on the claim, {v}, fails validation.",
        "Order {v} was split into two parcels.",
        "Invoice {v} is overdue by 30 days.",
        "Shipment {v} left the depot.",
        "Policy {v} renews automatically.",
    ]).replace("{v}", v)  # fmt: skip


def neg_iban(r: random.Random) -> str:
    compact = iban_compact(r)
    while True:
        bad = compact[:2] + f"{r.randint(2, 98):02d}" + compact[4:]
        if not iban_ok(bad):
            break
    v = " ".join(bad[i : i + 4] for i in range(0, len(bad), 4)) if r.random() < 0.7 else bad
    return r.choice([
        "Batch code {v}",
        "The IBAN {v} was rejected by the bank: check digits wrong.",
        "Container seal {v} recorded at the port.",
        "Lot/serial: {v}",
        "Warranty key {v} - keep this card.",
        "the transfer to {v} failed validation, please resend the details",
    ]).replace("{v}", v)  # fmt: skip


def neg_orders(r: random.Random) -> str:
    def d(k: int) -> str:
        return digits_of(r, k)

    style = r.randint(0, 11)
    if style == 0:
        return f"Order #{r.randint(100, 999)}-{d(7)}-{d(7)} has shipped."
    if style == 1:
        return f"Order number: {gen_aba(r) if r.random() < 0.5 else d(9)}-{d(2)}"
    if style == 2:
        return f"Invoice INV-{r.randint(2019, 2026)}-{d(6)} is attached."
    if style == 3:
        return f"UPS tracking 1Z{''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))}"
    if style == 4:
        return f"USPS tracking: 94{d(2)} {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}"
    if style == 5:
        card, _ = card_digits(r)
        return f"Reference {group(card[:16].ljust(16, '0'), (4, 4, 4, 4), ' ')} {d(2)} on the customs form"
    if style == 6:
        return f"FedEx {d(4)} {d(4)} {d(4)} out for delivery"
    if style == 7:
        return f"RMA {r.randint(2020, 2026)}-{r.randint(1, 12):02d}-{d(6)} approved."
    if style == 8:
        return f"PO {r.choice(['45', '47'])}{d(8)} needs a second approval."
    if style == 9:
        return f"Ticket #{d(6)} was merged into #{d(6)}."
    if style == 10:
        return f"Booking ref {''.join(r.choice('ACDEFHJKLMNPQRTUVWXY3479') for _ in range(6))}, seat 14C."
    return f"Your order {d(3)}-{d(4)}-{d(4)}-{d(3)} is ready for pickup."


def neg_timestamps(r: random.Random) -> str:
    def d(k: int) -> str:
        return digits_of(r, k)

    y, mo, da = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice([
        f"created_at=17{d(8)}",
        f"ts=17{d(11)} level=info msg=\"cache warmed\"",
        f"{y}-{mo:02d}-{da:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z job finished",
        f"[{y}-{mo:02d}-{da:02d} {hh:02d}:{mm:02d}:{ss:02d},{d(3)}] WARN retrying",
        f"backup_{y}{mo:02d}{da:02d}{hh:02d}{mm:02d}{ss:02d}.tar.gz",
        f"Elapsed {hh:02d}:{mm:02d}:{ss:02d}.{d(3)}",
        f"Dec  {r.randint(1, 9)} {hh:02d}:{mm:02d}:{ss:02d} host sshd: session opened",
        f"Last modified: {y}-{mo:02d}-{da:02d} {hh:02d}:{mm:02d}",
        f"expires_at: 17{d(8)}",
    ])  # fmt: skip


def neg_versions(r: random.Random) -> str:
    a, b, c = r.randint(0, 9), r.randint(0, 40), r.randint(0, 30)
    return r.choice([
        f"Upgraded to v{a}.{b}.{c} last night.",
        f"Python {r.choice(['3.11', '3.12', '3.13'])}.{r.randint(0, 12)} is required.",
        f"build 10.0.{r.randint(19000, 26999)}.{r.randint(300, 6000)}",
        f"User-Agent: Mozilla/5.0 Chrome/{r.randint(110, 140)}.0.{r.randint(5000, 7999)}.{r.randint(10, 200)}",
        f"kernel {a}.{b}.0-{r.randint(20, 120)}-generic",
        f"firmware {a}.{r.randint(10, 99)}.{r.randint(300, 999)} fixes the battery bug",
        f"OID 1.3.6.1.4.1.{r.randint(1000, 60000)}.{r.randint(1, 9)}.{r.randint(1, 9)}",
        f"see section {a + 1}.{r.randint(1, 9)}.{r.randint(1, 9)} of the manual",
        f"requires numpy>={r.randint(1, 2)}.{b}.{c},<3",
        f"release {r.randint(2019, 2026)}.{r.randint(1, 12)}.{r.randint(1, 4)}",
    ])  # fmt: skip


def neg_product_codes(r: random.Random) -> str:
    def d(k: int) -> str:
        return digits_of(r, k)

    def nz(k: int) -> str:
        return str(r.randint(1, 9)) + digits_of(r, k - 1)

    return r.choice([
        f"SKU {nz(4)}-{d(5)}-{d(2)} is back in stock.",
        f"Part no. {nz(2)}-{d(4)}-{d(3)}",
        f"Model KX-TG{d(4)} handset, white",
        f"Serial {nz(4)}-{d(3)}-{d(4)} (warranty until 2028)",
        f"Catalog number {nz(10)}",
        f"HS code {nz(4)}.{d(2)}.{d(2)}",
        f"NDC {nz(5)}-{d(4)}-{d(1)}",
        f"Item 1{d(2)}-{d(3)}-{d(4)} discontinued",
        f"filter cartridge {nz(3)}-{d(2)}-{d(3)}",
        f"Spare {nz(4)} {d(4)} {d(2)} ordered from the supplier",
    ])  # fmt: skip


def neg_dates(r: random.Random) -> str:
    y, m, dd = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    v = r.choice([f"{m:02d}/{dd:02d}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {MONTHS[m - 1][:3]} {y}",
                  f"{MONTHS[m - 1]} {dd}, {y}", f"{dd:02d}.{m:02d}.{y}"])  # fmt: skip
    return r.choice([
        "Appointment on {v} at 10:30.",
        "Invoice dated {v}, net 30.",
        "Date of service: {v}",
        "Admitted {v}, discharged two days later.",
        "Lease starts {v}.",
        "The stubborn leak came back on {v}.",
        "Mrs. Osborne called on {v} about the refill.",
        "Ferry to Bornholm booked for {v}.",
        "Hire date: {v}",
        "Effective date {v}; supersedes the prior policy.",
        "Next review scheduled for {v}.",
        "Shipped {v}, delivered the following week.",
        "Card expires 0{r.randint(1, 9)}/{r.randint(27, 31)}.",
        "Vaccination given {v}, lot recorded.",
    ]).replace("{v}", v)  # fmt: skip


def neg_codes(r: random.Random) -> str:
    def d(k: int) -> str:
        return digits_of(r, k)

    isbn_body = "978" + d(9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(isbn_body))
    isbn = isbn_body + str((10 - total % 10) % 10)
    ean = "0" + d(12) if r.random() < 0.5 else r.choice("789") + d(12)
    return r.choice([
        f"Springfield, IL {r.randint(10000, 99999)}-{d(4)}",
        f"ZIP+4: {r.randint(10000, 99999)}-{d(4)}",
        f"ISBN {isbn[:3]}-{isbn[3]}-{isbn[4:7]}-{isbn[7:12]}-{isbn[12]}",
        f"ISBN: {isbn}",
        f"ISSN {d(4)}-{d(3)}X",
        f"Barcode {ean}",
        f"UPC {r.randint(1, 9)}{d(11)}",
        f"doi:10.{r.randint(1000, 9999)}/s{d(5)}-0{d(2)}-{d(4)}-{r.randint(1, 9)}",
        f"Ship to: 41 Harbor Lane, Portland, OR {r.randint(97000, 97299)}-{d(4)}",
    ])  # fmt: skip


def neg_hex(r: random.Random) -> str:
    def hx(k: int) -> str:
        return "".join(r.choice("0123456789abcdef") for _ in range(k))

    uuid = f"{hx(8)}-{hx(4)}-4{hx(3)}-{r.choice('89ab')}{hx(3)}-{hx(12)}"
    mac = ":".join(hx(2) for _ in range(6))
    return r.choice([
        f"request_id={uuid} status=200 duration_ms={r.randint(3, 900)}",
        f"commit {hx(40)}",
        f"sha256:{hx(64)}",
        f"MAC address {mac.upper() if r.random() < 0.5 else mac}",
        f"trace {hx(32)} span {hx(16)}",
        f"Set the header colour to #{hx(6)}.",
        f"Session {uuid} expired.",
        f"docker pull app@sha256:{hx(64)}",
    ])  # fmt: skip


def neg_secret_words(r: random.Random) -> str:
    return r.choice([
        "The bearer of this letter may collect the package.",
        "Send the Bearer token in the Authorization header, not in the URL.",
        "Authorization: Bearer <token>",
        'curl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/items',
        "headers = {'Authorization': f'Bearer {token}'}",
        "Keys that start with AKIA are long-term keys; ASIA ones are temporary.",
        "GitHub classic tokens begin with ghp_ followed by the token body.",
        "Anthropic keys look like sk-ant-... and must never be committed.",
        "Bearer bonds were common in the 1920s.",
        "The stretcher bearer arrived at 14:05.",
        "Set ANTHROPIC_API_KEY in your shell; do not paste it here.",
        "Use bearer authentication for the admin API.",
        "Rotate the key (ID ending ...7Q2X) before Friday.",
        "The token was revoked; ask ops for a new one.",
        "Bearer: see vault entry 'staging-api'",
    ])  # fmt: skip


def neg_email_words(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST)
    return r.choice([
        f"Follow us @{f}_{last} for updates.",
        f"write to {f} at example dot com",
        "@pytest.fixture(scope='module')",
        "npm install @babel/core --save-dev",
        f"Meet @ {r.randint(1, 11)}pm by the fountain.",
        f"5 apples @ ${r.randint(1, 4)}.50 each",
        f"Ping @{f} in the channel.",
        f"my email is {f} (at) {last} (dot) org",
        f"@{last}: can you review this?",
        "from app import router  # @router.get('/health')",
    ])  # fmt: skip


def neg_amounts(r: random.Random) -> str:
    return r.choice([
        f"Total due: ${r.randint(1, 999)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d}",
        f"Balance EUR {r.randint(1, 999)}.{r.randint(0, 999):03d},{r.randint(0, 99):02d}",
        f"Coordinates {r.uniform(-80, 80):.6f}, {r.uniform(-170, 170):.6f}",
        f"Box is {r.randint(10, 99)}.5 x {r.randint(10, 99)}.25 x {r.randint(5, 40)} cm",
        f"Revenue grew {r.randint(2, 40)}.{r.randint(0, 9)}% to {r.randint(1, 900)},{r.randint(0, 999):03d},{r.randint(0, 999):03d} units",
        f"Score: {r.randint(0, 9)}-{r.randint(0, 9)} after extra time",
        f"{r.randint(1000, 9999):,} rows imported, {r.randint(1, 99)} skipped",
        f"Dose {r.randint(1, 20) * 25} mg twice daily for {r.randint(3, 14)} days",
        f"BP {r.randint(100, 160)}/{r.randint(60, 100)}, pulse {r.randint(55, 110)}",
    ])  # fmt: skip


def neg_label_other_sense(r: random.Random) -> str:
    return r.choice([
        f"We have been their client since {r.randint(1998, 2024)}.",
        f"It's a matter of {r.randint(2, 30)} minutes, not hours.",
        f"Refunds account for {r.randint(2, 40)} percent of tickets.",
        f"The provider has {r.randint(2, 40)} clinics in the state.",
        f"Our biggest client ordered {r.randint(20, 900)} units this quarter.",
        f"Take into account the {r.randint(2, 9)} holidays in December.",
        f"No matter how many times I reset it, it fails after {r.randint(2, 9)} tries.",
        f"The account was opened in {r.randint(2001, 2025)}.",
        f"My SSN ends in {r.randint(1000, 9999)}, is that enough to verify?",
        "MRN not assigned yet - walk-in patient.",
        f"Case {r.randint(2, 9)} of {r.randint(10, 20)} in the study had a rash.",
        f"Phone battery at {r.randint(5, 99)}%.",
        f"Call volume was {r.randint(100, 999)} on Monday.",
    ])  # fmt: skip


NEGATIVE_FAMILIES: dict[str, tuple[Gen, int]] = {
    "card_luhn_fail": (neg_card_luhn, 50),
    "card_not_a_network": (neg_card_prefix, 40),
    "aba_checksum_or_prefix_fail": (neg_aba, 45),
    "ssn_itin_never_issued": (neg_ssn_itin, 50),
    "npi_checksum_fail": (neg_npi, 40),
    "iban_mod97_fail": (neg_iban, 45),
    "order_tracking_invoice": (neg_orders, 55),
    "timestamps_logs": (neg_timestamps, 40),
    "versions_builds_oids": (neg_versions, 40),
    "product_codes": (neg_product_codes, 40),
    "dates_not_birth": (neg_dates, 50),
    "zip_isbn_barcodes": (neg_codes, 40),
    "hex_ids_uuids_macs": (neg_hex, 35),
    "secret_lookalike_words": (neg_secret_words, 15),
    "email_lookalikes": (neg_email_words, 25),
    "amounts_measures": (neg_amounts, 35),
    "label_words_other_sense": (neg_label_other_sense, 30),
}

# Shapes a near miss must not take by accident (written from the claims, not the rules).
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}")
NANP_RE = re.compile(r"(?<![\d\w])\(?[2-9]\d\d\)?[-. ]?[2-9]\d\d[-. ]\d{4}(?!\d)")
SHAPE324_RE = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
RUN_RE = re.compile(r"(?<![\d\w-])\d+(?:[ -]\d+)*(?![\d\w])")
PLUS_RE = re.compile(r"\+\d[\d -]{8,}")


def accidental(text: str, family: str) -> bool:
    """True when a near miss happens to take a claimed shape with a valid check."""
    if EMAIL_RE.search(text) or NANP_RE.search(text) or PLUS_RE.search(text):
        return True
    for m in SHAPE324_RE.finditer(text):
        a, g, s = m.group(1), m.group(3), m.group(4)
        if ssn_ok(a, g, s) or (a.startswith("9") and int(g) in ITIN_MIDDLE):
            return True
    for m in IPV4_RE.finditer(text):
        if all(int(p) <= 255 for p in m.group(1).split(".")):
            return True
    for m in RUN_RE.finditer(text):
        run = re.sub(r"\D", "", m.group(0))
        if len(run) == 9 and aba_in_range(run) and family != "order_tracking_invoice":
            return True
        if 13 <= len(run) <= 19 and luhn_ok(run) and network_prefix(run):
            return True
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        compact = m.group(0).replace(" ", "")
        if 15 <= len(compact) <= 34 and iban_ok(compact):
            return True
    return False


def negatives(r: random.Random) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for family, (gen, count) in NEGATIVE_FAMILIES.items():
        made = 0
        while made < count:
            text = gen(r)
            if text in seen or accidental(text, family):
                continue
            seen.add(text)
            out.append({"family": family, "text": text})
            made += 1
    return out


ABOUT = (
    "Round-5 held-out PII set, generated once by tests/pii_heldout_r5.py (SEED "
    f"{SEED}) by a session engineer who had not read the detection rules or the earlier sets. "
    "Positives: identifiers with valid checksums in the forms docs/safety.md claims, in "
    "sentence frames written for this round; value is the identifier as written, without "
    "label words. Negatives: near misses that must not be flagged. Not to be tuned on."
)


def build() -> dict[str, object]:
    r = random.Random(SEED)
    return {"_about": ABOUT, "positive": positives(r), "negative": negatives(r)}


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
