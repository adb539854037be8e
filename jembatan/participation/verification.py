"""One-time codes that confirm a participant's email address before their first contribution.

The code lives in the cache for 15 minutes with at most 5 tries; only its hash is kept, keyed by
the hash of the address. Sending goes through Django's email backend like every other mail.
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

CODE_TTL = 15 * 60
MAX_TRIES = 5
# One code per address per minute: the form cannot be used to flood someone's mailbox.
RESEND_AFTER = 60


def _key(email: str) -> str:
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:code:{email.strip().lower()}".encode())
    return "participation:code:" + digest.hexdigest()


def _hash(code: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{code}".encode()).hexdigest()


def code_send(*, email: str, display_name: str) -> bool:
    """Send a new code; False when one was sent to this address less than a minute ago."""
    if not cache.add(_key(email) + ":sent", True, RESEND_AFTER):
        return False
    code = f"{secrets.randbelow(1_000_000):06d}"
    cache.set(_key(email), {"code": _hash(code), "name": display_name, "tries": 0}, CODE_TTL)
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your confirmation code: %(code)s") % {"code": code}
        body = _("Hello %(name)s,\n\nEnter this code to confirm your email address and take "
                 "part in the public consultation:\n\n%(code)s\n\nThe code is valid for 15 "
                 "minutes. If you did not ask for it, ignore this email.\n") % {
            "name": display_name, "code": code}
    EmailMessage(subject=subject, body=body, to=[email]).send()
    return True


def code_check(*, email: str, code: str) -> str | None:
    """The display name given with the code when `code` is right; None otherwise. A right code
    works once; too many wrong ones void it."""
    key = _key(email)
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
