"""Getting and giving back an API token."""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Status

from jembatan.api import schemas
from jembatan.api.auth import caller_of, token_issue, token_required, token_revoke
from jembatan.api.errors import ApiError
from jembatan.api.reports_api import rate_limit

router = Router(tags=["auth"])

# As the login form: per address, and per account so one name cannot be guessed at from many.
TOKEN_RATE_PER_IP = "30/10m"
TOKEN_RATE_PER_USERNAME = "10/10m"

ERRORS = {400: schemas.ErrorOut, 401: schemas.ErrorOut, 429: schemas.ErrorOut}


@router.post(
    "/auth/token",
    auth=None,
    response={200: schemas.TokenOut, **ERRORS},
    summary="Get an access token",
    description=(
        "Exchange a username (or email address) and password for a token, then send "
        "`Authorization: Bearer <token>`. The token is shown only once; it stays valid until "
        "it is revoked or the account is deactivated."
    ),
)
def token_create(request: HttpRequest, payload: schemas.TokenIn):
    rate_limit(request, group="api:token", rate=TOKEN_RATE_PER_IP)
    login = payload.username.strip().lower()
    rate_limit(request, group="api:token_user", rate=TOKEN_RATE_PER_USERNAME,
               key=lambda _group, _request: login)
    user = authenticate(request, username=payload.username, password=payload.password)
    if user is None:
        raise ApiError(401, "invalid_credentials",
                       _("The username or password is not correct."))
    return {"token": token_issue(user)}


@router.delete(
    "/auth/token",
    auth=token_required,
    response={204: None, 401: schemas.ErrorOut},
    summary="Revoke the token",
    description="The token sent with this request stops working at once.",
)
def token_delete(request: HttpRequest):
    token_revoke(caller_of(request).token)
    return Status(204, None)
