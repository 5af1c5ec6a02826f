"""The audit trail of regulated profiles: who asked, when, which policy fired, what was
redacted — and never what was said.

One JSON object per line, appended to AUDIT_LOG_PATH (opened once in append mode, and again
when the path no longer names the open file: moved by a rotation, or deleted; never
rewritten). Each record:

    ts              ISO 8601 UTC time of the decision
    request_id      ours; joins the record to the `llm.request` log event
    user            keyed pseudonym of the user id (HMAC, as in the logs)
    profile         the domain profile
    stage           "input" (before the call) or "output" (after it)
    action          the strongest thing any screen did: allow (screened, nothing found) |
                    flag (sent, reasons below) | annotate (a notice added) | replace (a
                    refusal explained) | redact | block
    reasons         reason codes of the filters that fired
    screens         {screen: {"read": texts, "found": ..., "did": action}} for each screen
                    that ran, also when it found nothing: `pii` (found: {kind: count}
                    replaced; `sent`: {kind: count} found but sent in the clear, as the
                    profile allows, e.g. PHI under a BAA), `injection`, `blocklist`,
                    `moderation` and the output filters (found: reason codes)
    review          "requested" when the human-review hook was called for this stage
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
import os
import threading
import weakref
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog

log = structlog.get_logger(__name__)


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
    screens: Mapping[str, Mapping[str, Any]] | None = None
    review: str | None = None


class AuditTrail:
    """Appends audit records as JSON lines to one file."""

    def __init__(self, path: Path, *, retention_days: int) -> None:
        self.path = path
        self.retention = dt.timedelta(days=retention_days)
        self._lock = threading.Lock()
        self._fd: int | None = None
        self._closer: weakref.finalize[[int], AuditTrail] | None = None

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
                "screens": dict(sorted((record.screens or {}).items())),
                "review": record.review,
                "retain_until": (now + self.retention).date().isoformat(),
            },
            separators=(",", ":"),
        )
        # One write of one line, under a lock and to a file opened for appending: records
        # from concurrent requests never interleave, and each is in the file on return.
        with self._lock:
            os.write(self._open(), (line + "\n").encode())

    def close(self) -> None:
        with self._lock:
            self._close_file()

    def _close_file(self) -> None:
        if self._closer is not None:
            self._closer()
        self._fd = self._closer = None

    def _open(self) -> int:
        """The open file, opened again when the path names another file or none (a rotation
        moved it, someone deleted it). Opening it for each record cost as much as writing
        two records, per request, in the regulated profiles."""
        if self._fd is not None:
            try:
                if os.path.samestat(os.fstat(self._fd), os.stat(self.path)):
                    return self._fd
            except FileNotFoundError:
                pass
            self._close_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        # Closed with the trail, or when it is garbage-collected without `close`.
        self._fd, self._closer = fd, weakref.finalize(self, os.close, fd)
        return fd


# --- Human review ----------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewItem:
    """What a reviewer needs to find the exchange: ids and why, never the content (the
    content is in your application's own store, under `request_id`)."""

    request_id: str
    user: str
    profile: str
    stage: str
    """"input" (the request was flagged, and sent) or "output" (the answer)."""
    reasons: tuple[str, ...]
    """Why review was asked for: reason codes, or `review.all` when HUMAN_REVIEW=all."""


ReviewHook = Callable[[ReviewItem], Awaitable[None]]
"""Your queue: called once per flagged stage of a request (HUMAN_REVIEW, the profile's by
default: flagged in healthcare, finance and legal). Put the item on a review queue, open a
ticket, page someone; it runs before the answer is returned, so keep it quick and let it
not raise (a failure is logged and the answer still goes out)."""


async def log_review(item: ReviewItem) -> None:
    """The default hook: a `llm.review_requested` log event and nothing else. Replace it
    (`Safety(review_hook=...)`, `Gateway.safety.review_hook`) with your queue."""
    log.warning(
        "llm.review_requested",
        request_id=item.request_id,
        profile=item.profile,
        stage=item.stage,
        reasons=list(item.reasons),
    )
