"""Email for notifications: right away, or gathered in daily and weekly digests."""

from __future__ import annotations

from django_tasks import task


@task()
def email_notifications(notification_ids: list[int]) -> int:
    from jembatan.notifications.email import send_realtime

    return send_realtime(notification_ids)


@task()
def send_daily_digests() -> int:
    from jembatan.notifications.email import send_digests

    return send_digests("daily")


@task()
def send_weekly_digests() -> int:
    from jembatan.notifications.email import send_digests

    return send_digests("weekly")
