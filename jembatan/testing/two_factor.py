"""Two-step sign-in in tests: set up a person's authenticator and compute its current code."""

from django.core.cache import cache
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from jembatan.core import actions
from jembatan.core.context_processors import JURISDICTION_CACHE_KEY


def code_for(device: TOTPDevice) -> str:
    """The app's current code. Clears the record of the last code used and of past failures:
    each step of a test stands for a later 30-second window, as a person would type a new code."""
    device.refresh_from_db()
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1, throttling_failure_count=0,
                                                     throttling_failure_timestamp=None)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def enrol(user) -> tuple[TOTPDevice, list[str]]:
    """`user` with a confirmed authenticator; returns it and the ten recovery codes."""
    device = actions.two_factor_enrolment_start(actor=user)
    codes = actions.two_factor_enrolment_confirm(actor=user, device=device,
                                                 token=code_for(device))
    return TOTPDevice.objects.get(pk=device.pk), codes


def require_two_factor(jurisdiction, on: bool = True) -> None:
    jurisdiction.require_staff_two_factor = on
    jurisdiction.save()
    cache.delete(JURISDICTION_CACHE_KEY)
