"""What each domain profile redacts before a text goes to Claude, and which filters it runs.

Logs are redacted of every kind in every profile (see telemetry.py); these sets are about
what leaves the service. Sources for each choice are in docs/safety.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .pii import Kind

ProfileName = Literal["general", "healthcare", "finance", "legal", "ugc"]

SECRETS = frozenset({Kind.SECRET})

# HIPAA Safe Harbor (45 CFR 164.514(b)(2)) kinds these detectors can find. Names, addresses,
# and dates other than birth dates are NOT detected: see docs/safety.md.
PHI = frozenset(
    {
        Kind.SSN,
        Kind.ITIN,
        Kind.EMAIL,
        Kind.PHONE,
        Kind.DOB,
        Kind.MRN,
        Kind.NPI,
        Kind.ACCOUNT,
        Kind.CARD,
        Kind.IBAN,
        Kind.IP,
        Kind.SECRET,
    }
)


@dataclass(frozen=True)
class Profile:
    """One domain's defaults."""

    name: ProfileName
    upstream: frozenset[Kind]
    """Kinds replaced by placeholders before the text is sent to Claude."""
    upstream_with_baa: frozenset[Kind] | None = None
    """Healthcare: what is still redacted once BAA_SIGNED declares a business associate
    agreement with Anthropic (None: the BAA changes nothing)."""
    disclaimer: bool = False
    """Append policy/disclaimer.md to every answer."""
    audit: bool = False
    """Write the audit trail (AUDIT_LOG_PATH)."""

    def upstream_kinds(self, *, baa_signed: bool) -> frozenset[Kind]:
        if baa_signed and self.upstream_with_baa is not None:
            return self.upstream_with_baa
        return self.upstream


PROFILES: dict[ProfileName, Profile] = {
    "general": Profile("general", upstream=SECRETS),
    "healthcare": Profile(
        "healthcare", upstream=PHI, upstream_with_baa=SECRETS, disclaimer=True, audit=True
    ),
    # PCI DSS: a card number never leaves (Req 12.8 scope); GLBA: bank identifiers and SSNs.
    "finance": Profile(
        "finance",
        upstream=frozenset(
            {Kind.CARD, Kind.IBAN, Kind.ABA, Kind.ACCOUNT, Kind.SSN, Kind.ITIN, Kind.SECRET}
        ),
        disclaimer=True,
        audit=True,
    ),
    # ABA Formal Opinion 512: client identifiers stay in the firm unless the client consented.
    "legal": Profile(
        "legal",
        upstream=frozenset(
            {Kind.CLIENT_ID, Kind.CASE_NO, Kind.SSN, Kind.ITIN, Kind.ACCOUNT, Kind.SECRET}
        ),
        disclaimer=True,
        audit=True,
    ),
    "ugc": Profile("ugc", upstream=frozenset({Kind.EMAIL, Kind.PHONE, Kind.IP, Kind.SECRET})),
}
