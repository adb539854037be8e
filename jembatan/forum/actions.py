"""Writes of the Bakohumas forum. Views and the demo call these; none writes the models directly.

Every staff action leaves an audit entry. Reading (read marks, announcement reads) is not an
action and is not audited: it would fill the log with page views.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _

from jembatan.core import quiet
from jembatan.core.actions import audit_record
from jembatan.core.models import Agency, User
from jembatan.core.rules import agency_ids_of
from jembatan.forum import rules as forum_rules
from jembatan.forum.mentions import parse_mentions
from jembatan.forum.models import (
    AnnouncementRead,
    ChannelRead,
    ForumChannel,
    ForumPost,
    ForumPostAttachment,
)
from jembatan.forum.selectors import (
    REGENCY_SLUG,
    acting_agency,
    announcement_read_status,
    channel_audience,
    regency_channel,
)
from jembatan.notifications.services import notify

REMIND_INTERVAL = dt.timedelta(hours=1)
MAX_BODY = 10_000

def _notify(recipients: Iterable[User], kind: str, *, title: str, body: str, url: str,
            agency: Agency | None, exclude: User | None) -> int:
    if quiet.is_suppressed():
        return 0
    return len(notify(recipients, kind, title=title, body=body, url=url, agency=agency,
                      exclude=exclude))


def _store_attachments(post: ForumPost, attachments) -> None:
    for item in attachments or ():
        ForumPostAttachment.objects.create(post=post, file=item.content,
                                      content_type=item.content_type, size=item.size,
                                      original_name=item.original_name[:255])


@transaction.atomic
def post_create(*, channel: ForumChannel, actor: User, body: str, title: str = "",
                attachments=(), parent: ForumPost | None = None, is_announcement: bool = False,
                pin: bool = False, at: dt.datetime | None = None) -> ForumPost:
    """Write a post or a reply; tell the mentioned, the announced-to and the replied-to."""
    body = (body or "").strip()
    if not body:
        raise ValidationError(_("Write something first."), code="empty")
    if len(body) > MAX_BODY:
        raise ValidationError(_("The text is too long."), code="too_long")
    if not forum_rules.can_post_in_channel(actor, channel):
        raise PermissionDenied
    if parent is not None:
        if parent.channel_id != channel.pk:
            raise ValidationError(_("That post is in another channel."), code="wrong_channel")
        # One level of replies: a reply to a reply joins the same thread.
        if parent.parent_id:
            parent = parent.parent
        if parent.is_removed:
            raise ValidationError(_("That post was removed."), code="removed")
        is_announcement = pin = False
        title = ""
    if (is_announcement or pin) and not forum_rules.can_announce_in_channel(actor, channel):
        raise PermissionDenied
    now = at or timezone.now()
    post = ForumPost.objects.create(
        channel=channel, parent=parent, author=actor, agency=acting_agency(actor, channel),
        title=(title or "").strip()[:200], body=body, is_announcement=is_announcement,
        is_pinned=pin, created_at=now,
    )
    _store_attachments(post, attachments)
    agencies, users = parse_mentions(body)
    if agencies:
        post.mentioned_agencies.set(agencies)
    if users:
        post.mentioned_users.set(users)
    ForumChannel.objects.filter(pk=channel.pk, last_post_at__lt=now).update(last_post_at=now)
    if parent is not None:
        ForumPost.objects.filter(pk=parent.pk).update(reply_count=F("reply_count") + 1,
                                                 last_reply_at=now)
    ChannelRead.objects.update_or_create(user=actor, channel=channel,
                                         defaults={"last_read_at": now})
    audit_record(actor=actor, action="forum_announce" if is_announcement else
                 ("forum_reply" if parent else "forum_post"), obj=post, agency=post.agency,
                 at=now, note=Truncator(body).chars(200))
    _notify_post(post, agencies=agencies, users=users)
    return post


def _notify_post(post: ForumPost, *, agencies: list[Agency], users: list[User]) -> None:
    channel = post.channel
    audience = channel_audience(channel)
    author = post.author
    url = post.get_absolute_url()
    who = post.agency.short_name if post.agency else str(author)
    excerpt = Truncator(post.body).chars(300)
    told: set[int] = {author.pk}
    with translation.override(settings.LANGUAGE_CODE):
        if post.is_announcement:
            recipients = list(audience)
            _notify(recipients, "forum_announcement",
                    title=_("New announcement: %(title)s") % {
                        "title": post.title or Truncator(post.body).chars(60)},
                    body=excerpt, url=url, agency=post.agency, exclude=author)
            told.update(u.pk for u in recipients)
        if agencies or users:
            # Only people who can read the channel hear about it: a mention in a direct
            # thread must not reveal the thread to an agency outside it.
            mentioned = audience.filter(
                pk__in=[u.pk for u in users]
            ) | audience.filter(memberships__agency__in=agencies)
            recipients = [u for u in mentioned.distinct() if u.pk not in told]
            _notify(recipients, "forum_mention",
                    title=_("%(who)s mentioned you in %(channel)s") % {
                        "who": who, "channel": channel.name},
                    body=excerpt, url=url, agency=post.agency, exclude=author)
            told.update(u.pk for u in recipients)
        if post.parent_id and post.parent.author_id and post.parent.author_id not in told:
            _notify([post.parent.author], "forum_reply",
                    title=_("%(who)s replied to your post in %(channel)s") % {
                        "who": who, "channel": channel.name},
                    body=excerpt, url=url, agency=post.agency, exclude=author)


def _unique_slug(base: str) -> str:
    base = (slugify(base) or "kanal")[:60]
    slug, number = base, 2
    while ForumChannel.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


@transaction.atomic
def topic_channel_create(*, name: str, description: str = "", actor: User) -> ForumChannel:
    if not forum_rules.can_create_topic(actor):
        raise PermissionDenied
    name = name.strip()
    if not name:
        raise ValidationError(_("Give the channel a name."), code="empty")
    if ForumChannel.objects.filter(kind=ForumChannel.Kind.TOPIC, name__iexact=name).exists():
        raise ValidationError(_("A channel with this name already exists."), code="exists")
    channel = ForumChannel.objects.create(kind=ForumChannel.Kind.TOPIC, name=name[:120],
                                     slug=_unique_slug(name), description=description[:300],
                                     created_by=actor)
    audit_record(actor=actor, action="forum_channel_create", obj=channel,
                 changes={"name": [None, channel.name]})
    return channel


@transaction.atomic
def regency_channel_ensure(*, actor: User | None) -> ForumChannel:
    """The regency-wide channel, opened on first use so a fresh installation has it."""
    if actor is not None and not forum_rules.is_forum_member(actor):
        raise PermissionDenied
    channel = regency_channel()
    if channel is not None:
        return channel
    channel, created = ForumChannel.objects.get_or_create(
        kind=ForumChannel.Kind.REGENCY,
        defaults={"slug": REGENCY_SLUG, "name": _("Bakohumas Wonosobo"),
                  "description": _("The channel of every agency's public-relations officers.")},
    )
    if created:
        # Recorded as the installation's doing: whoever opened the forum first chose nothing.
        audit_record(actor=None, action="forum_channel_create", obj=channel,
                     changes={"name": [None, channel.name]})
    return channel


@transaction.atomic
def direct_thread_create(*, agencies: Iterable[Agency], title: str, body: str, actor: User,
                         attachments=(), at: dt.datetime | None = None) -> ForumChannel:
    """A thread between two or more agencies. Staff must include one of their own agencies."""
    chosen = {agency.pk: agency for agency in agencies}
    own = agency_ids_of(actor)
    if not actor.is_coordinator:
        if not own:
            raise PermissionDenied
        if not own & set(chosen):
            # A staff member starts threads for their own agency with others.
            first = Agency.objects.filter(pk__in=own).order_by("pk").first()
            chosen[first.pk] = first
    if len(chosen) < 2:
        raise ValidationError(_("Choose at least one other agency."), code="too_few")
    title = title.strip() or ", ".join(sorted(a.short_name for a in chosen.values()))
    now = at or timezone.now()
    channel = ForumChannel.objects.create(kind=ForumChannel.Kind.DIRECT, name=title[:120],
                                     slug=f"langsung-{secrets.token_hex(5)}", created_by=actor,
                                     created_at=now, last_post_at=now)
    channel.agencies.set(chosen.values())
    audit_record(actor=actor, action="forum_thread_create", obj=channel, at=now,
                 changes={"agencies": [None, sorted(a.slug for a in chosen.values())]})
    post_create(channel=channel, actor=actor, body=body, attachments=attachments, at=now)
    return channel


@transaction.atomic
def post_pin(*, post: ForumPost, pinned: bool, actor: User) -> ForumPost:
    if not forum_rules.can_pin(actor) or post.parent_id:
        raise PermissionDenied
    if post.is_pinned != pinned:
        ForumPost.objects.filter(pk=post.pk).update(is_pinned=pinned)
        audit_record(actor=actor, action="forum_pin" if pinned else "forum_unpin", obj=post,
                     agency=post.agency, changes={"is_pinned": [post.is_pinned, pinned]})
        post.is_pinned = pinned
    return post


@transaction.atomic
def post_remove(*, post: ForumPost, actor: User) -> ForumPost:
    if not forum_rules.can_remove_post(actor, post):
        raise PermissionDenied
    if post.removed_at is None:
        post.removed_at = timezone.now()
        post.is_pinned = False
        post.save(update_fields=["removed_at", "is_pinned"])
        audit_record(actor=actor, action="forum_remove", obj=post, agency=post.agency,
                     note=Truncator(post.body).chars(200))
    return post


def channel_mark_read(*, channel: ForumChannel, actor: User, at: dt.datetime | None = None) -> None:
    ChannelRead.objects.update_or_create(user=actor, channel=channel,
                                         defaults={"last_read_at": at or timezone.now()})


def announcement_mark_read(*, post: ForumPost, actor: User, at: dt.datetime | None = None) -> bool:
    """Record that this person opened the announcement; True when it is the first time."""
    if not post.is_announcement or not actor.is_authenticated:
        return False
    if AnnouncementRead.objects.filter(post=post, user=actor).exists():
        return False
    try:
        with transaction.atomic():
            AnnouncementRead.objects.create(post=post, user=actor, read_at=at or timezone.now())
    except IntegrityError:  # opened twice at the same moment
        return False
    return True


@transaction.atomic
def announcement_remind(*, post: ForumPost, actor: User, now: dt.datetime | None = None) -> int:
    """Remind the staff of every agency that has not read the announcement. At most hourly."""
    if not forum_rules.can_pin(actor) or not post.is_announcement:
        raise PermissionDenied
    now = now or timezone.now()
    if post.reminded_at and now - post.reminded_at < REMIND_INTERVAL:
        raise ValidationError(_("A reminder was sent less than an hour ago."), code="too_soon")
    status = announcement_read_status(post)
    if not status.unread:
        raise ValidationError(_("Every agency has read this announcement."), code="all_read")
    recipients = User.objects.filter(memberships__agency__in=status.unread,
                                     is_active=True).distinct()
    with translation.override(settings.LANGUAGE_CODE):
        sent = _notify(recipients, "forum_announcement",
                       title=_("Reminder: please read the announcement “%(title)s”") % {
                           "title": post.title or Truncator(post.body).chars(60)},
                       body=Truncator(post.body).chars(300), url=post.get_absolute_url(),
                       agency=post.agency, exclude=actor)
    post.reminded_at = now
    post.save(update_fields=["reminded_at"])
    audit_record(actor=actor, action="forum_remind", obj=post, agency=post.agency,
                 note=", ".join(a.short_name for a in status.unread)[:2000])
    return sent
