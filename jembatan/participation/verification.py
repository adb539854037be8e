"""One-time codes that confirm a participant's email address or mobile number before their
first contribution.

The code lives in the cache for 15 minutes with at most 5 tries; only its hash is kept, keyed by
the hash of the normalised contact. An email goes through Django's email backend like every
other mail; a mobile number gets a WhatsApp authentication template (`phone`, decision 0057).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.translation import gettext as _

from jembatan.participation import phone
from jembatan.participation.models import Participant

SendFailed = phone.SendFailed
CODE_TTL = 15 * 60
MAX_TRIES = 5
# One code per contact per minute: the form cannot be used to flood someone's mailbox or phone.
RESEND_AFTER = 60


def _key(contact: str) -> str:
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:code:{contact.strip().lower()}".encode())
    return "participation:code:" + digest.hexdigest()


def _hash(code: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{code}".encode()).hexdigest()


def code_send(*, contact: str, display_name: str,
              kind: str = Participant.ContactKind.EMAIL) -> bool:
    """Send a new code to `contact` (an email address, or a mobile number in E.164); False when
    one was sent to it less than a minute ago. Raises SendFailed when WhatsApp cannot take the
    code: then nothing is kept, and the person may ask again at once."""
    key = _key(contact)
    if not cache.add(key + ":sent", True, RESEND_AFTER):
        return False
    code = f"{secrets.randbelow(1_000_000):06d}"
    cache.set(key, {"code": _hash(code), "name": display_name, "tries": 0}, CODE_TTL)
    if kind == Participant.ContactKind.PHONE:
        try:
            phone.code_deliver(number=contact, code=code)
        except SendFailed:
            cache.delete_many([key, key + ":sent"])
            raise
        return True
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your confirmation code: %(code)s") % {"code": code}
        body = _("Hello %(name)s,\n\nEnter this code to confirm your email address and take "
                 "part in the public consultation:\n\n%(code)s\n\nThe code is valid for 15 "
                 "minutes. If you did not ask for it, ignore this email.\n") % {
            "name": display_name, "code": code}
    EmailMessage(subject=subject, body=body, to=[contact]).send()
    return True


def code_check(*, contact: str, code: str) -> str | None:
    """The display name given with the code when `code` is right; None otherwise. A right code
    works once; too many wrong ones void it."""
    key = _key(contact)
    pending = cache.get(key)
    if not pending:
        return None
    if not hmac.compare_digest(pending["code"], _hash(code.strip())):
        pending["tries"] += 1
        if pending["tries"] >= MAX_TRIES:
            cache.delete(key)
        else:
            cache.set(key, pending, CODE_TTL)
        return None
    cache.delete(key)
    return pending["name"]


def phone_available() -> bool:
    """Whether a mobile number can be confirmed (a WhatsApp sender is configured)."""
    return phone.codes_available()


def confirm_first() -> str:
    """What a visitor without an account is told before the confirm page."""
    if phone_available():
        return _("Confirm your email address or mobile number first; it takes a minute.")
    return _("Confirm your email address first; it takes a minute.")
