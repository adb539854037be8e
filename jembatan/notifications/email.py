"""Notification emails. Sent in the recipient's language choice is not stored yet, so in the
installation's default language (Indonesian)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from itertools import groupby
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jembatan.notifications.models import Notification

logger = logging.getLogger(__name__)

DIGEST_WINDOW = {"daily": dt.timedelta(days=1), "weekly": dt.timedelta(days=7)}


def _send(user, subject: str, notifications: list[Notification]) -> bool:
    if not user.email:
        return False
    body = render_to_string("notifications/email.txt", {
        "user": user, "notifications": notifications, "site_url": settings.SITE_URL,
    })
    # Each notification is marked emailed right after the server accepted it; a worker killed
    # in between sends it again on the rerun, under the same Message-ID so that mail programs
    # show it once.
    key = hashlib.sha256(",".join(str(n.pk) for n in notifications).encode()).hexdigest()
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    EmailMessage(subject=subject, body=body, to=[user.email],
                 headers={"Message-ID": f"<notification-{key[:32]}@{domain}>"}).send()
    return True


def send_realtime(notification_ids: list[int]) -> int:
    """Email each notification that is still unsent; idempotent."""
    sent = 0
    pending = (Notification.objects.filter(pk__in=notification_ids, emailed_at__isnull=True,
                                           email_frequency="realtime")
               .select_related("recipient"))
    with translation.override(settings.LANGUAGE_CODE):
        for notification in pending:
            if _send(notification.recipient, notification.title, [notification]):
                sent += 1
            Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
    return sent


def send_digests(frequency: str, *, now: dt.datetime | None = None) -> int:
    """One email per person with everything of that frequency not yet emailed."""
    now = now or timezone.now()
    pending = (Notification.objects.filter(email_frequency=frequency, emailed_at__isnull=True,
                                           created_at__lte=now)
               .select_related("recipient").order_by("recipient_id", "created_at"))
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for _user_id, group in groupby(pending.iterator(chunk_size=500),
                                       key=lambda n: n.recipient_id):
            items = list(group)
            user = items[0].recipient
            subject = (_("Your daily summary: %(count)d updates") if frequency == "daily"
                       else _("Your weekly summary: %(count)d updates")) % {"count": len(items)}
            if _send(user, subject, items):
                sent += 1
            Notification.objects.filter(pk__in=[n.pk for n in items]).update(emailed_at=now)
    logger.info("%s digests sent: %d", frequency, sent)
    return sent
