"""The admin credential: what guards /metrics, spend reports and key management endpoints.

Admin endpoints take `Authorization: Bearer <ADMIN_TOKEN>`, a credential separate from every
user's. With no ADMIN_TOKEN configured they are disabled (403) rather than open: a user key
or a trusted header never reaches them.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from pydantic import SecretStr

from .core import Unauthenticated, bearer_challenge, bearer_token

ADMIN_REALM = "admin"
MIN_ADMIN_TOKEN_CHARS = 32


class AdminDisabled(Exception):
    """An admin endpoint was called but ADMIN_TOKEN is not set: answered with 403."""

    message = "Admin endpoints are disabled: set ADMIN_TOKEN to enable them."


def check_admin(authorization: str | None, token: SecretStr | None) -> None:
    """Raise unless `authorization` carries the admin token (constant-time comparison)."""
    if token is None:
        raise AdminDisabled
    presented = bearer_token({"authorization": authorization or ""}, realm=ADMIN_REALM)
    if not hmac.compare_digest(presented.encode(), token.get_secret_value().encode()):
        raise Unauthenticated(
            "Invalid admin credentials.",
            challenge=bearer_challenge("invalid_token", realm=ADMIN_REALM),
        )


async def require_admin(request: Request) -> None:
    """FastAPI dependency: the caller holds the admin token."""
    check_admin(request.headers.get("authorization"), request.app.state.settings.admin_token)


Admin = Annotated[None, Depends(require_admin)]
"""Add `_: Admin` to an endpoint's parameters to put it behind the admin credential."""
