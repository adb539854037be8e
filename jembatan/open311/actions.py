"""Writes of Open311: issuing and revoking client keys, and a report arriving from a client.

The report itself goes through reports.actions.report_submit (stored first, then routed,
audited and notified); this module only records which client sent it.
"""

from __future__ import annotations

import datetime as dt
import secrets

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from jembatan.core.actions import audit_record
from jembatan.core.models import Region, User
from jembatan.open311.models import ClientKey, Submission, key_hash
from jembatan.reports import actions as report_actions
from jembatan.reports.models import Category, Channel

KEY_PREFIX = "o311_"


def _require_coordinator(actor: User | None) -> None:
    # None is the command line (manage.py open311_key): whoever runs it runs the server.
    if actor is not None and not actor.has_perm("open311.manage_keys"):
        raise PermissionDenied


@transaction.atomic
def client_key_issue(*, name: str, may_submit: bool = True, may_read_updates: bool = True,
                     actor: User | None) -> tuple[ClientKey, str]:
    """A new key for a client. Returns (row, key): the key is seen this once, only its hash
    is stored."""
    _require_coordinator(actor)
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ClientKey.objects.create(
        name=name.strip()[:100], key_hash=key_hash(raw), may_submit=may_submit,
        may_read_updates=may_read_updates, created_by=actor, created_at=timezone.now(),
    )
    audit_record(actor=actor, action="open311_key_issue", obj=key,
                 actor_label=None if actor is not None else "manage.py",
                 changes={"may_submit": [None, may_submit],
                          "may_read_updates": [None, may_read_updates]})
    return key, raw


@transaction.atomic
def client_key_revoke(*, key: ClientKey, actor: User | None) -> ClientKey:
    """The key stops working at once; its past submissions keep the client's name."""
    _require_coordinator(actor)
    key = ClientKey.objects.select_for_update().get(pk=key.pk)  # two coordinators at once
    if key.revoked_at is not None:
        return key
    key.revoked_at = timezone.now()
    key.revoked_by = actor
    key.save(update_fields=["revoked_at", "revoked_by"])
    audit_record(actor=actor, action="open311_key_revoke", obj=key,
                 actor_label=None if actor is not None else "manage.py",
                 changes={"revoked_at": [None, key.revoked_at.isoformat()]})
    return key


@transaction.atomic
def open311_report_submit(
    *,
    client: ClientKey,
    kind: str,
    category: Category | None,
    title: str,
    body: str,
    privacy: str,
    kecamatan: Region | None,
    desa: Region | None,
    address: str,
    latitude,
    longitude,
    reporter_name: str,
    reporter_email: str,
    reporter_phone: str,
    device_id: str = "",
    account_id: str = "",
    media_url: str = "",
    idempotency_key: str | None = None,
    at: dt.datetime | None = None,
) -> tuple[Submission, bool]:
    """A report from an Open311 client, in one transaction with the record of its client.
    Returns (submission, created): a retry with the same idempotency key creates nothing."""
    if not client.may_submit or client.revoked_at is not None:
        raise PermissionDenied
    report, _access_key, created = report_actions.report_submit(
        kind=kind, title=title, body=body, privacy=privacy, kecamatan=kecamatan, desa=desa,
        address=address, latitude=latitude, longitude=longitude, category=category,
        reporter_name=reporter_name, reporter_email=reporter_email,
        reporter_phone=reporter_phone, channel=Channel.OPEN311,
        idempotency_key=idempotency_key, at=at,
    )
    if not created:
        submission = Submission.objects.filter(report=report).first()
        if submission is None or submission.client_id != client.pk:
            # The key namespace includes the client, so this is another channel's report.
            raise PermissionDenied
        return submission, False
    submission = Submission.objects.create(
        report=report, client=client, client_name=client.name,
        token=secrets.token_hex(16), device_id=device_id[:100], account_id=account_id[:100],
        media_url=media_url[:500], created_at=report.created_at,
    )
    return submission, True
