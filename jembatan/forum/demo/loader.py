"""The Bakohumas forum in the Wonosobo demo: what used to scroll away in the PR officers'
WhatsApp group — announcements with read status, topic channels and direct threads — written through the real actions, so the audit
trail, reply counts and read marks are what the product itself would have stored.
"""

from __future__ import annotations

import datetime as dt
import random

from django.db import transaction
from django.utils import timezone

from jembatan.core.models import Agency, Membership, User
from jembatan.core.quiet import notifications_suppressed
from jembatan.core.workdays import JAKARTA
from jembatan.forum import actions as forum_actions
from jembatan.forum.demo.data import DIRECT, THREADS, TOPICS
from jembatan.forum.models import ChannelRead, ForumChannel, ForumPost
from jembatan.forum.selectors import expected_agencies


def staff_writing_for(slug: str) -> User | None:
    """The agency's officer (or admin, or liaison) who writes for it in the demo."""
    membership = (Membership.objects.filter(agency__slug=slug).select_related("user")
                  .order_by("-role", "user__username").first())
    if slug == "diskominfo":
        return User.objects.filter(username="koordinator").first() or (
            membership.user if membership else None)
    return membership.user if membership else None


def moment_days_ago(now: dt.datetime, days_ago: int, hour: int) -> dt.datetime:
    local = (now - dt.timedelta(days=days_ago)).astimezone(JAKARTA)
    moment = local.replace(hour=hour, minute=random.Random(days_ago * 31 + hour).randint(0, 50))
    return min(moment, now - dt.timedelta(minutes=30))


@transaction.atomic
def forum_demo_load(*, log=print) -> None:
    regency = forum_actions.regency_channel_ensure(actor=None)
    if ForumPost.objects.filter(channel=regency).exists():
        log("Bakohumas forum: already loaded")
        return
    rng = random.Random(2026)
    now = timezone.now()
    coordinator = User.objects.filter(username="koordinator").first()
    if coordinator is None:
        log("Bakohumas forum: no coordinator account; skipped")
        return
    channels = {"bakohumas": regency}
    with notifications_suppressed():
        for name, description in TOPICS:
            channel = (ForumChannel.objects.filter(kind=ForumChannel.Kind.TOPIC, name=name).first()
                       or forum_actions.topic_channel_create(name=name, description=description,
                                                     actor=coordinator))
            channels[channel.slug] = channel
        posts = 0
        for (key, slug, days, hour, title, body, replies, announce,
             read_by) in THREADS:
            author = coordinator if announce else staff_writing_for(slug)
            if author is None:
                continue
            at = moment_days_ago(now, days, hour)
            post = forum_actions.post_create(channel=channels[key], actor=author, title=title,
                                     body=body, is_announcement=announce, pin=announce,
                                     at=at)
            posts += 1
            for reply_slug, minutes, text in replies:
                replier = staff_writing_for(reply_slug)
                when = at + dt.timedelta(minutes=minutes)
                if replier is None or when > now:
                    continue
                forum_actions.post_create(channel=channels[key], actor=replier, body=text,
                                  parent=post, at=when)
                posts += 1
            if announce:
                _read_by(post, read_by, rng, now)
        for slugs, title, days, messages in DIRECT:
            agencies = list(Agency.objects.filter(slug__in=slugs))
            first_slug, _minutes, first_text = messages[0]
            start = moment_days_ago(now, days, 9)
            channel = forum_actions.direct_thread_create(agencies=agencies, title=title,
                                                 body=first_text, actor=staff_writing_for(first_slug),
                                                 at=start)
            for slug, minutes, text in messages[1:]:
                when = start + dt.timedelta(minutes=minutes)
                if when < now:
                    forum_actions.post_create(channel=channel, actor=staff_writing_for(slug), body=text, at=when)
            posts += len(messages)
        # Named demo accounts last read the shared channels a day or two ago, so the forum
        # shows what is new for them.
        for user in User.objects.filter(memberships__isnull=False).exclude(
                username__startswith="penghubung.").distinct():
            for channel in channels.values():
                ChannelRead.objects.update_or_create(
                    user=user, channel=channel,
                    defaults={"last_read_at": now - dt.timedelta(days=rng.choice([1, 2, 3]))})
    log(f"Bakohumas forum: {len(channels)} channels, {len(DIRECT)} direct threads, {posts} "
        f"posts")


def _read_by(post: ForumPost, count: int, rng: random.Random, now: dt.datetime) -> None:
    agencies = list(expected_agencies(post.channel).order_by("slug"))
    rng.shuffle(agencies)
    for agency in agencies[:count]:
        reader = staff_writing_for(agency.slug)
        if reader is None or reader.pk == post.author_id:
            continue
        opened = post.created_at + dt.timedelta(minutes=rng.randint(5, 60 * 30))
        forum_actions.announcement_mark_read(post=post, actor=reader, at=min(opened, now))
