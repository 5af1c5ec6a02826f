"""The budget ledger in one SQLite file: durable, for a single instance of the service.

WAL journal with `synchronous=NORMAL`: a committed settle survives a crash or restart of
the process (an OS crash may lose the last moments). Every method is one transaction
opened with `BEGIN IMMEDIATE`, which takes the write lock up front, so the check and the
hold of a reservation cannot interleave with another writer — another thread, or another
process (several uvicorn workers) on the same file.

The statements take microseconds, so they run on the event loop's thread; a writer that
finds the file locked by another process waits up to `BUSY_TIMEOUT_MS`.

Tables: `totals` (settled spend per scope key), `holds` (open reservations, with expiry),
`spend` (settled spend per day, user and model: the spend report), `alerts` (fired once).
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

_SCHEMA = """
CREATE TABLE IF NOT EXISTS totals (
    scope TEXT PRIMARY KEY,
    spent INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS holds (
    id TEXT PRIMARY KEY,
    user TEXT NOT NULL,
    month TEXT NOT NULL,
    day TEXT NOT NULL,
    amount INTEGER NOT NULL,
    expires REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS spend (
    day TEXT NOT NULL,
    user TEXT NOT NULL,
    model TEXT NOT NULL,
    requests INTEGER NOT NULL,
    cost INTEGER NOT NULL,
    PRIMARY KEY (day, user, model)
);
CREATE TABLE IF NOT EXISTS alerts (
    key TEXT PRIMARY KEY
);
"""


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
        with self._transaction() as db:
            db.execute("DELETE FROM holds WHERE expires <= ?", (now,))
            used = self._used(db, periods, user, keys)
            for scope, scope_used, limit in zip(SCOPES, used, limits.ordered(), strict=True):
                if scope_used + amount > limit:
                    return Refusal(scope, scope_used, limit)
            reservation = Reservation(new_reservation_id(), user, model, amount, periods)
            db.execute(
                "INSERT INTO holds (id, user, month, day, amount, expires) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (reservation.id, user, periods.month, periods.day, amount, now + HOLD_TTL_S),
            )
        return reservation

    async def settle(
        self, reservation: Reservation, cost: int, thresholds: Sequence[Threshold]
    ) -> Settlement:
        periods = reservation.periods
        keys = scope_keys(periods, reservation.user)
        crossed: list[str] = []
        with self._transaction() as db:
            db.execute("DELETE FROM holds WHERE id = ?", (reservation.id,))
            db.executemany(
                "INSERT INTO totals (scope, spent) VALUES (?, ?) "
                "ON CONFLICT (scope) DO UPDATE SET spent = spent + excluded.spent",
                [(key, cost) for key in keys],
            )
            db.execute(
                "INSERT INTO spend (day, user, model, requests, cost) VALUES (?, ?, ?, 1, ?) "
                "ON CONFLICT (day, user, model) DO UPDATE SET "
                "requests = requests + 1, cost = cost + excluded.cost",
                (periods.day, reservation.user, reservation.model, cost),
            )
            (month_spent,) = db.execute(
                "SELECT spent FROM totals WHERE scope = ?", (keys[0],)
            ).fetchone()
            for threshold in thresholds:
                if month_spent >= threshold.level and self._claim(
                    db, f"budget:{periods.month}:{threshold.label}"
                ):
                    crossed.append(threshold.label)
        return Settlement(month_spent=int(month_spent), crossed=tuple(crossed))

    async def release(self, reservation: Reservation) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM holds WHERE id = ?", (reservation.id,))

    async def usage(
        self, periods: Periods, user: str | None, *, now: float
    ) -> dict[Scope, ScopeUsage]:
        keys = scope_keys(periods, user or "")
        with self._transaction() as db:
            db.execute("DELETE FROM holds WHERE expires <= ?", (now,))
            held = self._held(db, periods, user or "")
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

    def _used(
        self, db: sqlite3.Connection, periods: Periods, user: str, keys: Sequence[str]
    ) -> list[int]:
        held = self._held(db, periods, user)
        spent = self._spent(db, keys)
        return [h + s for h, s in zip(held, spent, strict=True)]

    @staticmethod
    def _held(db: sqlite3.Connection, periods: Periods, user: str) -> list[int]:
        row = db.execute(
            "SELECT "
            "  COALESCE(SUM(CASE WHEN month = :month THEN amount END), 0), "
            "  COALESCE(SUM(CASE WHEN day = :day THEN amount END), 0), "
            "  COALESCE(SUM(CASE WHEN month = :month AND user = :user THEN amount END), 0), "
            "  COALESCE(SUM(CASE WHEN day = :day AND user = :user THEN amount END), 0) "
            "FROM holds",
            {"month": periods.month, "day": periods.day, "user": user},
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
