"""Writes of the notifications a person receives: their read marks and their email choices."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from jembatan.core.actions import audit_record
from jembatan.core.models import User
from jembatan.notifications import kinds
from jembatan.notifications.models import Frequency, Notification, Preference


def notification_mark_read(*, notification: Notification, actor: User) -> None:
    """The person opened one of their notifications."""
    if notification.recipient_id != actor.pk:
        raise PermissionDenied
    if notification.read_at is None:
        Notification.objects.filter(pk=notification.pk).update(read_at=timezone.now())


def notifications_mark_read(*, actor: User, ids: Iterable[int] | None = None) -> int:
    """Mark the person's unread notifications (or those of `ids`) read; returns how many."""
    qs = Notification.objects.filter(recipient=actor, read_at__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=list(ids))
    return qs.update(read_at=timezone.now())


@transaction.atomic
def notification_preferences_set(*, actor: User, frequencies: Mapping[str, str]) -> None:
    """How often the person is emailed about each kind; unknown kinds and values are skipped."""
    if not actor.is_authenticated:
        raise PermissionDenied
    valid = set(Frequency.values)
    chosen = dict(Preference.objects.filter(user=actor).values_list("kind", "frequency"))
    changes = {}
    for kind in kinds.KINDS.values():
        value = frequencies.get(kind.key)
        if value not in valid:
            continue
        before = chosen.get(kind.key, kind.default)
        Preference.objects.update_or_create(user=actor, kind=kind.key,
                                            defaults={"frequency": value})
        if before != value:
            changes[kind.key] = [before, value]
    if changes:
        audit_record(actor=actor, action="notification_preferences_update", obj=actor,
                     changes=changes)
