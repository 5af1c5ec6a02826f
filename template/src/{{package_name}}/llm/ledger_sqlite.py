"""The budget ledger in one SQLite file: durable, for a single instance of the service.

WAL journal with `synchronous=NORMAL`: a commit appends to the WAL without an fsync, and
the WAL is synced at checkpoints. A committed settle therefore survives a crash or restart
of the process (the WAL is in the OS's page cache); only a crash of the OS or a power cut
may lose the last commits before the checkpoint (a few spends: the month's total is then
slightly under-counted, the file is never corrupted). `synchronous=FULL` would fsync each
commit, two per request, for milliseconds each on most disks.

Every method is one transaction that takes the write lock up front (`BEGIN IMMEDIATE`,
or a single write statement, which SQLite locks before it reads), so the check and the hold
of a reservation cannot interleave with another writer — another thread, or another
process (several uvicorn workers) on the same file.

Per request, the hot path is short: a reserve is one `INSERT ... SELECT` that holds the
amount only when it fits every scope (the refusal's details are read only when it does
not), a settle is one transaction of three statements (drop the hold, add to the totals
returning the month's total, add to the spend report) plus an alert claim only when a
threshold is newly crossed. Expired holds are not counted by the queries and are deleted
once every `PURGE_EVERY_S`. The statements take microseconds, so they run on the event
loop's thread; a writer that finds the file locked by another process waits up to
`BUSY_TIMEOUT_MS`.

Tables (WITHOUT ROWID, keyed by text): `totals` (settled spend per scope key), `holds`
(open reservations, with expiry), `spend` (settled spend per day, user and model: the
spend report), `alerts` (fired once).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .budget import (
    HOLD_TTL_S,
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

BUSY_TIMEOUT_MS = 5_000
PURGE_EVERY_S = 60.0
"""How often expired holds are deleted (they stop counting the moment they expire)."""

# WITHOUT ROWID: each table is one b-tree keyed by its text key, so a write touches one
# page per table instead of two (the rows and their key's index): fewer WAL frames per commit.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS totals (
    scope TEXT PRIMARY KEY,
    spent INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS holds (
    id TEXT PRIMARY KEY,
    user TEXT NOT NULL,
    month TEXT NOT NULL,
    day TEXT NOT NULL,
    amount INTEGER NOT NULL,
    expires REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS spend (
    day TEXT NOT NULL,
    user TEXT NOT NULL,
    model TEXT NOT NULL,
    requests INTEGER NOT NULL,
    cost INTEGER NOT NULL,
    PRIMARY KEY (day, user, model)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS alerts (
    key TEXT PRIMARY KEY
) WITHOUT ROWID;
"""

# The held amount of each scope, in SCOPES order, from the unexpired holds.
_HELD = """
SELECT
  COALESCE(SUM(CASE WHEN month = :month THEN amount END), 0),
  COALESCE(SUM(CASE WHEN day = :day THEN amount END), 0),
  COALESCE(SUM(CASE WHEN month = :month AND user = :user THEN amount END), 0),
  COALESCE(SUM(CASE WHEN day = :day AND user = :user THEN amount END), 0)
FROM holds WHERE expires > :now
"""

# Hold the amount only when, in every scope, spent + held + amount <= limit. The statement
# starts with INSERT (not WITH), so the sqlite3 module reports its rowcount.
_RESERVE = f"""
INSERT INTO holds (id, user, month, day, amount, expires)
WITH held (m, d, um, ud) AS ({_HELD}),
spent (m, d, um, ud) AS (
  SELECT
    COALESCE(SUM(CASE WHEN scope = :k0 THEN spent END), 0),
    COALESCE(SUM(CASE WHEN scope = :k1 THEN spent END), 0),
    COALESCE(SUM(CASE WHEN scope = :k2 THEN spent END), 0),
    COALESCE(SUM(CASE WHEN scope = :k3 THEN spent END), 0)
  FROM totals WHERE scope IN (:k0, :k1, :k2, :k3)
)
SELECT :id, :user, :month, :day, :amount, :expires FROM held, spent
WHERE held.m + spent.m + :amount <= :l0 AND held.d + spent.d + :amount <= :l1
  AND held.um + spent.um + :amount <= :l2 AND held.ud + spent.ud + :amount <= :l3
"""  # noqa: S608 (no value is formatted in: _HELD is a constant)

_ADD_TO_TOTALS = (
    "INSERT INTO totals (scope, spent) VALUES (:k0, :cost), (:k1, :cost), (:k2, :cost), "
    "(:k3, :cost) ON CONFLICT (scope) DO UPDATE SET spent = spent + excluded.spent "
    "RETURNING scope, spent"
)


def scope_keys(periods: Periods, user: str) -> tuple[str, ...]:
    """The `totals` key of each scope, in SCOPES order."""
    return (
        f"month:{periods.month}",
        f"day:{periods.day}",
        f"user_month:{periods.month}:{user}",
        f"user_day:{periods.day}:{user}",
    )


class SqliteLedger:
    """Ledger (see budget.Ledger) in a SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        # Autocommit mode: transactions are the explicit BEGIN IMMEDIATE ... COMMIT below.
        self._db = sqlite3.connect(
            self.path,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            # Used from one thread at a time (the event loop's), maybe not the one that opened it.
            check_same_thread=False,
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._next_purge = 0.0
        self._claimed: set[str] = set()
        """Alert keys known to be claimed (by this process or another)."""

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    async def reserve(
        self, *, user: str, model: str, amount: int, periods: Periods, limits: Limits, now: float
    ) -> Reservation | Refusal:
        keys = scope_keys(periods, user)
        reservation = Reservation(new_reservation_id(), user, model, amount, periods)
        self._purge(now)
        # One statement, so one transaction on its own: SQLite takes the write lock before
        # the statement reads anything, so the check and the hold cannot interleave with
        # another writer (as BEGIN IMMEDIATE would, for two more statements per request).
        held = self._db.execute(
            _RESERVE,
            {
                "id": reservation.id,
                "user": user,
                "month": periods.month,
                "day": periods.day,
                "amount": amount,
                "expires": now + HOLD_TTL_S,
                "now": now,
                **{f"k{i}": key for i, key in enumerate(keys)},
                **{f"l{i}": limit for i, limit in enumerate(limits.ordered())},
            },
        )
        if held.rowcount == 1:
            return reservation
        # Refused (the rare path): which scope, and how much of it is used.
        with self._transaction() as db:
            used = self._used(db, periods, user, keys, now)
        for scope, scope_used, limit in zip(SCOPES, used, limits.ordered(), strict=True):
            if scope_used + amount > limit:
                return Refusal(scope, scope_used, limit)
        raise AssertionError("a refused reservation fits every scope")  # pragma: no cover

    async def settle(
        self, reservation: Reservation, cost: int, thresholds: Sequence[Threshold]
    ) -> Settlement:
        periods = reservation.periods
        keys = scope_keys(periods, reservation.user)
        crossed: list[str] = []
        with self._transaction() as db:
            db.execute("DELETE FROM holds WHERE id = ?", (reservation.id,))
            totals = dict(
                db.execute(
                    _ADD_TO_TOTALS, {"cost": cost, **{f"k{i}": k for i, k in enumerate(keys)}}
                ).fetchall()
            )
            db.execute(
                "INSERT INTO spend (day, user, model, requests, cost) VALUES (?, ?, ?, 1, ?) "
                "ON CONFLICT (day, user, model) DO UPDATE SET "
                "requests = requests + 1, cost = cost + excluded.cost",
                (periods.day, reservation.user, reservation.model, cost),
            )
            month_spent = int(totals[keys[0]])
            tried: list[str] = []
            for threshold in thresholds:
                key = f"budget:{periods.month}:{threshold.label}"
                if month_spent >= threshold.level and key not in self._claimed:
                    tried.append(key)
                    if self._claim(db, key):
                        crossed.append(threshold.label)
        # Committed: a claim is permanent, so these keys never need a statement again
        # (past a threshold, every later settle of the month would re-try its claim).
        self._claimed.update(tried)
        return Settlement(month_spent=month_spent, crossed=tuple(crossed))

    async def release(self, reservation: Reservation) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM holds WHERE id = ?", (reservation.id,))

    async def usage(
        self, periods: Periods, user: str | None, *, now: float
    ) -> dict[Scope, ScopeUsage]:
        keys = scope_keys(periods, user or "")
        with self._transaction() as db:
            held = self._held(db, periods, user or "", now)
            spent = self._spent(db, keys)
        scopes = SCOPES if user is not None else (Scope.MONTH, Scope.DAY)
        return {
            scope: ScopeUsage(spent=spent[i], held=held[i])
            for i, scope in enumerate(SCOPES)
            if scope in scopes
        }

    async def claim_alert(self, key: str) -> bool:
        with self._transaction() as db:
            return self._claim(db, key)

    async def spend_rows(self, month: str) -> list[SpendRow]:
        rows = self._db.execute(
            "SELECT day, user, model, requests, cost FROM spend WHERE day LIKE ? "
            "ORDER BY day, user, model",
            (f"{month}-%",),
        ).fetchall()
        return [SpendRow(*row) for row in rows]

    async def aclose(self) -> None:
        self._db.close()

    def _purge(self, now: float) -> None:
        """Delete expired holds, at most once every PURGE_EVERY_S (they no longer count)."""
        if now >= self._next_purge:
            self._db.execute("DELETE FROM holds WHERE expires <= ?", (now,))
            self._next_purge = now + PURGE_EVERY_S

    def _used(
        self, db: sqlite3.Connection, periods: Periods, user: str, keys: Sequence[str], now: float
    ) -> list[int]:
        held = self._held(db, periods, user, now)
        spent = self._spent(db, keys)
        return [h + s for h, s in zip(held, spent, strict=True)]

    @staticmethod
    def _held(db: sqlite3.Connection, periods: Periods, user: str, now: float) -> list[int]:
        row = db.execute(
            _HELD, {"month": periods.month, "day": periods.day, "user": user, "now": now}
        ).fetchone()
        return [int(value) for value in row]

    @staticmethod
    def _spent(db: sqlite3.Connection, keys: Sequence[str]) -> list[int]:
        found = dict(
            db.execute(
                f"SELECT scope, spent FROM totals WHERE scope IN ({', '.join('?' * len(keys))})",  # noqa: S608 (placeholders only)
                tuple(keys),
            ).fetchall()
        )
        return [int(found.get(key, 0)) for key in keys]

    @staticmethod
    def _claim(db: sqlite3.Connection, key: str) -> bool:
        cursor = db.execute("INSERT OR IGNORE INTO alerts (key) VALUES (?)", (key,))
        return cursor.rowcount == 1
