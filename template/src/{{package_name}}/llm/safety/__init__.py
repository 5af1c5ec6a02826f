"""Safety: PII redaction, content filters and the audit trail, per domain profile.

    pii.py         detectors with checksums, typed placeholders ([SSN_1])
    output.py      PII in answers masked or redacted, whole and streamed
    injection.py   prompt-injection and jailbreak heuristics
    filters.py     the content-filter protocol (allow / redact / block + reason codes)
    moderation.py  the optional Claude classifier behind the moderation hook
    profiles.py    what each domain redacts and filters
    audit.py       append-only audit records for regulated domains (no content)
    screen.py      `Safety`: the pre- and post-filter steps the gateway calls

docs/safety.md says what each profile does and does not do.
"""
