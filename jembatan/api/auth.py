"""Bearer tokens for the API, and who is calling.

The API never reads the browser session: a logged-in web user is an anonymous caller here
unless they send a token, so a page on another site cannot act through someone's cookies
(no CSRF on the API). Reporters prove who they are per call with the X-Access-Key header.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from jembatan.api.models import ApiToken
from jembatan.core.models import User

TOKEN_PREFIX = "jbt_"
MAX_TOKEN_LENGTH = 200
# last_used_at is for people, not for billing: one write every few minutes per token is plenty.
LAST_USED_RESOLUTION = dt.timedelta(minutes=5)


class InvalidToken(AuthenticationError):
    """A token was sent but is unknown, revoked, or belongs to a deactivated account."""

    code = "invalid_token"

    def __init__(self) -> None:
        super().__init__(401, _("The access token is not valid. Request a new token."))


class CredentialsRequired(AuthenticationError):
    code = "unauthorized"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(401, message or _("Sign in with an access token to do this."))


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_issue(user: User) -> str:
    """A new token for `user`; only its hash is stored, so this is the one time it is seen."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, key_hash=hash_token(token))
    return token


def token_find(token: str) -> ApiToken | None:
    """The live token row for `token`, or None. Marks the token as used."""
    token = token.strip()
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    row = ApiToken.objects.select_related("user").filter(key_hash=hash_token(token)).first()
    if row is None or not row.user.is_active:
        return None
    now = timezone.now()
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
        row.last_used_at = now
    return row


def token_revoke(row: ApiToken) -> None:
    ApiToken.objects.filter(pk=row.pk).delete()


@dataclass
class Caller:
    """Who is calling: a token's user, or nobody (public or a reporter with an access key)."""

    user: User | None = None
    token: ApiToken | None = None

    def __bool__(self) -> bool:  # ninja treats a falsy result as "not authenticated"
        return True


def _bind(request: HttpRequest, caller: Caller) -> Caller:
    # Replace whatever the session middleware found: only the token counts on the API.
    request.user = caller.user if caller.user is not None else AnonymousUser()
    return caller


class BearerToken(HttpBearer):
    """`Authorization: Bearer <token>` from `POST /auth/token`."""

    openapi_description = gettext_lazy("The token from POST /api/v1/auth/token.")

    def __call__(self, request: HttpRequest) -> Caller | None:
        header = request.headers.get(self.header, "")
        if not header.strip():
            return None  # ninja answers 401, or tries the next method (public access)
        scheme, _sep, token = header.strip().partition(" ")
        if scheme.lower() != "bearer":
            raise InvalidToken
        return self.authenticate(request, token)

    def authenticate(self, request: HttpRequest, token: str) -> Caller:
        row = token_find(token)
        if row is None:
            raise InvalidToken
        return _bind(request, Caller(user=row.user, token=row))


def public_caller(request: HttpRequest) -> Caller:
    """The fallback when no token is sent: the public, or a reporter with an access key."""
    return _bind(request, Caller())


# Staff endpoints need a token; report endpoints take one when the caller has one.
token_required = BearerToken()
token_optional = [token_required, public_caller]


def caller_of(request: HttpRequest) -> Caller:
    caller = getattr(request, "auth", None)
    return caller if isinstance(caller, Caller) else _bind(request, Caller())
