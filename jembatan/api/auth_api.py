"""Getting and giving back an API token."""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.contrib.auth.signals import user_login_failed
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import match_token
from ninja import Router, Status

from jembatan.api import schemas
from jembatan.api.auth import caller_of, token_issue, token_required, token_revoke
from jembatan.api.errors import ApiError, error_responses
from jembatan.core import selectors
from jembatan.core.login_limits import attempt_username, lockout_message, retry_at

router = Router(tags=["auth"])

ERRORS = error_responses(400, 401, 403, 429)


def _locked_out(request: HttpRequest, credentials: dict) -> ApiError:
    return ApiError(429, "rate_limited", lockout_message(retry_at(request, credentials)))


@router.post(
    "/auth/token",
    auth=None,
    response={200: schemas.TokenOut, **ERRORS},
    summary=gettext_lazy("Get an access token"),
    description=gettext_lazy(
        "Exchange a username (or email address) and password for a token, then send "
        "`Authorization: Bearer <token>`. The token is shown only once; it stays valid until "
        "it is revoked or the account is deactivated. An account with two-step sign-in also "
        "sends `otp`; without it the answer is 401 with the code `otp_required`. Failed "
        "passwords and codes are limited per account and address and per address (429)."
    ),
)
def token_create(request: HttpRequest, payload: schemas.TokenIn):
    credentials = {"username": attempt_username(request, {"username": payload.username})}
    # authenticate() goes through django-axes first: the same limits as the sign-in page.
    user = authenticate(request, username=payload.username, password=payload.password)
    if user is None:
        if getattr(request, "axes_locked_out", False):
            raise _locked_out(request, credentials)
        raise ApiError(401, "invalid_credentials",
                       _("The username or password is not correct."))
    if selectors.two_factor_enrolled(user=user):
        code = "".join((payload.otp or "").split()).lower()
        if not code:
            raise ApiError(401, "otp_required", _(
                "This account uses two-step sign-in. Send the code from the authenticator app, "
                "or a recovery code, in the otp field."))
        if match_token(user, code) is None:
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            if getattr(request, "axes_locked_out", False):
                raise _locked_out(request, credentials)
            raise ApiError(401, "otp_invalid", _("The two-step sign-in code is not correct."))
    elif selectors.two_factor_required(user=user):
        raise ApiError(403, "two_factor_setup_required", _(
            "Your government requires two-step sign-in for your role. Set it up on your "
            "account page before requesting a token."))
    return {"token": token_issue(user)}


@router.delete(
    "/auth/token",
    auth=token_required,
    response={204: None, 401: schemas.ErrorOut},
    summary=gettext_lazy("Revoke the token"),
    description=gettext_lazy("The token sent with this request stops working at once."),
)
def token_delete(request: HttpRequest):
    token_revoke(caller_of(request).token)
    return Status(204, None)
