"""The admin credential: what guards /metrics, spend reports and key management endpoints.

Admin endpoints take `Authorization: Bearer <ADMIN_TOKEN>`, a credential separate from every
user's. With no ADMIN_TOKEN configured they are disabled (403) rather than open: a user key
or a trusted header never reaches them.

The admin page (/admin, admin/page.py) also takes a login: the token typed into its form buys
a session cookie whose value is an expiry and an HMAC of it under the token (never the token
itself), and every form that changes something carries a CSRF token, an HMAC of that session.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated

from fastapi import Depends, Request
from pydantic import SecretStr

from .core import Unauthenticated, bearer_challenge, bearer_token

ADMIN_REALM = "admin"
MIN_ADMIN_TOKEN_CHARS = 32
SESSION_COOKIE = "admin_session"
SESSION_TTL_S = 8 * 3600
"""How long a page login lasts: a working day. Logging out drops the cookie from the browser;
a copy taken before stays valid until it expires (change ADMIN_TOKEN to end every session)."""


class AdminDisabled(Exception):
    """An admin endpoint was called but ADMIN_TOKEN is not set: answered with 403."""

    message = "Admin endpoints are disabled: set ADMIN_TOKEN to enable them."


def check_admin(authorization: str | None, token: SecretStr | None) -> None:
    """Raise unless `authorization` carries the admin token (constant-time comparison)."""
    if token is None:
        raise AdminDisabled
    presented = bearer_token({"authorization": authorization or ""}, realm=ADMIN_REALM)
    if not token_matches(presented, token):
        raise Unauthenticated(
            "Invalid admin credentials.",
            challenge=bearer_challenge("invalid_token", realm=ADMIN_REALM),
        )


async def require_admin(request: Request) -> None:
    """FastAPI dependency: the caller holds the admin token."""
    check_admin(request.headers.get("authorization"), request.app.state.settings.admin_token)


Admin = Annotated[None, Depends(require_admin)]
"""Add `_: Admin` to an endpoint's parameters to put it behind the admin credential."""


def token_matches(presented: str, token: SecretStr) -> bool:
    """The presented string is the admin token (constant-time comparison)."""
    return hmac.compare_digest(presented.encode(), token.get_secret_value().encode())


def bearer_is_admin(authorization: str | None, token: SecretStr) -> bool:
    """`Authorization: Bearer <ADMIN_TOKEN>` was sent."""
    if not authorization:
        return False
    try:
        presented = bearer_token({"authorization": authorization}, realm=ADMIN_REALM)
    except Unauthenticated:
        return False
    return token_matches(presented, token)


def new_session(token: SecretStr, *, now: float) -> str:
    """A session cookie's value: `<expiry>.<HMAC(token, expiry)>`."""
    expires = int(now) + SESSION_TTL_S
    return f"{expires}.{_mac(token, f'session:{expires}')}"


def session_is_valid(value: str | None, token: SecretStr, *, now: float) -> bool:
    """The cookie was made by `new_session` under this token and has not expired."""
    expires, _, mac = (value or "").partition(".")
    if not expires.isdigit() or not now < int(expires) <= now + SESSION_TTL_S:
        return False
    return hmac.compare_digest(mac.encode(), _mac(token, f"session:{expires}").encode())


def csrf_token(token: SecretStr, session: str) -> str:
    """The CSRF token of a session: forms carry it, a cross-site page cannot know it."""
    return _mac(token, f"csrf:{session}")


def _mac(token: SecretStr, message: str) -> str:
    key = token.get_secret_value().encode()
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()
