"""Reads of reports: the inboxes, the public list, and a report as one viewer may see it.

Every list is scoped here (who may see which reports) and joined here (no N+1), and filters map
onto the indexes declared on Report.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field
from functools import cached_property

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from jembatan.core import request_memo
from jembatan.core.models import Agency, Jurisdiction, User
from jembatan.core.relations import attach_relations
from jembatan.core.rules import memberships_of
from jembatan.core.workflow import Actor
from jembatan.reports import codes
from jembatan.reports.models import (
    PUBLIC_LIST_STATUSES,
    Attachment,
    Event,
    Message,
    Privacy,
    Rating,
    Report,
    Status,
)
from jembatan.reports.rules import REPORTER, is_handling_staff, may_see_reporter, report_roles
from jembatan.triage.privacy import contact_keys, find_personal_data, mask_personal_data

LIST_FIELDS = (
    "id", "tracking_code", "kind", "title", "privacy", "status", "channel", "created_at",
    "deadline", "deadline_stage", "is_returned", "is_urgent", "responded_at", "closed_at",
    "lead_agency", "kecamatan", "desa", "assigned_to", "category", "suggested_agency",
)


OFFICIAL_CONTACTS_CACHE_KEY = "reports:official-contacts"


def official_contacts() -> frozenset[str]:
    """The phone numbers and emails the agencies and the jurisdiction publish: an answer that
    tells citizens where to call is not leaking anyone's personal data."""
    def load() -> frozenset[str]:
        values = [value for pair in Agency.objects.values_list("phone", "email")
                  for value in pair]
        values += [value for pair in Jurisdiction.objects.values_list("phone", "email")
                   for value in pair]
        return contact_keys(values)

    # Read on every public page, changed a few times a year.
    return cache.get_or_set(OFFICIAL_CONTACTS_CACHE_KEY, load, 300)


def public_text(text: str) -> str:
    """Text as the public may read it: personal data masked, the public bodies' own contacts
    kept. Every surface anyone may open without being the reporter or handling staff (the
    public page and list, the feed, the public API, the similar-reports hint) goes through
    this."""
    return mask_personal_data(text, keep=official_contacts())


@dataclass
class ReportFilters:
    status: str = ""
    kind: str = ""
    agency: str = ""  # slug
    kecamatan: str = ""  # Kemendagri code
    channel: str = ""
    privacy: str = ""
    overdue: bool = False
    returned: bool = False
    mine: bool = False
    unassigned: bool = False
    # The start page's counts: each is a list filter, so a count and its list agree.
    due: str = ""  # "today" (still due today) or "soon" (the next 2 working days after today)
    verify: bool = False  # new, not returned: the coordinator still has to verify it
    urgent: bool = False
    todo: bool = False  # still work for the agency: disposed, in progress or on hold
    # The inbox's tabs: "open" (still needs someone's action), "done" (answered or finished).
    state: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    # The performance figures' lists: a report counts as received by its lead agency on the
    # Jakarta day it was disposed to it (insights), so their links filter by that day.
    disposed_from: dt.date | None = None
    disposed_to: dt.date | None = None
    category: int | None = None
    rated: bool = False
    q: str = ""
    extra: dict = field(default_factory=dict)


def agency_ids_for(user: User) -> list[int]:
    """The agencies `user` works for, read once per request (core.rules.memberships_of)."""
    return sorted(memberships_of(user))


def reports_visible_to_staff(*, user: User) -> QuerySet[Report]:
    """Coordinators see every report; agency staff see the reports their agencies handle."""
    reports = Report.objects.all()
    if user.is_coordinator:
        return reports
    ids = agency_ids_for(user)
    through = Report.supporting_agencies.through.objects.filter(agency_id__in=ids)
    # Asked once per request: the inbox asks for its list and for its urgent box.
    if not request_memo.once(("supports-reports", *sorted(ids)), through.exists):
        # Most agencies support few reports; without the OR the database walks the
        # (lead_agency, created_at) index in order instead of sorting the agency's reports.
        return reports.filter(lead_agency_id__in=ids)
    return reports.filter(Q(lead_agency_id__in=ids) | Q(pk__in=through.values("report_id")))


def staff_counter(*, user: User, now: dt.datetime | None = None):
    """A function that counts the rows of `user`'s inbox with given filters. For agency staff
    whose agencies also support other agencies' reports, it counts their own reports plus the
    supported ones they do not lead: the same number as the inbox's "own or supported" OR, but
    each part reads its own index (the OR read every overdue report in the regency, 73,000 rows
    and 330 ms at a million, to count an agency's 700)."""
    if user.is_coordinator:
        return lambda filters: apply_filters(Report.objects.all(), filters, user=user,
                                             now=now).count()
    ids = agency_ids_for(user)
    own = Report.objects.filter(lead_agency_id__in=ids)
    supported = Report.supporting_agencies.through.objects.filter(agency_id__in=ids)
    if not supported.exists():
        return lambda filters: apply_filters(own, filters, user=user, now=now).count()
    only_supported = Report.objects.filter(pk__in=supported.values("report_id")).exclude(
        lead_agency_id__in=ids)
    return lambda filters: (apply_filters(own, filters, user=user, now=now).count()
                            + apply_filters(only_supported, filters, user=user, now=now).count())


def _text_filter(reports: QuerySet[Report], q: str) -> QuerySet[Report]:
    q = q.strip()
    if not q:
        return reports
    code = q.upper().replace(" ", "")
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        vector = SearchVector("title", "body", config="simple")
        return reports.annotate(search=vector).filter(
            Q(search=SearchQuery(q, config="simple", search_type="websearch"))
            | Q(tracking_code=code)
        )
    return reports.filter(Q(title__icontains=q) | Q(body__icontains=q) | Q(tracking_code=code))


def apply_filters(reports: QuerySet[Report], filters: ReportFilters, *, user: User | None = None,
                  now: dt.datetime | None = None) -> QuerySet[Report]:
    now = now or timezone.now()
    if filters.status:
        reports = reports.filter(status=filters.status)
    if filters.kind:
        reports = reports.filter(kind=filters.kind)
    if filters.agency:
        reports = reports.filter(lead_agency__slug=filters.agency)
    if filters.kecamatan:
        reports = reports.filter(kecamatan_id=filters.kecamatan)
    if filters.channel:
        reports = reports.filter(channel=filters.channel)
    if filters.privacy:
        reports = reports.filter(privacy=filters.privacy)
    if filters.overdue:
        reports = reports.filter(deadline__lt=now)
    if filters.returned:
        reports = reports.filter(is_returned=True, status=Status.BARU)
    if filters.mine and user is not None:
        reports = reports.filter(assigned_to=user)
    if filters.unassigned:
        reports = reports.filter(assigned_to__isnull=True)
    if filters.due:
        today_ends, soon_ends = due_bounds(now)
        if filters.due == "today":
            reports = reports.filter(deadline__gte=now, deadline__lt=today_ends)
        elif filters.due == "soon":
            reports = reports.filter(deadline__gte=today_ends, deadline__lt=soon_ends)
    if filters.verify:
        reports = reports.filter(status=Status.BARU, is_returned=False)
    if filters.urgent:
        reports = reports.filter(is_urgent=True, status__in=URGENT_OPEN_STATUSES)
    if filters.todo:
        reports = reports.filter(status__in=TODO_STATUSES)
    if filters.state == "open":
        reports = reports.filter(status__in=OPEN_WORK_STATUSES)
    elif filters.state == "done":
        reports = reports.filter(status__in=FINISHED_STATUSES)
    if filters.date_from:
        reports = reports.filter(created_at__date__gte=filters.date_from)
    if filters.date_to:
        reports = reports.filter(created_at__date__lte=filters.date_to)
    if filters.disposed_from or filters.disposed_to:
        reports = reports.filter(lead_agency__isnull=False, disposed_at__isnull=False)
    if filters.disposed_from:
        reports = reports.filter(disposed_at__gte=_day_start(filters.disposed_from))
    if filters.disposed_to:
        reports = reports.filter(
            disposed_at__lt=_day_start(filters.disposed_to + dt.timedelta(days=1)))
    if filters.category:
        reports = reports.filter(category_id=filters.category)
    if filters.rated:
        reports = reports.filter(rating__isnull=False)
    return _text_filter(reports, filters.q)


def _day_start(day: dt.date) -> dt.datetime:
    """Midnight starting a local (Jakarta) day."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


URGENT_OPEN_STATUSES = (Status.BARU, Status.DIDISPOSISIKAN, Status.DIPROSES, Status.DITUNDA)
TODO_STATUSES = (Status.DIDISPOSISIKAN, Status.DIPROSES, Status.DITUNDA)
# An answered report waits for its reporter, not for staff: it is finished work in the inbox.
OPEN_WORK_STATUSES = URGENT_OPEN_STATUSES
FINISHED_STATUSES = (Status.DITINDAKLANJUTI, Status.SELESAI, Status.DITOLAK, Status.DIGABUNG)
DUE_SOON_WORKING_DAYS = 2


def due_bounds(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """(end of today, end of the second working day after today), in local time: "due today"
    is [now, end of today), "due soon" is [end of today, the second end)."""
    from jembatan.core.workdays import WorkingCalendar

    tomorrow = timezone.localdate(now) + dt.timedelta(days=1)
    today_ends = timezone.make_aware(dt.datetime.combine(tomorrow, dt.time.min))
    calendar = WorkingCalendar.kept()
    day = tomorrow
    counted = 0
    while counted < DUE_SOON_WORKING_DAYS:
        if calendar.is_working_day(day):
            counted += 1
        day += dt.timedelta(days=1)
    soon_ends = timezone.make_aware(dt.datetime.combine(day, dt.time.min))
    return today_ends, soon_ends


def reports_inbox(*, user: User, filters: ReportFilters) -> QuerySet[Report]:
    """The staff inbox: scoped to the user, filtered, with the columns the list rows display.
    The names of the rows' agencies, places, officer and topic are read afterwards, for the
    page only (`with_list_relations`)."""
    reports = apply_filters(reports_visible_to_staff(user=user), filters, user=user)
    return reports.only(*LIST_FIELDS, "suggestion_confidence")


def with_list_relations(reports: list[Report]) -> list[Report]:
    """Give a page of inbox rows their agencies, kecamatan and desa, officer and topic: one
    small query per table instead of a join of six, which PostgreSQL spent 40 ms planning for
    1 ms of execution at a million reports (decision 0063)."""
    attach_relations(reports, "lead_agency", "suggested_agency", "kecamatan", "desa",
                     "assigned_to", "category")
    return reports


def inbox_orders_by_deadline(filters: ReportFilters) -> bool:
    """Open work is listed by what must be done first (overdue first, then the soonest
    deadline of the running clock, reports without one last); the other tabs, and a list of
    one chosen status, newest first. The indexes report_due and report_agency_due serve the
    open tab's order."""
    return filters.state == "open" and not filters.status


def reports_urgent_open(*, user: User, limit: int = 10) -> list[Report]:
    """The urgent box: urgent reports that still need someone's action, with what the flag was
    read from (its reason) so the box can show it."""
    urgent = reports_visible_to_staff(user=user).filter(
        is_urgent=True, status__in=URGENT_OPEN_STATUSES)
    # Which reports, from the index report_urgent_open_new alone (an agency's box skips the
    # other agencies' urgent reports there: 2,200 table rows read at a million reports, 5 ms),
    # then those few rows. The kecamatan from the kept rows, not joined: a join to the big
    # table costs more to plan than the query costs to run (decision 0063).
    newest = urgent.order_by("-created_at", "-id").values("pk")[:limit]
    found = list(Report.objects.filter(pk__in=newest).only(
        "id", "tracking_code", "title", "status", "created_at", "kecamatan",
        "lead_agency", "urgency_reason", "urgency_signals", "is_urgent",
    ).order_by("-created_at", "-id"))
    return list(attach_relations(found, "kecamatan"))


# Five or more digits, grouped or not: the shape of a NIK, a phone number or an account number,
# or a piece of one ("7777 8888"); years and RT/RW numbers are shorter.
LONG_NUMBER = re.compile(r"\d(?:[ .-]?\d){4,}")


def public_search_terms(q: str) -> str:
    """A public search without personal data in it. The pages mask a NIK or a phone number in
    the text, but a search that matched on one would still tell anyone who has the number in
    which report it was written."""
    if codes.TRACKING_CODE.match(codes.normalize_tracking_code(q)):
        return q
    for finding in reversed(find_personal_data(q)):
        q = q[:finding.start] + " " + q[finding.end:]
    q = LONG_NUMBER.sub(" ", q)
    return " ".join(word for word in q.split() if "@" not in word)


def reports_public(*, filters: ReportFilters) -> QuerySet[Report]:
    """The public list: never rahasia, never before verification, never rejected or merged."""
    reports = Report.objects.filter(
        privacy__in=(Privacy.PUBLIK, Privacy.ANONIM), status__in=PUBLIC_LIST_STATUSES
    )
    q = public_search_terms(filters.q)
    if filters.q.strip() and not q:
        return reports.none()
    public_filters = ReportFilters(status=filters.status, kind=filters.kind,
                                   agency=filters.agency, kecamatan=filters.kecamatan, q=q)
    if public_filters.status and public_filters.status not in PUBLIC_LIST_STATUSES:
        return reports.none()
    reports = apply_filters(reports, public_filters)
    return reports.select_related("lead_agency", "kecamatan", "desa").only(
        "id", "tracking_code", "kind", "title", "body", "privacy", "status", "created_at",
        "responded_at", "closed_at", "lead_agency__short_name", "lead_agency__slug",
        "lead_agency__name", "kecamatan__name", "desa__name",
    )


# How long the coordinator's tab counts are kept when no report changes: the overdue count
# also moves with the clock.
COUNTS_KEPT_SECONDS = 60


def report_counts_for_coordinator() -> dict[str, int]:
    """The coordinator's tab counts, kept in the shared cache until a report changes, and at
    most a minute (counting them reads tens of thousands of index entries at a million
    reports: 10–20 ms of PostgreSQL on every inbox and start page)."""
    from jembatan.core import public_cache

    return public_cache.kept_value(
        "coordinator-report-counts", scopes=(public_cache.REPORTS,),
        parts=(int(time.time() // COUNTS_KEPT_SECONDS),), build=_count_for_coordinator,
        ttl=COUNTS_KEPT_SECONDS)


def _count_for_coordinator() -> dict[str, int]:
    # The new and returned reports are one index-only read of report_new_returned (COUNT(*),
    # grouped: no column outside the index).
    now = timezone.now()
    new = dict(Report.objects.filter(status=Status.BARU).order_by()
               .values_list("is_returned").annotate(n=Count("*")))
    return {
        "new": new.get(False, 0),
        "returned": new.get(True, 0),
        "overdue": Report.objects.filter(deadline__lt=now).count(),
    }


def report_detail(*, code: str) -> Report | None:
    """One report with everything its page shows, in a fixed number of queries."""
    if not re.fullmatch(r"[A-Z0-9-]{1,20}", code or ""):
        return None  # not a tracking code; never send odd bytes to the database
    reports = list(
        # No table joined: the agency, the places and the people are read beside it (decisions
        # 0063 and 0067; the agency and the places from the kept reference rows).
        Report.objects.prefetch_related(
            "supporting_agencies",
            Prefetch("messages", queryset=Message.objects.select_related(
                "author", "author_agency").prefetch_related("attachments")),
            Prefetch("events", queryset=Event.objects.select_related("actor", "agency")),
            Prefetch("attachments", queryset=Attachment.objects.filter(message__isnull=True)),
        )
        .filter(tracking_code=code)[:1]
    )
    if not reports:
        return None
    attach_relations(reports, "lead_agency", "kecamatan", "desa", "assigned_to", "category",
                     "merged_into", "reporter", "entered_by")
    return reports[0]


@dataclass
class ReportView:
    """A report as one viewer may see it: what to show and what to hide."""

    report: Report
    actor: Actor
    is_staff: bool
    show_reporter: bool
    messages: list[Message]
    events: list[Event]
    is_reporter: bool = False

    @property
    def reporter_label(self) -> str:
        if self.show_reporter:
            return self.report.reporter_name or ""
        return ""

    @property
    def is_public(self) -> bool:
        """Neither handling staff nor the reporter: what anyone on the internet sees."""
        return not (self.is_staff or self.is_reporter)

    @cached_property
    def _official_contacts(self) -> frozenset[str]:
        return official_contacts()

    def shown(self, text: str) -> str:
        """Any text a person typed into the report (title, body, messages, timeline notes, the
        rating comment, file names), as this viewer may read it."""
        if not self.is_public:
            return text
        return mask_personal_data(text, keep=self._official_contacts)

    @property
    def address(self) -> str:
        """The typed address locates the reporter's house as often as the problem: the
        reporter and the handling staff only, like the API's `address`."""
        return "" if self.is_public else self.report.address

    @property
    def rating(self) -> Rating | None:
        try:
            return self.report.rating
        except Rating.DoesNotExist:
            return None


def report_view(report: Report, actor: Actor) -> ReportView:
    staff = is_handling_staff(report, actor)
    messages = [m for m in report.messages.all()
                if staff or m.visibility == Message.Visibility.PUBLIC]
    events = [e for e in report.events.all() if staff or e.is_public]
    return ReportView(
        report=report,
        actor=actor,
        is_staff=staff,
        is_reporter=REPORTER in report_roles(report, actor),
        show_reporter=may_see_reporter(report, actor),
        messages=messages,
        events=events,
    )


def agencies_for_disposition() -> QuerySet[Agency]:
    return Agency.objects.active().order_by("name").only("id", "name", "short_name", "slug")
