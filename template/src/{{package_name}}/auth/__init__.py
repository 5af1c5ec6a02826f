"""Authentication: who is calling, decided once per request, from credentials only.

`build_authenticator` reads AUTH_MODE (default rendered from the template answer) and returns
the authenticator for it, or refuses to start with an `AuthConfigError` naming the setting
to fix. `CurrentUser` is the FastAPI dependency routes take to get the caller's `Principal`;
the admin credential is in `admin.py`. docs/security.md explains the threat each mode answers.
"""

from __future__ import annotations

import hmac
from typing import Annotated

import structlog
from fastapi import Depends, Request

from ..config import Settings
from .admin import MIN_ADMIN_TOKEN_CHARS
from .apikeys import ApiKeyAuthenticator
from .core import (
    DEVELOPMENT_USER,
    AuthConfigError,
    Authenticator,
    DevelopmentAuthenticator,
    Principal,
    TrustedHeaderAuthenticator,
    Unauthenticated,
)
from .keystore import open_key_store
from .tokens import JwtAuthenticator

__all__ = [
    "DEVELOPMENT_AUTH_SECRET",
    "DEVELOPMENT_HASHING_WARNING",
    "AuthConfigError",
    "Authenticator",
    "CurrentUser",
    "Principal",
    "Unauthenticated",
    "build_authenticator",
    "key_secret",
    "pseudonym_key",
]

log = structlog.get_logger(__name__)

MIN_SECRET_CHARS = 32
"""AUTH_SECRET, JWT_SECRET and ADMIN_TOKEN must be at least this long (256 bits of hex)."""
DEVELOPMENT_AUTH_SECRET = b"development-only-auth-secret-not-for-production"
"""Hashes API keys when APP_ENV=development is set and AUTH_SECRET is not (a warning says so)."""
DEVELOPMENT_PSEUDONYM_KEY = b"development-only-pseudonym-key-not-for-production"
"""User pseudonyms' key with APP_ENV=development set and neither PSEUDONYM_KEY nor AUTH_SECRET."""
DEVELOPMENT_HASHING_WARNING = (
    "AUTH_SECRET is unset: API keys are hashed with a development secret. "
    "Set AUTH_SECRET before production (keys issued now will stop working then)."
)


def development_declared(settings: Settings) -> bool:
    """APP_ENV=development was set (environment, .env or code), not merely defaulted to: a
    deployment that forgot APP_ENV must not run open or with the public development secret."""
    return settings.app_env == "development" and "app_env" in settings.model_fields_set


def key_secret(settings: Settings) -> bytes:
    """The server secret API keys are hashed with; required in production."""
    if settings.auth_secret is not None:
        secret = settings.auth_secret.get_secret_value()
        if len(secret) < MIN_SECRET_CHARS:
            raise AuthConfigError(
                "AUTH_SECRET",
                f"must be at least {MIN_SECRET_CHARS} characters "
                '(python -c "import secrets; print(secrets.token_hex(32))").',
            )
        return secret.encode("utf-8")
    if settings.app_env == "production":
        raise AuthConfigError(
            "AUTH_SECRET",
            "is required in production with AUTH_MODE=api_key: API keys are stored as "
            'HMACs under it (python -c "import secrets; print(secrets.token_hex(32))").',
        )
    if not development_declared(settings):
        raise AuthConfigError(
            "AUTH_SECRET",
            "is required with AUTH_MODE=api_key (the development secret is public; a laptop "
            "may use it with APP_ENV=development set explicitly): "
            'python -c "import secrets; print(secrets.token_hex(32))".',
        )
    return DEVELOPMENT_AUTH_SECRET


def pseudonym_key(settings: Settings) -> bytes:
    """The key user pseudonyms are HMACs under (telemetry.hash_user): PSEUDONYM_KEY, else one
    derived from AUTH_SECRET. Without a key, a pseudonym is reversed by hashing guessed ids."""
    if settings.pseudonym_key is not None:
        key = settings.pseudonym_key.get_secret_value()
        if len(key) < MIN_SECRET_CHARS:
            message = f"must be at least {MIN_SECRET_CHARS} characters."
            raise AuthConfigError("PSEUDONYM_KEY", message)
        return key.encode("utf-8")
    if settings.auth_secret is not None:
        # A key of its own: the pseudonyms are no HMAC under the key the API keys are hashed with.
        return hmac.digest(key_secret(settings), b"user pseudonyms", "sha256")
    if development_declared(settings):
        return DEVELOPMENT_PSEUDONYM_KEY
    raise AuthConfigError(
        "PSEUDONYM_KEY",
        "is required (or AUTH_SECRET, which it is then derived from): user ids are logged and "
        "stored as HMACs under it, unless APP_ENV=development set explicitly "
        '(python -c "import secrets; print(secrets.token_hex(32))").',
    )


def build_authenticator(settings: Settings) -> Authenticator:
    """The authenticator for AUTH_MODE, or AuthConfigError if the settings are unsafe."""
    _check_admin_token(settings)
    if settings.auth_mode == "api_key":
        secret = key_secret(settings)
        if secret == DEVELOPMENT_AUTH_SECRET:
            log.warning("auth.development_secret", message=DEVELOPMENT_HASHING_WARNING)
        return ApiKeyAuthenticator(open_key_store(settings), secret)
    if settings.auth_mode == "jwt":
        return _jwt_authenticator(settings)
    if settings.auth_mode == "trusted_header":
        if not settings.trusted_header_acknowledged:
            raise AuthConfigError(
                "TRUSTED_HEADER_ACKNOWLEDGED",
                f"AUTH_MODE=trusted_header believes whoever sends {settings.trusted_header}. "
                "Set TRUSTED_HEADER_ACKNOWLEDGED=true only if an authenticating proxy sets that "
                "header on every request and nothing else can reach this service.",
            )
        return TrustedHeaderAuthenticator(settings.trusted_header)
    if not development_declared(settings):
        raise AuthConfigError(
            "AUTH_MODE",
            "development (no authentication) is allowed only with APP_ENV=development "
            "set explicitly; choose api_key, jwt or trusted_header.",
        )
    log.warning(
        "auth.development_mode",
        message=(
            f"AUTHENTICATION IS OFF: every request is user {DEVELOPMENT_USER!r}. "
            "Never expose this process; set AUTH_MODE before deploying."
        ),
    )
    return DevelopmentAuthenticator()


def _jwt_authenticator(settings: Settings) -> JwtAuthenticator:
    for name, value in (
        ("JWT_AUDIENCE", settings.jwt_audience),
        ("JWT_ISSUER", settings.jwt_issuer),
    ):
        if not value:
            raise AuthConfigError(
                name, "is required with AUTH_MODE=jwt (tokens are checked against it)."
            )
    audience, issuer = settings.jwt_audience or "", settings.jwt_issuer or ""
    if (settings.jwt_secret is None) == (settings.jwt_jwks_url is None):
        raise AuthConfigError(
            "JWT_JWKS_URL",
            "AUTH_MODE=jwt needs exactly one of JWT_JWKS_URL (your identity provider's keys) "
            "and JWT_SECRET (a shared HS256 secret).",
        )
    if settings.jwt_jwks_url is not None:
        return JwtAuthenticator.from_jwks_url(
            str(settings.jwt_jwks_url),
            audience=audience,
            issuer=issuer,
            user_claim=settings.jwt_user_claim,
        )
    assert settings.jwt_secret is not None  # noqa: S101 - narrowed above
    secret = settings.jwt_secret.get_secret_value()
    if len(secret) < MIN_SECRET_CHARS:
        raise AuthConfigError("JWT_SECRET", f"must be at least {MIN_SECRET_CHARS} characters.")
    return JwtAuthenticator(
        secret=secret,
        audience=audience,
        issuer=issuer,
        user_claim=settings.jwt_user_claim,
    )


def _check_admin_token(settings: Settings) -> None:
    token = settings.admin_token
    if token is not None and len(token.get_secret_value()) < MIN_ADMIN_TOKEN_CHARS:
        raise AuthConfigError(
            "ADMIN_TOKEN", f"must be at least {MIN_ADMIN_TOKEN_CHARS} characters."
        )


async def current_user(request: Request) -> Principal:
    """FastAPI dependency: the authenticated caller (401 via Unauthenticated otherwise)."""
    authenticator: Authenticator = request.app.state.authenticator
    return await authenticator.authenticate(request.headers)


CurrentUser = Annotated[Principal, Depends(current_user)]
"""The caller of a route: the only source of the user id for limits, budgets and logs."""
