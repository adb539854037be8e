"""Tell people about events: `notify` is the one entry point every domain calls.

The notification is stored at once (the bell shows it); email follows each recipient's
preference for that kind: right away (a background task after commit), in the daily or weekly
digest, or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import timezone

from jembatan.core.background import enqueue_on_commit
from jembatan.notifications import kinds
from jembatan.notifications.models import Frequency, Notification, Preference


def frequency_for(user, kind: str) -> str:
    stored = (Preference.objects.filter(user=user, kind=kind)
              .values_list("frequency", flat=True).first())
    return stored or kinds.get(kind).default


def frequencies(user_ids: Iterable[int], kind: str) -> dict[int, str]:
    """Each person's email frequency for `kind` (their choice or the kind's default)."""
    ids = list(user_ids)
    chosen = dict(Preference.objects.filter(user_id__in=ids, kind=kind)
                  .values_list("user_id", "frequency"))
    default = kinds.get(kind).default
    return {pk: chosen.get(pk, default) for pk in ids}


def notify(recipients: Iterable, kind: str, *, title: str, body: str = "", url: str = "",
           agency=None, exclude=None, emailed_by_caller: bool = False) -> list[Notification]:
    """Store one notification per recipient (each once, never the actor `exclude`).

    `emailed_by_caller`: the caller sends its own right-away email (the reports domain, whose
    emails carry the report's details); those bell entries are marked emailed, so nobody gets
    the same event twice. Digests still gather the entries of people who chose a digest.
    """
    users = {u.pk: u for u in recipients if u is not None and u.is_active}
    if exclude is not None:
        users.pop(getattr(exclude, "pk", None), None)
    if not users:
        return []
    chosen = dict(Preference.objects.filter(user_id__in=users, kind=kind)
                  .values_list("user_id", "frequency"))
    default = kinds.get(kind).default
    now = timezone.now()
    rows = [Notification(recipient_id=pk, kind=kind, title=str(title)[:255], body=str(body),
                         url=url[:500], agency=agency, created_at=now,
                         email_frequency=chosen.get(pk, default))
            for pk in users]
    created = Notification.objects.bulk_create(rows)
    realtime = [n.pk for n in created if n.email_frequency == Frequency.REALTIME]
    if emailed_by_caller:
        Notification.objects.filter(pk__in=[pk for pk in realtime if pk]).update(emailed_at=now)
        realtime = []
    if realtime and all(n.pk for n in created):
        enqueue_on_commit("jembatan.notifications.tasks.email_notifications", realtime)
    # Digests and "none" are left for the digest job; "none" is marked so it is never sent.
    Notification.objects.filter(pk__in=[n.pk for n in created if n.pk],
                                email_frequency=Frequency.NONE).update(emailed_at=now)
    return created


def unread_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()
