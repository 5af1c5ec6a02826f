"""API keys issued by the service: format, hashing, the store protocol and the authenticator.

A key looks like `key_<prefix>_<secret>`: the 8-hex-digit prefix is public (listed, logged,
used to revoke), the secret is 256 random bits. The store keeps only
HMAC-SHA256(AUTH_SECRET, key): a stolen database yields no usable key, and without the server
secret not even a way to test guesses. The full key is shown once, when it is created.

Verification looks the record up by its prefix and compares hashes with
`hmac.compare_digest`, so the time it takes says nothing about how much of a guess was right.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol

from ..config import MAX_BUDGET_USD
from ..llm.ratelimit import parse_limits
from .core import Principal, bearer_token, invalid_credentials, is_valid_user_id

KEY_TAG = "key_"
PREFIX_HEX_CHARS = 8
SECRET_BYTES = 32
_KEY_PATTERN = re.compile(rf"{KEY_TAG}([0-9a-f]{{{PREFIX_HEX_CHARS}}})_[A-Za-z0-9_-]{{43}}")
_PREFIX_PATTERN = re.compile(rf"[0-9a-f]{{{PREFIX_HEX_CHARS}}}")
# Compared against when the prefix is unknown, so that path costs the same as a real check.
_DUMMY_HASH = "0" * 64


class KeyManagementError(ValueError):
    """A key-management request that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class KeyRecord:
    """What the store knows about a key: never the key itself."""

    prefix: str
    user_id: str
    key_hash: str
    created_at: str
    revoked_at: str | None = None
    rate_limit: str | None = None
    budget_usd: Decimal | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class KeyStore(Protocol):
    """Where key records live (SQLite or Redis: see keystore.py). Calls are short and
    blocking, except `find`: the lookup of every authenticated request."""

    def add(self, record: KeyRecord) -> None:
        """Store a new record; raises KeyManagementError if the prefix is taken."""

    def get(self, prefix: str) -> KeyRecord | None: ...

    async def find(self, prefix: str) -> KeyRecord | None:
        """`get` for a request: never holds up the event loop for long."""

    def all(self) -> list[KeyRecord]:
        """Every record, oldest first."""

    def revoke(self, prefix: str, *, at: str) -> KeyRecord | None:
        """Mark a key revoked (idempotent); None if there is no such key."""

    def close(self) -> None: ...

    async def aclose(self) -> None:
        """`close` from the event loop, with what `find` opened."""


def hash_key(key: str, secret: bytes) -> str:
    """The stored form of a key: HMAC-SHA256 under the server secret, hex."""
    return hmac.new(secret, key.encode("utf-8"), hashlib.sha256).hexdigest()


def key_prefix(key: str) -> str | None:
    """The public prefix of a well-formed key, or None for anything else."""
    match = _KEY_PATTERN.fullmatch(key)
    return match.group(1) if match else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def issue_key(
    store: KeyStore,
    secret: bytes,
    *,
    user_id: str,
    rate_limit: str | None = None,
    budget_usd: str | Decimal | None = None,
) -> tuple[str, KeyRecord]:
    """Create a key for a user; returns the full key (show it once) and its stored record."""
    if not is_valid_user_id(user_id):
        raise KeyManagementError(
            "The user id must be 1-128 characters: letters, digits and . _ : @ | + = / -"
        )
    if rate_limit is not None:
        try:
            parse_limits(rate_limit.strip())  # the limiter parses it again on every request
        except ValueError as exc:
            raise KeyManagementError(str(exc)) from None
    budget = _parse_budget(budget_usd)
    prefix = secrets.token_hex(PREFIX_HEX_CHARS // 2)
    key = f"{KEY_TAG}{prefix}_{secrets.token_urlsafe(SECRET_BYTES)}"
    record = KeyRecord(
        prefix=prefix,
        user_id=user_id,
        key_hash=hash_key(key, secret),
        created_at=_now(),
        rate_limit=rate_limit.strip() if rate_limit else None,
        budget_usd=budget,
    )
    store.add(record)
    return key, record


def revoke_key(store: KeyStore, prefix: str) -> KeyRecord:
    """Revoke a key by its prefix; it stops working at once (with Redis, on the other
    replicas within the key store's KEY_CACHE_TTL_S)."""
    if not _PREFIX_PATTERN.fullmatch(prefix):
        raise KeyManagementError(
            f"{prefix!r} is not a key prefix (8 hex digits, as `keys list` shows)."
        )
    record = store.revoke(prefix, at=_now())
    if record is None:
        raise KeyManagementError(f"No key with prefix {prefix}.")
    return record


def _parse_budget(value: str | Decimal | None) -> Decimal | None:
    if value is None:
        return None
    try:
        budget = Decimal(value)
    except InvalidOperation:
        raise KeyManagementError(
            f"{value!r} is not an amount in USD, for example 25 or 7.50."
        ) from None
    if not budget.is_finite() or not 0 < budget <= MAX_BUDGET_USD:
        raise KeyManagementError(
            f"The budget must be a positive amount in USD up to {MAX_BUDGET_USD:,}, "
            "for example 25 or 7.50."
        )
    return budget


class ApiKeyAuthenticator:
    """Accepts an active key from the store in `Authorization: Bearer <key>` or in
    `x-api-key` (what the Anthropic SDKs send); Authorization wins when both are sent."""

    def __init__(self, store: KeyStore, secret: bytes) -> None:
        self.store = store
        self._secret = secret

    async def authenticate(self, headers: Mapping[str, str]) -> Principal:
        sent = headers.get("x-api-key")
        key = sent if sent and "authorization" not in headers else bearer_token(headers)
        prefix = key_prefix(key)
        record = await self.store.find(prefix) if prefix else None
        expected = record.key_hash if record else _DUMMY_HASH
        matches = hmac.compare_digest(hash_key(key, self._secret), expected)
        if record is None or not matches or not record.active:
            raise invalid_credentials("Invalid or revoked API key.")
        return Principal(
            user_id=record.user_id,
            method="api_key",
            key_prefix=record.prefix,
            rate_limit=record.rate_limit,
            budget_usd=record.budget_usd,
        )

    async def aclose(self) -> None:
        await self.store.aclose()
