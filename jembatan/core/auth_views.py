"""Signing in (password, then a code for those with two-step sign-in), the account page,
setting up the second factor, and password reset.

Failed passwords and codes are counted by django-axes (core/login_limits.py) wherever they are
checked; the reset form keeps its own per-address limit because it checks no password.
"""

from __future__ import annotations

import time
from base64 import b32encode
from urllib.parse import urlencode

import segno
from axes.handlers.proxy import AxesProxyHandler
from django import forms
from django.contrib import messages
from django.contrib.auth import (
    authenticate,
    get_user_model,
    login,
    logout,
    update_session_auth_hash,
)
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.signals import user_login_failed
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_ratelimit.decorators import ratelimit

from jembatan.core import actions, selectors
from jembatan.core.login_limits import attempt_username, lockout_response

PENDING_KEY = "two_factor_pending"
ENROL_KEY = "two_factor_enrolment"
RECOVERY_KEY = "two_factor_recovery_codes"
# Between the password and the code: long enough to open the app, short enough to be useless
# to whoever finds an unattended browser.
PENDING_SECONDS = 5 * 60


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=32,
        strip=True,
        error_messages={"required": gettext_lazy("Type the code.")},
    )

    def clean_code(self) -> str:
        # Apps show "123 456"; recovery codes are typed in any case.
        return "".join(self.cleaned_data["code"].split()).lower()


class LoginView(auth_views.LoginView):
    redirect_authenticated_user = True

    def form_valid(self, form):
        user = form.get_user()
        if selectors.two_factor_enrolled(user=user):
            # The password was right; the session is opened only after the code.
            self.request.session[PENDING_KEY] = {
                "user": user.pk,
                "backend": user.backend,
                "name": attempt_username(self.request, None),
                "next": self.get_success_url(),
                "at": time.time(),
            }
            return redirect("login_code")
        return super().form_valid(form)


def _pending(request: HttpRequest) -> dict | None:
    pending = request.session.get(PENDING_KEY)
    if not pending or time.time() - pending.get("at", 0) > PENDING_SECONDS:
        request.session.pop(PENDING_KEY, None)
        return None
    return pending


@never_cache
@require_http_methods(["GET", "POST"])
def login_code(request: HttpRequest) -> HttpResponse:
    """The second step: a code from the authenticator app, or one of the recovery codes."""
    pending = _pending(request)
    if pending is None:
        messages.info(request, _("Please sign in again."))
        return redirect("login")
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
    if user is None:
        request.session.pop(PENDING_KEY, None)
        return redirect("login")
    credentials = {"username": pending["name"]}
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        if not AxesProxyHandler.is_allowed(request, credentials):
            return lockout_response(request, None, credentials)
        if form.is_valid():
            device = match_token(user, form.cleaned_data["code"])
            if device is not None:
                del request.session[PENDING_KEY]
                login(request, user, backend=pending["backend"])
                otp_login(request, device)
                if device.persistent_id.startswith("otp_static"):
                    messages.warning(request, _(
                        "You signed in with a recovery code; it cannot be used again. If your "
                        "phone is lost, set up the authenticator app again on your account page."
                    ))
                return HttpResponseRedirect(pending["next"])
            # A wrong code counts like a wrong password, in the same limits.
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            if getattr(request, "axes_locked_out", False):
                return lockout_response(request, None, credentials)
            form.add_error("code", _("The code is not correct. Check the time on your phone "
                                     "and try the newest code."))
    return render(request, "registration/login_code.html", {"form": form})


@method_decorator(ratelimit(key="ip", rate="5/h", method="POST", block=False), name="post")
class PasswordResetView(auth_views.PasswordResetView):
    def post(self, request, *args, **kwargs):
        if getattr(request, "limited", False):
            context = self.get_context_data(
                form=self.get_form_class()(),
                limited_message=_("Too many reset requests from this address. Please try "
                                  "again later."),
            )
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)


# --- The account page ---------------------------------------------------------------------------


def _safe_next(request: HttpRequest) -> str:
    target = request.GET.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


@login_required
def account(request: HttpRequest) -> HttpResponse:
    user = request.user
    codes = request.session.pop(RECOVERY_KEY, None)
    return render(
        request,
        "core/account.html",
        {
            "enrolled": selectors.two_factor_enrolled(user=user),
            "required": selectors.two_factor_required(user=user),
            "recovery_codes": codes,
            "recovery_left": _recovery_left(user),
            "next": _safe_next(request),
        },
    )


def _recovery_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


class PasswordChangeCountedForm(PasswordChangeForm):
    """Django's form, with the current password checked through authenticate() so wrong
    guesses count in the same sign-in limits as everywhere else."""

    def __init__(self, user, *args, request: HttpRequest, **kwargs):
        self.request = request
        super().__init__(user, *args, **kwargs)

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        checked = authenticate(
            self.request, username=self.user.get_username(), password=old_password
        )
        if checked is None or checked.pk != self.user.pk:
            raise forms.ValidationError(
                self.error_messages["password_incorrect"], code="password_incorrect"
            )
        return old_password


@login_required
@require_http_methods(["GET", "POST"])
def password_change(request: HttpRequest) -> HttpResponse:
    form = PasswordChangeCountedForm(request.user, request.POST or None, request=request)
    if request.method == "POST":
        if getattr(request, "axes_locked_out", False):
            return lockout_response(request)
        if form.is_valid():
            form.save()
            update_session_auth_hash(request, form.user)
            messages.success(request, _("Your password has been changed."))
            return redirect("account")
    return render(request, "core/password_change.html", {"form": form})


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def two_factor_enrol(request: HttpRequest) -> HttpResponse:
    """Set up the authenticator app: scan (or type) the secret, confirm with a code."""
    user = request.user
    if not user.is_verified() and selectors.two_factor_enrolled(user=user):
        # Replacing the app needs a session confirmed by the current one, not the password alone.
        logout(request)
        return redirect(login_url_for(reverse("two_factor_enrol")))
    device = None
    device_id = request.session.get(ENROL_KEY)
    if device_id:
        device = TOTPDevice.objects.filter(pk=device_id, user=user, confirmed=False).first()
    if device is None:
        device = actions.two_factor_enrolment_start(actor=user)
        request.session[ENROL_KEY] = device.pk
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            codes = actions.two_factor_enrolment_confirm(
                actor=user, device=device, token=form.cleaned_data["code"]
            )
        except actions.TwoFactorError:
            form.add_error("code", _("The code is not correct. Check the time on your phone "
                                     "and try the newest code."))
        else:
            request.session.pop(ENROL_KEY, None)
            otp_login(request, TOTPDevice.objects.get(pk=device.pk))
            request.session[RECOVERY_KEY] = codes
            messages.success(request, _("Two-step sign-in is on. From now on you will be asked "
                                        "for a code after your password."))
            target = _safe_next(request)
            return redirect(reverse("account") + (f"?{urlencode({'next': target})}"
                                                  if target else ""))
    secret = _base32(device)
    return render(
        request,
        "core/two_factor_enrol.html",
        {
            "form": form,
            "qr_svg": segno.make_qr(device.config_url, error="m").svg_inline(
                # No fixed size: the viewBox lets the stylesheet fit it to a phone's width.
                scale=4, dark="#1f2933", light="#ffffff", omitsize=True
            ),
            "secret": " ".join(secret[i:i + 4] for i in range(0, len(secret), 4)),
            "required": selectors.two_factor_required(user=user),
            "next": _safe_next(request),
        },
    )


def _base32(device: TOTPDevice) -> str:
    return b32encode(device.bin_key).decode().rstrip("=")


def login_url_for(next_url: str) -> str:
    return f"{reverse('login')}?{urlencode({'next': next_url})}"
