"""The budget ledger of the embedded backend: spend in a SQLite file, holds in memory.

One process serves from the file. It takes a lock file beside it (`<SQLITE_PATH>.lock`),
and a second process that tries to serve from the same file is refused at start with
`LedgerInUse`. Several workers or replicas need the redis backend (the rate-limit windows
of this backend live in memory too, and would be counted per process). Because every
reservation and every settle against the budget then happens in this process, the ledger
keeps what the budget check needs in memory:

- the holds (calls in progress: a restart ends them, and their holds with them);
- the settled spend of the current month and day, per user and in all. These are sums of
  the file's `spend` rows, read once per period and kept current by each settle.

A reserve is then a check and an insert in memory, with no `await` between them: atomic
on the event loop, and it touches no file. A hold that is neither settled nor released (a
bug) stops counting after `HOLD_TTL_S`.

Spend is durable, and written in groups. A settle books the call in memory at once (the
budget checks read the sums there) and queues its row for the file; the rows queued are
written together, in one transaction, when the event loop next turns (`call_soon`), or at
once when `WRITE_BATCH` are waiting, and before the ledger reads the file or closes. One
commit per settle was the largest single cost of a request (six file locks and two writes,
≈ 50 µs); under load one commit now covers every call that settled in the same turn. The
journal is WAL with `synchronous=NORMAL`: a commit appends to the WAL without an fsync,
and the WAL is synced at checkpoints. A committed row therefore survives a crash or
restart of the process (the WAL is in the OS's page cache); the process crashing loses
the rows not yet written (settled within the same turn of the loop) as it loses the calls
in flight, and a crash of the OS or a power cut may lose the last commits before the
checkpoint. Either way the month's total is then slightly under-counted, and the file is
never corrupted. `synchronous=FULL` would fsync each commit, for milliseconds on most
disks. A write that fails (a full disk, a lock another process keeps) is logged and tried
again after a second, then after twice as long each time, up to `RETRY_MAX_S`; the rows
wait in memory, in order, and the budget checks count them all along.

Tables (WITHOUT ROWID, keyed by text): `spend` and `alerts` (each fires once). Other
processes (the `spend` command) open the file with `serving=False` to read them.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import structlog
from filelock import FileLock, Timeout

from ..config import HOLD_TTL_S
from .budget import (
    SCOPES,
    Limits,
    Periods,
    Refusal,
    Reservation,
    Scope,
    ScopeUsage,
    Settlement,
    SpendRow,
    Threshold,
    new_reservation_id,
)

log = structlog.get_logger(__name__)

WRITE_BATCH = 64
"""Settled rows written in one transaction at most: a batch this size is written at once."""
BUSY_TIMEOUT_MS = 5_000
"""How long a statement waits for the write lock of another connection (a `keys` command)."""
RETRY_FIRST_S = 1.0
RETRY_MAX_S = 30.0
"""After a failed write, the next is tried this long after it, doubling up to the most:
each try may wait BUSY_TIMEOUT_MS on the event loop for a lock another process holds."""

# WITHOUT ROWID: each table is one b-tree keyed by its text key, so a write touches one
# page per table instead of two (the rows and their key's index): fewer WAL frames per commit.
# Earlier versions kept the holds and the totals in tables too; both are gone.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS spend (
    day TEXT NOT NULL,
    user TEXT NOT NULL,
    model TEXT NOT NULL,
    requests INTEGER NOT NULL,
    cost INTEGER NOT NULL,
    worst_case INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, user, model)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS alerts (
    key TEXT PRIMARY KEY
) WITHOUT ROWID;
DROP TABLE IF EXISTS holds;
DROP TABLE IF EXISTS totals;
"""

_BOOK = (
    "INSERT INTO spend (day, user, model, requests, cost, worst_case) VALUES (?, ?, ?, 1, ?, ?) "
    "ON CONFLICT (day, user, model) DO UPDATE SET requests = requests + 1, "
    "cost = cost + excluded.cost, worst_case = worst_case + excluded.worst_case"
)
_ADD_WORST_CASE = "ALTER TABLE spend ADD COLUMN worst_case INTEGER NOT NULL DEFAULT 0"
"""A file written before `worst_case` was counted gets the column (0 for its rows)."""

_SPENT_BY_USER = (
    "SELECT user, SUM(cost) FROM spend WHERE day BETWEEN :first AND :last GROUP BY user"
)


class LedgerInUse(RuntimeError):
    """Another process serves from this ledger file: the embedded backend allows one."""


class _Row(NamedTuple):
    """One settle for the `spend` table (its `_BOOK` parameters)."""

    day: str
    user: str
    model: str
    cost: int
    worst_case: int


class _Hold(NamedTuple):
    periods: Periods
    user: str
    amount: int
    expires: float


class _Sums:
    """Amounts of one period (a month or a day), in all and per user: spent, or held."""

    def __init__(self, by_user: dict[str, int] | None = None) -> None:
        self.by_user = by_user if by_user is not None else {}
        self.total = sum(self.by_user.values())

    def add(self, user: str, amount: int) -> None:
        left = self.by_user.get(user, 0) + amount
        if left:
            self.by_user[user] = left
        else:
            self.by_user.pop(user, None)
        self.total += amount


_NONE = _Sums()
"""The sums of a period without holds (never added to)."""


def _per_scope(month: _Sums, day: _Sums, user: str) -> tuple[int, int, int, int]:
    """The amounts of a user's four scopes, in SCOPES order."""
    return month.total, day.total, month.by_user.get(user, 0), day.by_user.get(user, 0)


def create_private(path: str) -> None:
    """Create the state file readable and writable by its owner only (0600), whatever the
    umask, unless it exists: it holds spend by user and API-key hashes. SQLite gives its
    -wal and -shm files the database's mode."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _month_days(month: str) -> tuple[str, str]:
    """The first and last `day` a month's rows can have (ISO dates sort as text)."""
    return f"{month}-01", f"{month}-31"


class SqliteLedger:
    """Ledger (see budget.Ledger) in a SQLite file, with the holds of this process in memory.

    `serving=False` opens the file to read what is settled (`usage`, `spend_rows`) beside
    the process that serves from it, without its lock; such a ledger refuses to hold budget.
    """

    def __init__(self, path: str | Path, *, serving: bool = True) -> None:
        self.path = str(path)
        self._lock = _serving_lock(self.path) if serving else None
        try:
            create_private(self.path)
            # Autocommit mode: each statement is its own transaction.
            self._db = sqlite3.connect(
                self.path,
                isolation_level=None,
                timeout=BUSY_TIMEOUT_MS / 1000,
                # Used from one thread at a time (the event loop's), maybe not the one
                # that opened it.
                check_same_thread=False,
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            if not _has_worst_case(self._db):
                _add_worst_case(self._db)
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise
        self._serving = serving
        self._holds: dict[str, _Hold] = {}
        self._held: dict[str, _Sums] = {}
        """The open holds added up per period (a month or a day), kept with `_holds`."""
        self._spent: dict[str, _Sums] = {}
        """The settled spend of the current month and day (see `_spent_in`)."""
        self._next_expiry = float("inf")
        """No hold expires before this (the earliest `expires` of `_holds`, or earlier)."""
        self._claimed: set[str] = set()
        """Alert keys known to be claimed (by this process or another)."""
        self._unwritten: list[_Row] = []
        """Settles booked in memory, not yet in the file (see `flush`)."""
        self._flush_pending = False
        self._retry: asyncio.TimerHandle | None = None
        """The next try after a failed write; while it waits, settles only queue their row."""
        self._retry_in_s = RETRY_FIRST_S
        if serving:
            # The month's spend now, at start-up: one GROUP BY over the month's rows (89 ms
            # at 10k users, about 1 s at 100k), which the first request would wait for.
            self._spent_in(Periods.at(dt.datetime.now(dt.UTC)))

    async def reserve(
        self, *, user: str, model: str, amount: int, periods: Periods, limits: Limits, now: float
    ) -> Reservation | Refusal:
        if not self._serving:
            raise RuntimeError("a ledger opened with serving=False cannot hold budget")
        self._expire(now)
        spent = _per_scope(*self._spent_in(periods), user)
        held = _per_scope(*self._held_in(periods), user)
        # No await from the check to the hold: no other reservation can come in between.
        ordered = zip(SCOPES, limits.ordered(), spent, held, strict=True)
        for scope, limit, settled, holding in ordered:
            used = settled + holding
            if used + amount > limit:
                return Refusal(scope, used, limit)
        reservation = Reservation(new_reservation_id(), user, model, amount, periods)
        hold = _Hold(periods, user, amount, now + HOLD_TTL_S)
        self._holds[reservation.id] = hold
        self._next_expiry = min(self._next_expiry, hold.expires)
        self._add_held(hold, amount)
        return reservation

    async def settle(
        self,
        reservation: Reservation,
        cost: int,
        thresholds: Sequence[Threshold],
        *,
        worst_case: bool = False,
    ) -> Settlement:
        periods, user = reservation.periods, reservation.user
        # The sums before this call is booked.
        month, day = self._spent_in(periods)
        self._write_soon(_Row(periods.day, user, reservation.model, cost, int(worst_case)))
        # Booked: the spend replaces the hold.
        month.add(user, cost)
        day.add(user, cost)
        self._drop(reservation.id)
        crossed: list[str] = []
        for threshold in thresholds:
            key = f"budget:{periods.month}:{threshold.label}"
            if month.total >= threshold.level and key not in self._claimed:
                # A claim is permanent: past a threshold, the later settles skip the file.
                if self._claim(key):
                    crossed.append(threshold.label)
                self._claimed.add(key)
        return Settlement(month_spent=month.total, crossed=tuple(crossed))

    async def release(self, reservation: Reservation) -> None:
        self._drop(reservation.id)

    async def usage(
        self, periods: Periods, user: str | None, *, now: float
    ) -> dict[Scope, ScopeUsage]:
        self._expire(now)
        name = user or ""
        # From memory when serving: no scan of the month's rows at every readiness probe
        # and metrics scrape.
        spent = _per_scope(*self._spent_in(periods), name)
        held = _per_scope(*self._held_in(periods), name)
        scopes = SCOPES if user is not None else (Scope.MONTH, Scope.DAY)
        return {
            scope: ScopeUsage(spent=spent[i], held=held[i])
            for i, scope in enumerate(SCOPES)
            if scope in scopes
        }

    async def claim_alert(self, key: str) -> bool:
        return self._claim(key)

    async def spend_rows(self, month: str) -> list[SpendRow]:
        self.flush()
        rows = self._db.execute(
            "SELECT day, user, model, requests, cost, worst_case FROM spend "
            "WHERE day BETWEEN ? AND ? "
            "ORDER BY day, user, model",
            _month_days(month),
        ).fetchall()
        return [SpendRow(*row) for row in rows]

    async def aclose(self) -> None:
        self.flush()
        if self._unwritten:  # that last write failed too: no later try is left
            log.error("ledger.unwritten_at_close", settles_unwritten=len(self._unwritten))
            self._unwritten.clear()  # a write still queued for the loop finds nothing to do
            if self._retry is not None:
                self._retry.cancel()
                self._retry = None
        self._db.close()
        if self._lock is not None:
            self._lock.release()

    def _spent_in(self, periods: Periods) -> tuple[_Sums, _Sums]:
        """The settled spend of the month and of the day, per user.

        The serving process is the only writer: it reads each period from the file once
        and keeps the latest ones asked for. A reader (serving=False) reads every time.
        """
        month, day = self._spent.get(periods.month), self._spent.get(periods.day)
        if month is None:
            month = self._spent_by_user(*_month_days(periods.month))
        if day is None:
            day = self._spent_by_user(periods.day, periods.day)
        if self._serving:
            self._spent = {periods.month: month, periods.day: day}
        return month, day

    def flush(self) -> None:
        """Write the settles booked since the last write to the file, in one transaction.

        On failure they stay queued, in order (the sums in memory count them all along),
        the failure is logged and the write is tried again later (`RETRY_FIRST_S`): a
        settle never fails the call it books, nor waits on a file that keeps refusing."""
        self._flush_pending = False
        if self._retry is not None:
            self._retry.cancel()
            self._retry = None
        rows, self._unwritten = self._unwritten, []
        if not rows:
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(_BOOK, rows)
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._unwritten[:0] = rows
            if self._db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            retry_in_s = self._retry_later()
            log.error(
                "ledger.write_failed",
                error_type=type(error).__name__,
                error=str(error),
                settles_unwritten=len(self._unwritten),
                retry_in_s=retry_in_s,
            )
        else:
            self._retry_in_s = RETRY_FIRST_S

    def _retry_later(self) -> float | None:
        """Schedule the next try after a failed write; how long until it (None when no event
        loop runs to make one; `aclose` cancels the one it leaves)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None
        delay, self._retry_in_s = self._retry_in_s, min(self._retry_in_s * 2, RETRY_MAX_S)
        self._retry = loop.call_later(delay, self.flush)
        return delay

    def _write_soon(self, row: _Row) -> None:
        """Queue a settled row: written when the event loop next turns, with every row
        settled in the same turn, or now when a batch is full (see the module docstring)."""
        self._unwritten.append(row)
        if self._retry is not None:
            return  # a write failed: the retry takes this row too
        if len(self._unwritten) >= WRITE_BATCH:
            self.flush()
        elif not self._flush_pending:
            self._flush_pending = True
            asyncio.get_running_loop().call_soon(self.flush)

    def _spent_by_user(self, first_day: str, last_day: str) -> _Sums:
        self.flush()  # the period's rows still queued are counted too
        rows = self._db.execute(_SPENT_BY_USER, {"first": first_day, "last": last_day})
        return _Sums({user: int(cost) for user, cost in rows})

    def _held_in(self, periods: Periods) -> tuple[_Sums, _Sums]:
        return self._held.get(periods.month, _NONE), self._held.get(periods.day, _NONE)

    def _add_held(self, hold: _Hold, amount: int) -> None:
        for period in (hold.periods.month, hold.periods.day):
            held = self._held.get(period)
            if held is None:
                held = self._held[period] = _Sums()
            held.add(hold.user, amount)
            if not held.total:
                del self._held[period]

    def _drop(self, reservation_id: str) -> None:
        """Drop a hold, if this process still has it (not after a restart, or expired)."""
        hold = self._holds.pop(reservation_id, None)
        if hold is not None:
            self._add_held(hold, -hold.amount)

    def _expire(self, now: float) -> None:
        """Drop the holds that expired; a scan only when the earliest one may have."""
        if now < self._next_expiry:
            return
        for reservation_id in [id_ for id_, hold in self._holds.items() if hold.expires <= now]:
            self._drop(reservation_id)
        self._next_expiry = min(
            (hold.expires for hold in self._holds.values()), default=float("inf")
        )

    def _claim(self, key: str) -> bool:
        cursor = self._db.execute("INSERT OR IGNORE INTO alerts (key) VALUES (?)", (key,))
        return cursor.rowcount == 1


def _has_worst_case(db: sqlite3.Connection) -> bool:
    return any(row[1] == "worst_case" for row in db.execute("PRAGMA table_info(spend)"))


def _add_worst_case(db: sqlite3.Connection) -> None:
    """Add the `worst_case` column to an older file, once: checked again under the write
    lock, as the server and a `spend` command may open that file at the same moment."""
    db.execute("BEGIN IMMEDIATE")
    try:
        if not _has_worst_case(db):
            db.execute(_ADD_WORST_CASE)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _serving_lock(path: str) -> FileLock:
    """Take the lock that makes this process the one serving from `path`, or refuse."""
    # thread_local=False: the ledger may be opened and closed on different threads.
    # fallback_to_soft=False: a soft lock (a file that exists) outlives a crash and would
    # keep the service from starting again; the OS lock ends with the process.
    lock = FileLock(f"{path}.lock", thread_local=False, fallback_to_soft=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise LedgerInUse(
            f"Another process serves from the ledger {path} (it holds {path}.lock). The "
            "sqlite backend serves from one process: stop the other one, give this one its "
            "own SQLITE_PATH, or render the project with the redis backend to run several "
            "workers or replicas."
        ) from None
    return lock
