"""Background work of joint content: thin wrappers that take ids and call actions."""

from __future__ import annotations

import datetime as dt

from django_tasks import task

from jembatan.content import actions, distribution
from jembatan.content.models import Distribution, NewsComment


@task()
def publish_due_posts(now: str | None = None) -> int:
    """Every minute: publish the scheduled posts whose time has come. `now` (ISO 8601) is for
    running the job as of another moment."""
    moment = dt.datetime.fromisoformat(now) if now else None
    return actions.posts_publish_due(now=moment)


@task()
def send_distributions(distribution_ids: list[int]) -> int:
    sent = 0
    for row in Distribution.objects.filter(pk__in=distribution_ids).select_related("account"):
        if distribution.distribution_send(row).status == Distribution.Status.SENT:
            sent += 1
    return sent


@task()
def news_reply_email(reply_id: int) -> bool:
    """After an official reply: the one email to a commenter without an account."""
    reply = (NewsComment.objects.select_related("post__lead_agency", "official_agency",
                                                "parent__participant")
             .filter(pk=reply_id).first())
    return bool(reply and actions.news_reply_email_participant(reply=reply))
