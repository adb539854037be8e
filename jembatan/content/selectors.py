"""Reads of joint content, with their joins and permission scoping done once here."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.content.models import (
    Channel,
    ContentSettings,
    Distribution,
    NewsComment,
    NewsCommentFlag,
    Post,
    PostComment,
    PostStatus,
    PostSuggestion,
)
from jembatan.core import workdays
from jembatan.core.models import Agency, User
from jembatan.core.rules import agency_ids_of
from jembatan.triage.quality import aspect_sentences

CALENDAR_STATUSES = (PostStatus.SCHEDULED, PostStatus.PUBLISHED)


def _with_lists(posts: QuerySet[Post]) -> QuerySet[Post]:
    return posts.select_related("lead_agency").prefetch_related(
        Prefetch("co_authors", queryset=Agency.objects.order_by("short_name")),
        "versions",
    )


def _party_filter(agency_ids: set[int]) -> Q:
    co_authored = Post.co_authors.through.objects.filter(
        post_id=OuterRef("pk"), agency_id__in=agency_ids)
    return Q(lead_agency_id__in=agency_ids) | Q(Exists(co_authored))


def posts_visible_to(*, user: User | None) -> QuerySet[Post]:
    """Published posts for everyone; also every post of the agencies one leads or co-authors;
    everything for coordinators."""
    posts = Post.objects.all()
    if user is None or not user.is_authenticated:
        return posts.filter(status=PostStatus.PUBLISHED)
    if user.is_coordinator:
        return posts
    ids = agency_ids_of(user)
    if not ids:
        return posts.filter(status=PostStatus.PUBLISHED)
    return posts.filter(Q(status=PostStatus.PUBLISHED) | _party_filter(ids))


def posts_for_staff(*, user: User) -> QuerySet[Post]:
    """The staff list: what the user's agencies lead or co-author (all for coordinators)."""
    posts = Post.objects.all()
    if user.is_coordinator:
        return posts
    ids = agency_ids_of(user)
    if not ids:
        return posts.none()
    return posts.filter(_party_filter(ids))


@dataclass
class PostFilters:
    status: str = ""
    agency: str = ""  # slug; the lead or a co-author
    q: str = ""


def apply_filters(posts: QuerySet[Post], filters: PostFilters) -> QuerySet[Post]:
    if filters.status:
        posts = posts.filter(status=filters.status)
    if filters.agency:
        agency = Agency.objects.filter(slug=filters.agency).only("pk").first()
        if agency is None:
            return posts.none()
        posts = posts.filter(_party_filter({agency.pk}))
    q = (filters.q or "").strip()
    if q:
        posts = posts.filter(Q(title__icontains=q) | Q(body__icontains=q) | Q(topic__iexact=q))
    return posts


def post_list(posts: QuerySet[Post]) -> QuerySet[Post]:
    return _with_lists(posts).order_by("-listed_at", "-pk")


def post_detail(*, pk: int) -> Post | None:
    return (
        _with_lists(Post.objects.filter(pk=pk))
        .select_related("created_by", "lead_approved_by", "coordinator_approved_by")
        .prefetch_related(
            Prefetch("comments", queryset=PostComment.objects.select_related("author", "agency")),
            Prefetch("suggestions",
                     queryset=PostSuggestion.objects.select_related("author", "agency",
                                                                    "decided_by")),
            Prefetch("distributions", queryset=Distribution.objects.order_by("channel", "id")),
            "attachments",
        )
        .first()
    )


def public_posts() -> QuerySet[Post]:
    return _with_lists(Post.objects.filter(status=PostStatus.PUBLISHED))


def public_posts_filtered(*, agency: Agency | None = None, topic: str = "") -> QuerySet[Post]:
    """Published posts newest first, of one agency (leading or co-authoring) and one topic."""
    posts = public_posts()
    if agency is not None:
        posts = posts.filter(_party_filter({agency.pk}))
    if topic:
        posts = posts.annotate(topic_lower=Lower("topic")).filter(topic_lower=topic.lower())
    return posts.order_by("-listed_at", "-pk")


def public_topics() -> list[str]:
    """The topics of published posts, for the news filter."""
    topics = (Post.objects.filter(status=PostStatus.PUBLISHED).exclude(topic="")
              .annotate(topic_lower=Lower("topic")).values_list("topic_lower", flat=True)
              .distinct().order_by("topic_lower"))
    return list(topics[:100])


# The facts an article page highlights, in the order a reader asks for them.
FACT_ASPECTS = ("apa", "kapan", "dimana", "syarat", "biaya", "kontak")


def _fact_labels() -> dict[str, str]:
    return {"apa": _("What"), "kapan": _("When"), "dimana": _("Where"),
            "syarat": _("Requirements"), "biaya": _("Cost"), "kontak": _("Contact")}


def post_facts(post: Post) -> list[tuple[list[str], str]]:
    """The article's sentences that say what, when, where, what to bring, the cost and whom to
    ask, found by the information-value checker's patterns; one sentence stating several
    aspects is listed once with all their names."""
    sentences = aspect_sentences(post.body)
    labels = _fact_labels()
    facts: list[tuple[list[str], str]] = []
    for aspect in FACT_ASPECTS:
        sentence = sentences.get(aspect)
        if not sentence:
            continue
        for names, known in facts:
            if known == sentence:
                names.append(labels[aspect])
                break
        else:
            facts.append(([labels[aspect]], sentence))
    return facts


def latest_public_posts(*, limit: int) -> list[Post]:
    return list(public_posts().order_by("-listed_at", "-pk")[:limit])


def urgent_posts(*, now: dt.datetime | None = None, limit: int = 3) -> list[Post]:
    """Published posts on an emergency topic, while they are fresh (decision 0027)."""
    topics = [topic.lower() for topic in settings.URGENT_TOPICS]
    since = (now or timezone.now()) - dt.timedelta(hours=settings.URGENT_HOURS)
    return list(
        Post.objects.filter(status=PostStatus.PUBLISHED, published_at__gte=since)
        .annotate(topic_lower=Lower("topic")).filter(topic_lower__in=topics)
        .select_related("lead_agency").order_by("-published_at", "-pk")[:limit]
    )


def channels_of(post: Post) -> list[str]:
    """The post's channels: the portal always, and each social version it has."""
    return [Channel.PORTAL, *[v.channel for v in post.versions.all()]]


# --- The editorial calendar -------------------------------------------------------------------


@dataclass
class Clash:
    other: Post
    reason: str


@dataclass
class CalendarEntry:
    post: Post
    at: dt.datetime
    can_open: bool
    clashes: list[Clash] = field(default_factory=list)


def _local_date(moment: dt.datetime) -> dt.date:
    return timezone.localtime(moment).date()


def clash_reasons(post: Post, at: dt.datetime, other: Post, other_at: dt.datetime, *,
                  window: dt.timedelta) -> list[str]:
    """Why two posts clash: the same channel within the window, or the same lead agency or
    topic on the same day."""
    reasons = []
    if abs(other_at - at) < window:
        shared = set(channels_of(post)) & set(channels_of(other))
        if shared:
            labels = ", ".join(str(Channel(c).label) for c in sorted(shared))
            reasons.append(_("within %(hours)s hours on the same channel (%(channels)s)")
                           % {"hours": int(window.total_seconds() // 3600), "channels": labels})
    if _local_date(at) == _local_date(other_at):
        if post.lead_agency_id == other.lead_agency_id:
            reasons.append(_("the same agency on the same day"))
        if post.topic and other.topic and post.topic.lower() == other.topic.lower():
            reasons.append(_("the same topic on the same day"))
    return reasons


def clashes_for(*, post: Post, at: dt.datetime) -> list[Clash]:
    """Scheduled and published posts that clash with `post` going out at `at`."""
    window = dt.timedelta(hours=ContentSettings.current().clash_window_hours)
    day_start = timezone.localtime(at).replace(hour=0, minute=0, second=0, microsecond=0)
    start = min(at - window, day_start)
    end = max(at + window, day_start + dt.timedelta(days=1))
    candidates = _with_lists(_calendar_range(start, end).exclude(pk=post.pk))
    found = []
    for other in candidates:
        reasons = clash_reasons(post, at, other, other.calendar_at, window=window)
        if reasons:
            found.append(Clash(other=other, reason="; ".join(reasons)))
    return found


def _calendar_range(start: dt.datetime, end: dt.datetime) -> QuerySet[Post]:
    return Post.objects.filter(
        Q(status=PostStatus.SCHEDULED, scheduled_at__gte=start, scheduled_at__lt=end)
        | Q(status=PostStatus.PUBLISHED, published_at__gte=start, published_at__lt=end)
    )


def calendar_entries(*, user: User, start: dt.datetime, end: dt.datetime
                     ) -> list[CalendarEntry]:
    """Every agency's scheduled and published posts in [start, end), with their clashes.

    All staff see every entry; those they cannot open show the title only.
    """
    posts = list(_with_lists(_calendar_range(start, end)))
    ids = agency_ids_of(user)
    entries = []
    for post in posts:
        can_open = user.is_coordinator or post.lead_agency_id in ids or bool(
            {a.pk for a in post.co_authors.all()} & ids)
        entries.append(CalendarEntry(post=post, at=post.calendar_at, can_open=can_open))
    entries.sort(key=lambda e: (e.at, e.post.pk))
    window = dt.timedelta(hours=ContentSettings.current().clash_window_hours)
    # Sorted by time, so only the neighbours within a day need comparing.
    for i, entry in enumerate(entries):
        for other in entries[i + 1:]:
            if other.at - entry.at >= dt.timedelta(days=1):
                break
            reasons = clash_reasons(entry.post, entry.at, other.post, other.at, window=window)
            if reasons:
                reason = "; ".join(reasons)
                entry.clashes.append(Clash(other=other.post, reason=reason))
                other.clashes.append(Clash(other=entry.post, reason=reason))
    return entries


def month_bounds(year: int, month: int) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    first, following = workdays.month_bounds(year, month)
    return (dt.datetime.combine(first, dt.time(), tzinfo=tz),
            dt.datetime.combine(following, dt.time(), tzinfo=tz))


def month_grid(year: int, month: int, entries: list[CalendarEntry]) -> list[list[dict]]:
    """Weeks of days (Monday first), each day with its entries."""
    by_day: dict[dt.date, list[CalendarEntry]] = defaultdict(list)
    for entry in entries:
        by_day[_local_date(entry.at)].append(entry)
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append([{"date": day, "in_month": day.month == month,
                       "entries": by_day.get(day, [])} for day in week])
    return weeks


# --- The public's comments on published articles ---------------------------------------------

SHOWN_NEWS_COMMENT_STATUSES = (NewsComment.Status.PUBLISHED, NewsComment.Status.HIDDEN)
# The newest top-level comments an article page shows; older ones stay in the queue and the
# audit log (a busy article stays a light page).
NEWS_COMMENTS_SHOWN = 100


def news_comments_page(post: Post) -> list[NewsComment]:
    """The top-level comments an article shows (published ones, and hidden ones as a notice
    with the reason), oldest first, each with its shown replies in `shown_replies`. Two
    queries whatever the number of comments."""
    replies = Prefetch("replies", to_attr="shown_replies",
                       queryset=NewsComment.objects.filter(status__in=SHOWN_NEWS_COMMENT_STATUSES)
                       .select_related("official_agency").order_by("created_at", "id"))
    newest = (NewsComment.objects.filter(post=post, parent__isnull=True,
                                         status__in=SHOWN_NEWS_COMMENT_STATUSES)
              .select_related("official_agency").prefetch_related(replies)
              .order_by("-created_at", "-id")[:NEWS_COMMENTS_SHOWN])
    return list(reversed(newest))


def news_comment_count(comments: list[NewsComment]) -> int:
    return sum(1 + len(c.shown_replies) for c in comments if c.status == c.Status.PUBLISHED)


def news_comments_for_staff(*, user: User) -> QuerySet[NewsComment]:
    """The moderation and answer queue: comments on published articles whose lead agency the
    person belongs to (every article for a coordinator) that are held, hidden, flagged or still
    without an official reply. Held ones first, then the most flagged, then the newest."""
    comments = NewsComment.objects.filter(post__status=PostStatus.PUBLISHED,
                                          official_agency__isnull=True)
    if not user.is_coordinator:
        agencies = agency_ids_of(user)
        comments = comments.filter(Q(post__lead_agency__in=agencies)
                                   | Q(post__co_authors__in=agencies)).distinct()
    answered = NewsComment.objects.filter(parent=OuterRef("pk"), official_agency__isnull=False)
    return (comments.annotate(answered=Exists(answered))
            .filter(Q(status__in=(NewsComment.Status.PENDING, NewsComment.Status.HIDDEN))
                    | Q(flag_count__gt=0) | Q(answered=False, parent__isnull=True))
            .select_related("post__lead_agency", "parent")
            # The co-authors decide who may moderate each row (content.rules.post_roles).
            .prefetch_related("post__co_authors", Prefetch("flags",
                                       queryset=NewsCommentFlag.objects.order_by("created_at")))
            .order_by("status", "-flag_count", "-created_at", "-id"))
