"""What each domain profile redacts before a text goes to Claude, which filters it runs,
and whether it sends images and PDF documents at all.

Logs are redacted of every kind in every profile (see telemetry.py); these sets are about
what leaves the service. Sources for each choice are in docs/safety.md.

Attachments (images, PDFs) cannot be screened: no detector reads the identifiers in a scan
or a photo. The regulated profiles therefore refuse them unless the operator decides
otherwise (ATTACHMENTS=allow): healthcare because PHI may go to Anthropic only under a BAA
(45 CFR 164.502(e)) and a full-face photo is itself a Safe Harbor identifier
(164.514(b)(2)); finance because a card number in a statement or a photographed card would
pull the path into PCI DSS scope (Req 12.8: never send a PAN upstream); legal because a
filing carries the client and matter numbers the profile keeps in the firm, and client
information needs the client's informed consent (ABA Formal Opinion 512).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .pii import Kind

ProfileName = Literal["general", "healthcare", "finance", "legal", "ugc"]
AttachmentPolicy = Literal["allow", "refuse"]
InjectionAction = Literal["block", "flag"]
ReviewPolicy = Literal["off", "flagged", "all"]

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
    disclaimer: bool = True
    """Append policy/disclaimer.md to every answer (every profile: at least the disclosure
    that an AI wrote it)."""
    injection: InjectionAction = "flag"
    """What an injection hit does: refuse the request, or send it and log and audit why."""
    review: ReviewPolicy = "off"
    """Which answers the human-review hook is called for (audit.ReviewHook)."""
    audit: bool = False
    """Write the audit trail (AUDIT_LOG_PATH)."""
    attachments: AttachmentPolicy = "allow"
    """Images and PDF documents: sent as they are, or refused (422 `policy.attachments`)."""
    attachments_with_baa: AttachmentPolicy | None = None
    """Healthcare: the policy once BAA_SIGNED declares a BAA (None: the BAA changes nothing)."""

    def upstream_kinds(self, *, baa_signed: bool) -> frozenset[Kind]:
        if baa_signed and self.upstream_with_baa is not None:
            return self.upstream_with_baa
        return self.upstream

    def attachment_policy(self, *, baa_signed: bool) -> AttachmentPolicy:
        if baa_signed and self.attachments_with_baa is not None:
            return self.attachments_with_baa
        return self.attachments


PROFILES: dict[ProfileName, Profile] = {
    "general": Profile("general", upstream=SECRETS),
    # A BAA covers PHI, not card data: PCI DSS keeps a PAN out of any third party's path.
    "healthcare": Profile(
        "healthcare",
        upstream=PHI,
        upstream_with_baa=SECRETS | {Kind.CARD},
        review="flagged",
        audit=True,
        attachments="refuse",
        attachments_with_baa="allow",
    ),
    # PCI DSS: a card number never leaves (Req 12.8 scope); GLBA: bank identifiers and SSNs.
    "finance": Profile(
        "finance",
        upstream=frozenset(
            {Kind.CARD, Kind.IBAN, Kind.ABA, Kind.ACCOUNT, Kind.SSN, Kind.ITIN, Kind.SECRET}
        ),
        review="flagged",
        audit=True,
        attachments="refuse",
    ),
    # ABA Formal Opinion 512: all information relating to the representation stays in the
    # firm unless the client consented, so every client identifier these detectors find.
    "legal": Profile(
        "legal",
        upstream=frozenset(
            {
                Kind.CLIENT_ID,
                Kind.CASE_NO,
                Kind.SSN,
                Kind.ITIN,
                Kind.ACCOUNT,
                Kind.EMAIL,
                Kind.PHONE,
                Kind.CARD,
                Kind.DOB,
                Kind.SECRET,
            }
        ),
        review="flagged",
        audit=True,
        attachments="refuse",
    ),
    "ugc": Profile(
        "ugc", upstream=frozenset({Kind.EMAIL, Kind.PHONE, Kind.IP, Kind.SECRET}), injection="block"
    ),
}
