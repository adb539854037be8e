"""Today's open reports of each agency, read from OpenState (rollups.refresh_open_state keeps
it): open and overdue now, and the backlog by age in working days."""

from __future__ import annotations

import datetime as dt

from jembatan.core.workdays import WorkingCalendar
from jembatan.insights.workdays import WorkdayTable, local_date

# Backlog ages in working days since disposition: (label, oldest age in the bucket).
BACKLOG_BUCKETS = (("0-5", 5), ("6-10", 10), ("11-20", 20), (">20", None))

# now_state's answer: ({agency id: open and overdue now}, {agency id: backlog by age}).
OpenNow = tuple[dict, dict]


def open_rows(agency_ids: list[int] | None):
    """OpenState rows: of the given agencies, or every one and the coordinator's queue."""
    from jembatan.insights.models import OpenState

    rows = OpenState.objects.all()
    if agency_ids is not None:
        rows = rows.filter(agency_id__in=agency_ids)
    return rows.values_list("agency_id", "deadlines", "waiting", "deadlines_by")


def overdue_of(days: dict[str, int], today: str) -> int:
    # Every deadline ends at 23:59:59 Jakarta time: it has passed when its day is before today.
    return sum(n for day, n in days.items() if day < today)


def now_state(*, agency_ids: list[int] | None, now: dt.datetime) -> OpenNow:
    """({agency id: open and overdue now}, {agency id: backlog by age}); with agency_ids None
    the coordinator's queue is in the first under the key None. Read from OpenState (one
    query), worked out for this moment."""
    today = local_date(now)
    # The oldest backlog bucket starts 20 working days back: a quarter covers it with holidays.
    table = WorkdayTable(WorkingCalendar.kept(), today - dt.timedelta(days=90), today)
    thresholds = [(label, table.working_days_before(today, oldest).isoformat()
                   if oldest is not None else "")
                  for label, oldest in BACKLOG_BUCKETS]
    iso_today = today.isoformat()
    overdue, backlog = {}, {}
    for agency_id, deadlines, waiting, _by in open_rows(agency_ids):
        overdue[agency_id] = overdue_of(deadlines, iso_today)
        if agency_id is None:
            continue
        buckets = dict.fromkeys((label for label, _ in BACKLOG_BUCKETS), 0)
        for day, n in waiting.items():
            for label, since in thresholds:
                if day >= since:
                    buckets[label] += n
                    break
        backlog[agency_id] = buckets
    return overdue, backlog
