"""Reads of the Bakohumas forum: permission scoping, unread counts and read status, each done in
a fixed number of queries whatever the number of channels, posts or agencies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from jembatan.core.models import Agency, Membership, User
from jembatan.core.pagination import KeysetPage, keyset_page
from jembatan.core.rules import agency_ids_of
from jembatan.forum.models import AnnouncementRead, ChannelRead, ForumChannel, ForumPost
from jembatan.forum.rules import is_forum_member

REGENCY_SLUG = "bakohumas"
SEARCH_MAX_LENGTH = 100

ChannelAgency = ForumChannel.agencies.through


def regency_channel() -> ForumChannel | None:
    """The regency-wide channel (`actions.regency_channel_ensure` opens it on first use)."""
    return ForumChannel.objects.filter(kind=ForumChannel.Kind.REGENCY).first()


def channels_visible_to(user) -> QuerySet[ForumChannel]:
    if not is_forum_member(user):
        return ForumChannel.objects.none()
    channels = ForumChannel.objects.all()
    if user.is_coordinator:
        return channels
    in_thread = Exists(ChannelAgency.objects.filter(
        forumchannel_id=OuterRef("pk"), agency_id__in=agency_ids_of(user)))
    return channels.filter(~Q(kind=ForumChannel.Kind.DIRECT) | in_thread)


def with_unread(channels: QuerySet[ForumChannel], user) -> QuerySet[ForumChannel]:
    """Annotate `unread`: posts by others after the user's read mark (or since they joined).

    One correlated count per channel row, served by the (channel, created_at) index.
    """
    read_mark = ChannelRead.objects.filter(user=user, channel=OuterRef(OuterRef("pk"))).values(
        "last_read_at")[:1]
    unread = (ForumPost.objects.filter(channel=OuterRef("pk"), removed_at__isnull=True,
                                  created_at__gt=Coalesce(Subquery(read_mark),
                                                          Value(user.date_joined)))
              .exclude(author=user).order_by().values("channel")
              .annotate(n=Count("pk")).values("n"))
    return channels.annotate(unread=Coalesce(Subquery(unread, output_field=IntegerField()), 0))


def forum_overview(user, *, direct_limit: int = 20) -> dict:
    visible = with_unread(channels_visible_to(user), user)
    shared = list(visible.exclude(kind=ForumChannel.Kind.DIRECT).filter(is_archived=False)
                  .order_by("kind", "name"))
    direct = list(visible.filter(kind=ForumChannel.Kind.DIRECT)
                  .prefetch_related(Prefetch("agencies", queryset=Agency.objects.only(
                      "pk", "short_name", "name", "slug")))
                  .order_by("-last_post_at", "-pk")[:direct_limit])
    return {"shared": shared, "direct": direct}


def direct_threads_page(user, *, cursor: str | None, size: int = 30) -> KeysetPage:
    qs = with_unread(channels_visible_to(user).filter(kind=ForumChannel.Kind.DIRECT), user)
    qs = qs.prefetch_related("agencies")
    return keyset_page(qs, cursor=cursor, size=size, time_field="last_post_at")


def _post_rows(qs: QuerySet[ForumPost]) -> QuerySet[ForumPost]:
    return (qs.select_related("author", "agency", "channel")
            .prefetch_related("attachments", "mentioned_agencies", "mentioned_users"))


def channel_posts_page(channel: ForumChannel, *, cursor: str | None, size: int = 20) -> KeysetPage:
    """Top-level posts, newest first; pinned posts are shown separately above."""
    qs = _post_rows(ForumPost.objects.filter(channel=channel, parent__isnull=True, is_pinned=False))
    return keyset_page(qs, cursor=cursor, size=size)


def pinned_posts(channel: ForumChannel) -> list[ForumPost]:
    return list(_post_rows(ForumPost.objects.filter(channel=channel, is_pinned=True,
                                               removed_at__isnull=True))
                .order_by("-created_at", "-pk")[:10])


def pinned_announcements(channel: ForumChannel) -> list[ForumPost]:
    """The pinned announcements of the channel, newest first, without what only the forum's
    page shows of them (authors, attachments, mentions): for the staff start page."""
    return list(ForumPost.objects.filter(channel=channel, is_pinned=True, is_announcement=True,
                                         removed_at__isnull=True)
                .select_related("channel").order_by("-created_at", "-pk")[:10])


def posts_after(channel: ForumChannel, *, after_id: int, limit: int = 50) -> list[ForumPost]:
    """Top-level posts newer than the last one the page shows (for live polling), newest first.

    Ids grow with time, and the (channel, id) index answers this without reading old rows.
    """
    qs = ForumPost.objects.filter(channel=channel, parent__isnull=True, pk__gt=after_id,
                             is_pinned=False)
    return list(_post_rows(qs).order_by("-pk")[:limit])


def replies_of(post: ForumPost, *, after_id: int = 0) -> list[ForumPost]:
    qs = ForumPost.objects.filter(parent=post, pk__gt=after_id)
    return list(_post_rows(qs).order_by("pk")[:500])


def search_posts(user, *, query: str, cursor: str | None, size: int = 20) -> KeysetPage:
    """Posts whose title or text contains the words, only in channels the user may read.

    A plain case-insensitive match (LIKE on SQLite, ILIKE on PostgreSQL): the forum is small
    enough that a full-text index is not needed yet.
    """
    qs = ForumPost.objects.filter(channel__in=channels_visible_to(user), removed_at__isnull=True)
    for word in query.split()[:5]:
        qs = qs.filter(Q(body__icontains=word) | Q(title__icontains=word))
    qs = _post_rows(qs).select_related("parent")
    return keyset_page(qs, cursor=cursor, size=size)


# --- Announcements: who has read them ---------------------------------------------------------


def expected_agencies(channel: ForumChannel) -> QuerySet[Agency]:
    """The agencies an announcement is addressed to.

    A direct thread: its agencies. Otherwise the Bakohumas members: active agencies with at
    least one person on Jembatan, except villages (desa take part through their kecamatan).
    """
    if channel.is_direct:
        return channel.agencies.all()
    staffed = Exists(Membership.objects.filter(agency=OuterRef("pk")))
    return Agency.objects.active().exclude(kind=Agency.Kind.DESA).filter(staffed)


@dataclass
class ReadStatus:
    read: list[Agency]
    unread: list[Agency]

    @property
    def total(self) -> int:
        return len(self.read) + len(self.unread)


def announcement_read_status(post: ForumPost) -> ReadStatus:
    read_here = Exists(AnnouncementRead.objects.filter(
        post=post, user__memberships__agency=OuterRef("pk")))
    rows = (expected_agencies(post.channel).annotate(has_read=read_here)
            .order_by("short_name").only("pk", "name", "short_name", "slug"))
    read, unread = [], []
    for agency in rows:
        (read if agency.has_read else unread).append(agency)
    return ReadStatus(read=read, unread=unread)


def read_counts(posts: list[ForumPost]) -> dict[int, tuple[int, int]]:
    """For each announcement: (agencies that have read it, agencies addressed). Two queries
    for the regency and topic channels together, one more per direct thread among them."""
    announcements = [p for p in posts if p.is_announcement]
    if not announcements:
        return {}
    result: dict[int, tuple[int, int]] = {}
    shared = [p for p in announcements if not p.channel.is_direct]
    if shared:
        members = expected_agencies(shared[0].channel)
        total = members.count()
        rows = (Membership.objects.filter(agency__in=members,
                                          user__announcement_reads__post__in=shared)
                .values("user__announcement_reads__post")
                .annotate(n=Count("agency", distinct=True)))
        counted = {row["user__announcement_reads__post"]: row["n"] for row in rows}
        for post in shared:
            result[post.pk] = (counted.get(post.pk, 0), total)
    for post in announcements:
        if post.channel.is_direct:
            status = announcement_read_status(post)
            result[post.pk] = (len(status.read), status.total)
    return result


def channel_audience(channel: ForumChannel) -> QuerySet[User]:
    """Everyone who may read the channel: the people to notify about an announcement."""
    staff = Membership.objects.all()
    if channel.is_direct:
        staff = staff.filter(agency__in=channel.agencies.all())
    return User.objects.filter(Q(is_coordinator=True) | Q(pk__in=staff.values("user_id")),
                               is_active=True)


def latest_read_mark(user, channel: ForumChannel) -> dt.datetime | None:
    return (ChannelRead.objects.filter(user=user, channel=channel)
            .values_list("last_read_at", flat=True).first())


def unread_total(user) -> int:
    """Unread posts over all channels the user may read (for the staff start page)."""
    return sum(c.unread for c in with_unread(channels_visible_to(user), user)
               .filter(is_archived=False).only("pk"))


def acting_agency(user: User, channel: ForumChannel | None = None) -> Agency | None:
    """The agency a person writes for: in a direct thread, their agency that is part of it."""
    memberships = Membership.objects.filter(user=user).select_related("agency").order_by(
        "created_at", "pk")
    if channel is not None and channel.is_direct:
        memberships = memberships.filter(agency__in=channel.agencies.all())
    membership = memberships.first()
    return membership.agency if membership else None


UNREAD_ANNOUNCEMENT_DAYS = 30


def unread_announcements(user) -> QuerySet[ForumPost]:
    """Announcements of the last 30 days in channels the user may read that they have not
    opened yet (their own aside), newest first: the start page's count and rows."""
    since = timezone.now() - dt.timedelta(days=UNREAD_ANNOUNCEMENT_DAYS)
    read = AnnouncementRead.objects.filter(post=OuterRef("pk"), user=user)
    return (ForumPost.objects.filter(is_announcement=True, removed_at__isnull=True,
                                     created_at__gte=since,
                                     channel__in=channels_visible_to(user))
            .exclude(author=user).exclude(Exists(read))
            .only("pk", "title", "body", "created_at").order_by("-created_at", "-pk"))
