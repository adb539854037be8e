"""What each person has to do today, counted for the staff start page.

Every count is the row count of a list page with the same filters (the link beside it), read
through that domain's selectors, so the number on the start page and the rows on the list
cannot drift apart. The page costs a fixed number of queries whatever the number of rows:
each count is one COUNT or one grouped query.

Most urgent first: what is late, then what is new, then what is due, then what is waiting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from jembatan.core.links import reverse_once
from jembatan.core.models import User


@dataclass
class WorkItem:
    key: str
    label: str
    count: int
    url: str
    empty: str  # said in words when there is nothing to do
    tone: str = ""  # "danger" or "warn" when it is late or urgent and not zero
    rows: list[dict] = field(default_factory=list)  # a breakdown (per channel, per agency)
    note: str = ""  # how fresh the breakdown is, when it is not counted now


def _url(name: str, **query) -> str:
    path = reverse_once(name) or reverse(name)  # reverse() raises for a name not installed
    return f"{path}?{urlencode(query)}" if query else path


def _tone(count: int, tone: str) -> str:
    return tone if count else ""


def _report_counts(user: User, now: dt.datetime, wanted: dict[str, dict]) -> dict[str, int]:
    from jembatan.reports.selectors import ReportFilters, staff_counter

    count = staff_counter(user=user, now=now)
    return {key: count(ReportFilters(**filters)) for key, filters in wanted.items()}


def _conversation_items(user: User, *, stale_only: bool, now: dt.datetime) -> WorkItem:
    from jembatan.connectors import selectors as conversations

    if stale_only:
        count = conversations.stale_count(user=user, now=now)
        return WorkItem(
            key="conversations_stale", count=count,
            label=_("conversations nobody answered for more than 24 hours"),
            url=_url("connectors:inbox", stale="on", order="oldest"),
            empty=_("Every conversation was answered within 24 hours."),
            tone=_tone(count, "danger"))
    rows = conversations.waiting_by_channel(user=user)
    for row in rows:
        row["url"] = _url("connectors:inbox", channel=row["channel"], unanswered="on",
                          order="oldest")
    return WorkItem(
        key="conversations_waiting", count=sum(row["count"] for row in rows),
        label=_("conversations waiting for a reply"),
        url=_url("connectors:inbox", unanswered="on", order="oldest"),
        empty=_("No conversation is waiting for a reply."),
        tone=_tone(len(rows), "warn"), rows=rows)


def agency_work(user: User, *, now: dt.datetime | None = None) -> list[WorkItem]:
    """An officer's or agency admin's work over all their agencies."""
    from jembatan.agency_requests.selectors import requests_waiting_for
    from jembatan.agenda.selectors import agenda_entries
    from jembatan.content.selectors import PostFilters, apply_filters, posts_for_staff
    from jembatan.forum.selectors import unread_announcements, unread_total
    from jembatan.participation.models import Consultation
    from jembatan.participation.selectors import consultations_for_staff
    from jembatan.reports.models import Status

    now = now or timezone.now()
    reports = _report_counts(user, now, {
        "overdue": {"overdue": True},
        "new": {"status": Status.DIDISPOSISIKAN},
        "due_today": {"due": "today"},
        "due_soon": {"due": "soon"},
        "mine": {"mine": True, "todo": True},
    })
    posts = posts_for_staff(user=user)
    in_review = apply_filters(posts, PostFilters(status="review")).count()
    changes = apply_filters(posts, PostFilters(status="changes_requested")).count()
    today = timezone.localdate(now)
    monday = today - dt.timedelta(days=today.weekday())
    week = len(agenda_entries(first_day=monday, last_day=monday + dt.timedelta(days=6)))
    requests = requests_waiting_for(user).count()
    to_answer = consultations_for_staff(user=user, status=Consultation.Status.CLOSED,
                                        led_by_mine=True).count()
    unread = unread_total(user)
    announcements = unread_announcements(user)
    announcement_rows = [{"label": str(post), "url": reverse("forum:forum_post", args=[post.pk])}
                         for post in announcements[:3]]
    return [
        WorkItem("overdue", _("reports past their deadline"), reports["overdue"],
                 _url("reports:inbox", overdue="on"),
                 _("No report is past its deadline."), _tone(reports["overdue"], "danger")),
        WorkItem("new", _("new dispositions to acknowledge"), reports["new"],
                 _url("reports:inbox", status=Status.DIDISPOSISIKAN),
                 _("No new dispositions. Every one has been acknowledged."),
                 _tone(reports["new"], "warn")),
        WorkItem("due_today", _("reports due today"), reports["due_today"],
                 _url("reports:inbox", due="today"), _("Nothing is due today."),
                 _tone(reports["due_today"], "warn")),
        WorkItem("due_soon", _("reports due in the next 2 working days"), reports["due_soon"],
                 _url("reports:inbox", due="soon"),
                 _("Nothing is due in the next 2 working days.")),
        WorkItem("mine", _("reports assigned to me and still to handle"), reports["mine"],
                 _url("reports:inbox", mine="on", todo="on"),
                 _("No report assigned to you is waiting.")),
        _conversation_items(user, stale_only=False, now=now),
        WorkItem("requests", _("requests from other agencies waiting for our answer"), requests,
                 _url("agency_requests:request_list", daftar="masuk", tunggu="1"),
                 _("No other agency is waiting for an answer from you.")),
        WorkItem("consultations", _("closed consultations our agency still has to answer"),
                 to_answer, _url("participation:staff_list",
                                 status=Consultation.Status.CLOSED, lead="mine"),
                 _("Every closed consultation your agency led has been answered."),
                 _tone(to_answer, "warn")),
        WorkItem("posts_review", _("joint posts in review"), in_review,
                 _url("content:list", status="review"),
                 _("No joint post is waiting for a review.")),
        WorkItem("posts_changes", _("joint posts with changes requested"), changes,
                 _url("content:list", status="changes_requested"),
                 _("No joint post is waiting for changes.")),
        WorkItem("agenda", _("agenda items this week"), week,
                 _url("agenda:agenda_week"), _("Nothing on the shared agenda this week.")),
        WorkItem("announcements", _("unread announcements"), announcements.count(),
                 _url("forum:forum_home"), _("You have read every announcement."),
                 _tone(len(announcement_rows), "warn"), rows=announcement_rows),
        WorkItem("forum", _("unread posts in the Bakohumas forum"), unread,
                 _url("forum:forum_home"), _("You have read everything in the forum.")),
    ]


def coordinator_work(user: User, *, now: dt.datetime | None = None) -> list[WorkItem]:
    """The coordinator's work across the regency."""
    from jembatan.content.selectors import PostFilters, apply_filters, posts_for_staff
    from jembatan.insights.selectors import overdue_by_agency
    from jembatan.participation.models import Consultation
    from jembatan.participation.selectors import consultations_for_staff

    now = now or timezone.now()
    reports = _report_counts(user, now, {
        "urgent": {"verify": True, "urgent": True},
        "verify": {"verify": True},
        "returned": {"returned": True},
        "overdue": {"overdue": True},
    })
    # Per agency from the performance figures' open reports (one small query, not a grouped
    # count over every report): as of their last recount, said beside the rows.
    by_agency, counted_at = overdue_by_agency(now=now)
    for row in by_agency:
        row["url"] = (_url("reports:inbox", overdue="on", agency=row["slug"]) if row["slug"]
                      else _url("reports:inbox", overdue="on", status="baru"))
    in_review = apply_filters(posts_for_staff(user=user), PostFilters(status="review")).count()
    to_answer = consultations_for_staff(user=user,
                                        status=Consultation.Status.CLOSED).count()
    note = ""
    if by_agency and counted_at is not None:
        note = _("Per agency: counted after the last change, at %(time)s.") % {
            "time": formats.time_format(timezone.localtime(counted_at), "H:i")}
    overdue = WorkItem("overdue", _("reports past their deadline"), reports["overdue"],
                       _url("reports:inbox", overdue="on"), _("No report is past its deadline."),
                       _tone(reports["overdue"], "danger"), rows=by_agency, note=note)
    return [
        WorkItem("urgent", _("urgent reports to verify"), reports["urgent"],
                 _url("reports:inbox", verify="on", urgent="on"),
                 _("No urgent report is waiting for verification."),
                 _tone(reports["urgent"], "danger")),
        WorkItem("verify", _("reports to verify"), reports["verify"],
                 _url("reports:inbox", verify="on"),
                 _("No report is waiting for verification."), _tone(reports["verify"], "warn")),
        WorkItem("returned", _("reports returned as not the agency's matter"),
                 reports["returned"], _url("reports:inbox", returned="on"),
                 _("No agency has returned a report."), _tone(reports["returned"], "warn")),
        overdue,
        _conversation_items(user, stale_only=True, now=now),
        WorkItem("posts_review", _("joint posts waiting for approval"), in_review,
                 _url("content:list", status="review"),
                 _("No joint post is waiting for approval.")),
        WorkItem("consultations", _("closed consultations still to answer"), to_answer,
                 _url("participation:staff_list", status=Consultation.Status.CLOSED),
                 _("Every closed consultation has been answered.")),
    ]


def unread_pinned_announcements() -> list[dict]:
    """Pinned announcements of the regency channel and how many agencies have not read each
    (three queries however many agencies)."""
    from jembatan.forum.selectors import pinned_announcements, read_counts, regency_channel

    channel = regency_channel()
    if channel is None:
        return []
    posts = pinned_announcements(channel)
    counts = read_counts(posts)
    rows = []
    for post in posts:
        read, total = counts.get(post.pk, (0, 0))
        rows.append({"post": post, "unread": total - read, "total": total,
                     "url": reverse("forum:forum_post", args=[post.pk])})
    return rows
