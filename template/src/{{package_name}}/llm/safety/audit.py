"""The audit trail of regulated profiles: who asked, when, which policy fired, what was
redacted — and never what was said.

One JSON object per line, appended to AUDIT_LOG_PATH (the file is opened in append mode for
each record and never rewritten). Each record:

    ts              ISO 8601 UTC time of the decision
    request_id      ours; joins the record to the `llm.request` log event
    user            sha256 pseudonym of the user id (as in the logs)
    profile         the domain profile
    stage           "input" (before the call) or "output" (after it)
    action          allow | redact | block
    reasons         reason codes of the filters that fired
    redactions      {kind: count} of identifiers replaced before sending (input)
    screened        {place: count} of the texts redaction read, e.g. `user.tool_result`,
                    `assistant.text`, `system.text` (input, a whole Messages request)
    filtered        {place: count} of the texts the pre-filters read (input)
    attachments     {block type: count} of images, PDFs and uploads; `action` says whether
                    they were sent (allow, redact) or refused (block, `policy.attachments`)
    stop_reason     the answer's stop reason (output)
    retain_until    ts + AUDIT_RETENTION_DAYS: when the record may be deleted

Nothing deletes records: `retain_until` tells your log store (or a WORM bucket's lifecycle
rule) how long to keep each one. HIPAA keeps required documentation 6 years
(45 CFR 164.316(b)(2)(i)); SEC 17a-4 keeps broker-dealer communications 3 years, advisers 5.
Copy the file to storage that enforces retention; this service only appends.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AuditRecord:
    request_id: str
    user: str
    profile: str
    stage: str
    action: str
    reasons: Sequence[str] = ()
    redactions: Mapping[str, int] | None = None
    stop_reason: str | None = None
    screened: Mapping[str, int] | None = None
    filtered: Mapping[str, int] | None = None
    attachments: Mapping[str, int] | None = None


class AuditTrail:
    """Appends audit records as JSON lines to one file."""

    def __init__(self, path: Path, *, retention_days: int) -> None:
        self.path = path
        self.retention = dt.timedelta(days=retention_days)
        self._lock = threading.Lock()

    def record(self, record: AuditRecord, *, now: dt.datetime | None = None) -> None:
        now = now or dt.datetime.now(dt.UTC)
        line = json.dumps(
            {
                "ts": now.isoformat(timespec="milliseconds"),
                "request_id": record.request_id,
                "user": record.user,
                "profile": record.profile,
                "stage": record.stage,
                "action": record.action,
                "reasons": list(record.reasons),
                "redactions": dict(sorted((record.redactions or {}).items())),
                "stop_reason": record.stop_reason,
                "screened": dict(sorted((record.screened or {}).items())),
                "filtered": dict(sorted((record.filtered or {}).items())),
                "attachments": dict(sorted((record.attachments or {}).items())),
                "retain_until": (now + self.retention).date().isoformat(),
            },
            separators=(",", ":"),
        )
        # One write of one line under a lock: records from concurrent requests never interleave.
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as file:
                file.write(line + "\n")
