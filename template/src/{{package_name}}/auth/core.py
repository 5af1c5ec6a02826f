"""Who is calling: the authenticated principal, the refusal, and one authenticator per mode.

    AUTH_MODE       credentials                          user id
    api_key         Authorization: Bearer <issued key>   the user the key was issued to
                    (or x-api-key: <issued key>)
    jwt             Authorization: Bearer <signed JWT>   a configured claim (default "sub")
    trusted_header  a header set by the proxy in front   that header (default X-User-Id)
    development     none                                 one fixed user (APP_ENV=development)

The user id that rate limits, budgets, audit records and logs use comes from here and only
from here: never from the request body. `build_authenticator` refuses a configuration that
would run the service open (`AuthConfigError`), so a bad setting stops the start-up instead
of letting every caller in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from starlette.datastructures import Headers

REALM = "api"
"""The realm named in WWW-Authenticate challenges."""
DEVELOPMENT_USER = "developer"
"""The one user of AUTH_MODE=development."""

# User ids end up in limit keys, ledger rows and logs, so only a tame shape is accepted:
# emails, UUIDs and identity-provider subjects like "auth0|123" fit.
_USER_ID_PATTERN = re.compile(r"[A-Za-z0-9._:@|+=/-]{1,128}")
# RFC 6750 b64token, bounded: a longer "token" is not one we issued or can verify.
_BEARER_PATTERN = re.compile(r"Bearer +([A-Za-z0-9._~+/-]{1,4096}=*) *", re.IGNORECASE)


@dataclass(frozen=True)
class Principal:
    """The authenticated caller. Limits and budget, when set, override the service defaults."""

    user_id: str
    method: str
    """How the caller authenticated: the AUTH_MODE that accepted it."""
    key_prefix: str | None = None
    """The public prefix of the API key used (api_key mode): safe to log."""
    rate_limit: str | None = None
    """A per-key limit in `limits` notation (api_key mode), else the service default."""
    budget_usd: Decimal | None = None
    """A per-key monthly budget (api_key mode), else the service default."""


class Unauthenticated(Exception):
    """No usable credentials: answered with 401 and a WWW-Authenticate challenge."""

    def __init__(self, message: str, *, challenge: str) -> None:
        super().__init__(message)
        self.message = message
        self.challenge = challenge


class AuthConfigError(Exception):
    """The settings would run the service insecurely or not at all: it refuses to start."""

    def __init__(self, setting: str, message: str) -> None:
        super().__init__(f"{setting}: {message}")
        self.setting = setting
        self.message = message


class Authenticator(Protocol):
    """Turns request headers into a Principal, or raises Unauthenticated."""

    async def authenticate(self, headers: Mapping[str, str]) -> Principal: ...

    async def aclose(self) -> None: ...


def is_valid_user_id(user_id: str) -> bool:
    """Whether a user id has the shape accepted everywhere (see _USER_ID_PATTERN)."""
    return _USER_ID_PATTERN.fullmatch(user_id) is not None


def bearer_challenge(error: str | None = None, *, realm: str = REALM) -> str:
    """A Bearer challenge (RFC 6750): no error when credentials were missing altogether."""
    return f'Bearer realm="{realm}"' + (f', error="{error}"' if error else "")


def bearer_token(headers: Mapping[str, str], *, realm: str = REALM) -> str:
    """The token of `Authorization: Bearer <token>`, or Unauthenticated."""
    header = headers.get("authorization")
    if not header:
        raise Unauthenticated(
            "Authentication required: send Authorization: Bearer <credential>.",
            challenge=bearer_challenge(realm=realm),
        )
    match = _BEARER_PATTERN.fullmatch(header)
    if match is None:
        raise Unauthenticated(
            "Malformed Authorization header: expected Bearer <credential>.",
            challenge=bearer_challenge("invalid_request", realm=realm),
        )
    return match.group(1)


def invalid_credentials(message: str = "Invalid credentials.") -> Unauthenticated:
    """The one refusal for a credential that was sent but not accepted (no detail why)."""
    return Unauthenticated(message, challenge=bearer_challenge("invalid_token"))


class TrustedHeaderAuthenticator:
    """Takes the user id from a header that an authenticating proxy in front sets.

    Safe only when nothing but that proxy can reach the service, and the proxy overwrites
    the header on every request: anyone who can reach the service directly can claim any
    user. That is why TRUSTED_HEADER_ACKNOWLEDGED must be set before it starts.
    """

    def __init__(self, header: str) -> None:
        self.header = header

    async def authenticate(self, headers: Mapping[str, str]) -> Principal:
        name = self.header.lower()
        # Starlette's Headers keeps every copy; a plain mapping (tests, callers) holds one.
        values = headers.getlist(name) if isinstance(headers, Headers) else [headers.get(name, "")]
        if len(values) > 1 or any("," in value for value in values):
            # A proxy that appends rather than replaces passes the client's copy along too:
            # never pick one of two identities, refuse both.
            raise Unauthenticated(
                f"The {self.header} header was sent more than once (or as a list): "
                "one identity per request.",
                challenge=f'Header realm="{REALM}", name="{self.header}"',
            )
        user_id = values[0] if values else ""
        if not is_valid_user_id(user_id):
            message = (
                f"Missing or malformed {self.header} header."
                if user_id
                else f"Authentication required: the {self.header} header is missing."
            )
            raise Unauthenticated(
                message, challenge=f'Header realm="{REALM}", name="{self.header}"'
            )
        return Principal(user_id=user_id, method="trusted_header")

    async def aclose(self) -> None:
        return None


class DevelopmentAuthenticator:
    """Everyone is DEVELOPMENT_USER: for a laptop, never for a deployment (see builder)."""

    async def authenticate(self, headers: Mapping[str, str]) -> Principal:
        return Principal(user_id=DEVELOPMENT_USER, method="development")

    async def aclose(self) -> None:
        return None
