"""Deadline reminders: the agency hears before its deadline, the coordinator when it is missed.

Runs as scheduled work. Each report is reminded once per deadline: the deadline reminded for is
stored, so a moved deadline (extension, calendar change) earns a new reminder.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import F, Q
from django.utils import timezone

from jembatan.core.workdays import WorkingCalendar
from jembatan.reports import notifications
from jembatan.reports.models import Report

REMIND_WORKING_DAYS_BEFORE = 1


def deadline_reminders_send(*, now: dt.datetime | None = None) -> dict:
    now = now or timezone.now()
    calendar = WorkingCalendar.from_database()
    soon = calendar.add_working_days(now, REMIND_WORKING_DAYS_BEFORE).due
    # Every action that stops a clock clears the deadline, so a deadline means a running clock,
    # also the objection clock of a closed or rejected information request.
    base = Report.objects.filter(deadline__isnull=False)
    reminded = 0
    for report in base.filter(deadline__gt=now, deadline__lte=soon).filter(
        Q(reminded_for__isnull=True) | ~Q(reminded_for=F("deadline"))
    ).exclude(lead_agency__isnull=True)[:1000]:
        notifications.notify("deadline_reminder", report, agency_ids=[report.lead_agency_id],
                             once_key=f"reminder:{report.pk}:{report.deadline.isoformat()}")
        Report.objects.filter(pk=report.pk).update(reminded_for=report.deadline)
        reminded += 1
    missed = 0
    for report in base.filter(deadline__lte=now).filter(
        Q(overdue_notified_for__isnull=True) | ~Q(overdue_notified_for=F("deadline"))
    )[:1000]:
        notifications.notify("deadline_missed", report, agency_ids=[],
                             once_key=f"missed:{report.pk}:{report.deadline.isoformat()}")
        Report.objects.filter(pk=report.pk).update(overdue_notified_for=report.deadline)
        missed += 1
    return {"reminded": reminded, "missed": missed}
