"""JWT bearer tokens (AUTH_MODE=jwt), verified with PyJWT.

Keys come either from the identity provider's JWKS URL (JWT_JWKS_URL: asymmetric algorithms
only, keys fetched and cached by PyJWKClient) or from a shared secret (JWT_SECRET: HS256).
Never both: accepting HS256 next to public keys is the classic algorithm-confusion hole.
Signature, expiry (`exp` is required), audience and issuer are all checked; the user id is
the claim JWT_USER_CLAIM (default `sub`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import jwt
import structlog

from .core import Principal, bearer_token, invalid_credentials, is_valid_user_id

log = structlog.get_logger(__name__)

JWKS_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA")
SECRET_ALGORITHMS = ("HS256",)
LEEWAY_S = 30
"""Clock skew tolerated on exp/nbf/iat between the identity provider and this host."""
JWKS_CACHE_S = 300
"""How long fetched signing keys are reused before the JWKS URL is asked again."""
JWKS_TIMEOUT_S = 5


class JwtAuthenticator:
    """Accepts `Authorization: Bearer <jwt>` signed by the configured key(s)."""

    def __init__(
        self,
        *,
        audience: str,
        issuer: str,
        user_claim: str = "sub",
        secret: str | None = None,
        jwks_client: jwt.PyJWKClient | None = None,
    ) -> None:
        if (secret is None) == (jwks_client is None):
            raise ValueError("give exactly one of secret and jwks_client")
        self.audience = audience
        self.issuer = issuer
        self.user_claim = user_claim
        self._secret = secret
        self._jwks = jwks_client

    @classmethod
    def from_jwks_url(
        cls, url: str, *, audience: str, issuer: str, user_claim: str = "sub"
    ) -> JwtAuthenticator:
        """Keys from an identity provider's JWKS endpoint, cached for JWKS_CACHE_S."""
        client = jwt.PyJWKClient(url, lifespan=JWKS_CACHE_S, timeout=JWKS_TIMEOUT_S)
        return cls(audience=audience, issuer=issuer, user_claim=user_claim, jwks_client=client)

    async def authenticate(self, headers: Mapping[str, str]) -> Principal:
        token = bearer_token(headers)
        try:
            claims = await self._decode(token)
        except jwt.PyJWKClientConnectionError:
            # The identity provider is unreachable: the operator must know; the caller
            # sees the same refusal as for a bad token.
            log.error("auth.jwks_unavailable")
            raise invalid_credentials("Invalid or expired token.") from None
        except jwt.PyJWTError as exc:
            log.info("auth.token_rejected", reason=type(exc).__name__)
            raise invalid_credentials("Invalid or expired token.") from None
        user_id = claims.get(self.user_claim)
        if not isinstance(user_id, str) or not is_valid_user_id(user_id):
            log.info("auth.token_rejected", reason="user_claim")
            raise invalid_credentials("Invalid or expired token.")
        return Principal(user_id=user_id, method="jwt")

    async def _decode(self, token: str) -> dict[str, Any]:
        if self._jwks is not None:
            # May fetch the JWKS over the network (blocking): off the event loop.
            signing_key = await asyncio.to_thread(self._jwks.get_signing_key_from_jwt, token)
            key: Any = signing_key.key
            algorithms = list(JWKS_ALGORITHMS)
        else:
            key = self._secret
            algorithms = list(SECRET_ALGORITHMS)
        claims: dict[str, Any] = jwt.decode(
            token,
            key,
            algorithms=algorithms,
            audience=self.audience,
            issuer=self.issuer,
            leeway=LEEWAY_S,
            options={"require": ["exp", "aud", "iss"]},
        )
        return claims

    async def aclose(self) -> None:
        return None
