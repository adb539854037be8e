"""Limits on failed sign-ins, shared by every place a password or a second-factor code is checked.

django-axes counts the failures (the sign-in page, the admin, the API token, the password change
and the code step all end in `authenticate()` or send `user_login_failed`). Each failure is
counted per name+address and per address. Never per name alone: then anyone who knows a
username could lock its owner out from anywhere
(docs/decisions/0017-accounts-sign-in-limits-and-two-step.md).
"""

from __future__ import annotations

import datetime as dt

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.core.client_ip import client_ip as request_client_ip

API_PREFIX = "/api/"


def attempt_username(request: HttpRequest, credentials: dict | None) -> str:
    """The name counted for an attempt: as the backend matches it (trimmed, any letter case)."""
    if credentials and credentials.get("username") is not None:
        name = credentials["username"]
    else:
        name = getattr(request, "POST", {}).get("username", "")
    return str(name or "").strip().lower()[:255]


def client_ip(request: HttpRequest) -> str:
    # The same address the other rate limits use (CLIENT_IP_HEADER behind a proxy), so a
    # lockout and a throttled form never disagree about who is asking.
    if not request.META.get("REMOTE_ADDR") and not settings.CLIENT_IP_HEADER:
        return ""  # a request built in code (Client.force_login), not one from the network
    return request_client_ip(request)


def _limits() -> list[tuple[list[str], int]]:
    return [
        (["username", "ip_address"], settings.LOGIN_FAILURE_LIMIT_PER_ACCOUNT_AND_ADDRESS),
        (["ip_address"], settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS),
    ]


class LoginAttemptHandler(AxesDatabaseHandler):
    """axes' database handler with one limit per lockout parameter instead of one for all."""

    def get_failures(self, request, credentials=None) -> int:
        # axes compares one number with AXES_FAILURE_LIMIT; report each parameter's count on
        # that scale, so a parameter is over the line exactly when it reaches its own limit.
        base = settings.AXES_FAILURE_LIMIT
        scaled = 0
        for attempts, (_names, limit) in zip(
            self.get_user_attempts(request, credentials), _limits(), strict=True
        ):
            failures = sum(attempts.values_list("failures_since_start", flat=True))
            scaled = max(scaled, failures * base // limit)
        return scaled

    def reset_user_attempts(self, request, credentials=None) -> int:
        # A good sign-in clears that name's failures from this address only. Clearing the
        # address's count too would let a guesser with an account of their own wipe it.
        name_and_address = self.filter_user_attempts(request, credentials)[0]
        count, _details = name_and_address.delete()
        return count


def retry_at(request: HttpRequest, credentials: dict | None = None) -> dt.datetime:
    """When the name+address (or the address) may try again."""
    ip = getattr(request, "axes_ip_address", None) or client_ip(request)
    name = get_client_username(request, credentials)
    last = (
        AccessAttempt.objects.filter(ip_address=ip)
        .filter(**({"username": name} if name else {}))
        .aggregate(last=Max("attempt_time"))["last"]
    )
    if last is None:
        last = AccessAttempt.objects.filter(ip_address=ip).aggregate(
            last=Max("attempt_time"))["last"] or timezone.now()
    return last + (get_cool_off(request) or dt.timedelta(0))


def lockout_message(when: dt.datetime) -> str:
    local = timezone.localtime(when)
    return _(
        "Too many failed sign-in attempts from this address. Try again after %(time)s, or "
        "reset your password."
    ) % {"time": local.strftime("%H:%M")}


def lockout_response(
    request: HttpRequest, original_response=None, credentials: dict | None = None
) -> HttpResponse:
    """What a locked-out request gets: the API's error shape, or a page with the reset path."""
    when = retry_at(request, credentials)
    wait_seconds = max(int((when - timezone.now()).total_seconds()), 1)
    if request.path.startswith(API_PREFIX):
        response = JsonResponse(
            {"code": "rate_limited", "message": lockout_message(when)}, status=429
        )
    else:
        response = render(
            request,
            "registration/locked_out.html",
            {"retry_at": timezone.localtime(when), "message": lockout_message(when)},
            status=429,
        )
    response["Retry-After"] = str(wait_seconds)
    return response
