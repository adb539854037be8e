"""The demo's bells: the loader tells its history with notifications switched off (nobody is
emailed about last month), then replays the recent events into the bell of the people who
would have been told, at the time they happened. Entries older than two days are read, as
people do, unless the work they announce is still waiting; nothing is emailed.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils import timezone

from jembatan.core.models import Membership, User
from jembatan.notifications.models import Notification
from jembatan.reports.models import Event, Report, Status
from jembatan.reports.notifications import bell_entry

REPLAY_DAYS = 10
READ_AFTER = dt.timedelta(days=2)
# timeline action → (notification kind, told: "agency" or "coordinators")
REPLAYED = {
    "dispose": ("report_disposed", "agency"),
    "forward": ("report_disposed", "agency"),
    "return": ("report_returned", "coordinators"),
    "reopen": ("report_reopened", "agency"),
    "object": ("report_objection", "agency"),
}


def reports_demo_bell(*, now: dt.datetime | None = None) -> int:
    now = now or timezone.now()
    coordinators = list(User.objects.filter(is_coordinator=True, is_active=True))
    staff: dict[int, list[User]] = {}
    for membership in Membership.objects.select_related("user").filter(user__is_active=True):
        staff.setdefault(membership.agency_id, []).append(membership.user)
    events = (Event.objects.filter(action__in=REPLAYED, created_at__gte=now - dt.timedelta(
        days=REPLAY_DAYS)).select_related("report", "report__lead_agency").order_by("created_at"))
    made = 0
    for event in events:
        kind, told = REPLAYED[event.action]
        agency_id = event.agency_id or event.report.lead_agency_id
        people = coordinators if told == "coordinators" else staff.get(agency_id, [])
        report = event.report
        # Still waiting for the person told: the entry stays unread, as it would in life.
        pending = ((kind == "report_disposed" and report.status == Status.DIDISPOSISIKAN
                    and report.lead_agency_id == agency_id)
                   or (kind == "report_returned" and report.status == Status.BARU
                       and report.is_returned))
        made += _replay(kind, report, people, at=event.created_at, now=now, pending=pending)
    # The deadlines of today: missed ones to the coordinators, near ones to the agency.
    for report in (Report.objects.filter(deadline__isnull=False, deadline__lt=now)
                   .filter(deadline__gte=now - dt.timedelta(days=REPLAY_DAYS))
                   .select_related("lead_agency")):
        made += _replay("deadline_missed", report, coordinators, at=report.deadline, now=now)
    for report in (Report.objects.filter(Q(deadline__gte=now),
                                         deadline__lt=now + dt.timedelta(days=1))
                   .exclude(lead_agency__isnull=True).select_related("lead_agency")):
        made += _replay("deadline_reminder", report, staff.get(report.lead_agency_id, []),
                        at=now - dt.timedelta(hours=1), now=now)
    return made


def _replay(kind: str, report: Report, people: list[User], *, at: dt.datetime,
            now: dt.datetime, pending: bool = False) -> int:
    created = bell_entry(kind, report, people)
    read_at = at + dt.timedelta(hours=1) if now - at > READ_AFTER and not pending else None
    Notification.objects.filter(pk__in=[n.pk for n in created]).update(
        created_at=at, read_at=read_at, emailed_at=now)
    return len(created)
