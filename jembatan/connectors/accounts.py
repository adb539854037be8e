"""Connecting an agency's accounts. Secrets are encrypted and never shown again."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from jembatan.connectors.models import CONNECTABLE, ConnectedAccount, Platform
from jembatan.core.actions import audit_record
from jembatan.core.models import Agency


@transaction.atomic
def connect_account(*, agency: Agency, platform: str, external_id: str, name: str = "",
                    token: str | None = None, actor=None, **mailbox) -> tuple[ConnectedAccount,
                                                                             bool]:
    """Connect (or update) an account; returns (account, created). A token of None keeps the
    stored one; the empty string removes it."""
    external_id = (external_id or "").strip()
    if platform not in [p.value for p in CONNECTABLE]:
        raise ValidationError(_("Unknown platform: %(platform)s.") % {"platform": platform})
    if not external_id:
        raise ValidationError(_("The account id is required."))
    if platform == Platform.EMAIL:
        external_id = external_id.lower()
        validate_email(external_id)
    elif not (external_id.isascii() and external_id.isdigit()):  # "²" is a digit to Python
        raise ValidationError(_("A Meta account id is a number, for example 106540352242922."))
    account = ConnectedAccount.objects.select_for_update().filter(
        platform=platform, external_id=external_id).first()
    if account is not None and account.agency_id != agency.pk:
        raise ValidationError(_("This account is already connected to %(agency)s.")
                              % {"agency": account.agency.name})
    created = account is None
    if created:
        account = ConnectedAccount(agency=agency, platform=platform, external_id=external_id)
    account.name = (name or account.name or "").strip()[:150]
    for key, value in mailbox.items():
        if value is not None and hasattr(account, key):
            setattr(account, key, value)
    if token is not None:
        account.token = token.strip()
    account.is_active = True
    account.save()
    audit_record(actor=actor, action="account_connect" if created else "account_update",
                 obj=account, agency=agency,
                 changes={"platform": [None, platform], "external_id": [None, external_id],
                          "token": [None, "diganti" if token else "tetap"]})
    return account, created
