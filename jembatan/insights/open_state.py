"""Today's open reports of each agency, read from OpenState (rollups.refresh_open_state keeps
it): open and overdue now, and the backlog by age in working days.

What a page needs from those rows is worked out once and kept in the shared cache (decision
0058): the rows are decoded JSON day histograms (at a million reports about 2 MB per read, and
a dashboard needed them three times), while the answer is a few numbers per agency. The key is
everything the answer depends on: a stamp of the rows (their number and highest id, which
change whenever refresh_open_state rewrites one, since it deletes and inserts and ids are never
reused), today's date (overdue means "deadline day before today") and the backlog buckets' first
days (the working-day calendar). So a kept answer is never older than the rows it was worked out
from, in every process, and the timeout only clears answers nobody asks for any more.
"""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Max

from jembatan.core.workdays import WorkingCalendar
from jembatan.insights.workdays import WorkdayTable, local_date

# Backlog ages in working days since disposition: (label, oldest age in the bucket).
BACKLOG_BUCKETS = (("0-5", 5), ("6-10", 10), ("11-20", 20), (">20", None))

# now_state's answer: ({agency id: open and overdue now}, {agency id: backlog by age}).
OpenNow = tuple[dict, dict]

KEPT_SECONDS = 600
KEY_PREFIX = "insights:open-state:"


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


def rows_stamp() -> str:
    """Changes whenever a row is rewritten (one small query over a few dozen rows)."""
    from jembatan.insights.models import OpenState

    found = OpenState.objects.aggregate(rows=Count("pk"), last=Max("pk"))
    return f"{found['rows']}.{found['last'] or 0}"


def _kept(name: str, parts: tuple, work_out):
    """work_out()'s answer, kept under the rows' stamp and `parts`. Inside a transaction it is
    worked out and not kept: the transaction may have rewritten rows and may still roll back
    (SQLite then hands out the same ids again)."""
    if connection.in_atomic_block:
        return work_out()
    # The stamp first: rows rewritten after it are at worst kept under a stamp that is gone.
    key = KEY_PREFIX + ":".join((name, rows_stamp(), *parts))
    answer = cache.get(key)
    if answer is None:
        answer = work_out()
        cache.set(key, answer, KEPT_SECONDS)
    return answer


def _backlog_thresholds(today: dt.date) -> list[tuple[str, str]]:
    # The oldest backlog bucket starts 20 working days back: a quarter covers it with holidays.
    table = WorkdayTable(WorkingCalendar.kept(), today - dt.timedelta(days=90), today)
    return [(label, table.working_days_before(today, oldest).isoformat()
             if oldest is not None else "")
            for label, oldest in BACKLOG_BUCKETS]


def _work_out_now(iso_today: str, thresholds: list[tuple[str, str]]) -> dict:
    from jembatan.insights.models import OpenState

    overdue, backlog, counted_at = {}, {}, None
    # Not deadlines_by: by far the largest column, and only the breakdowns read it.
    for agency_id, deadlines, waiting, computed_at in OpenState.objects.values_list(
            "agency_id", "deadlines", "waiting", "computed_at"):
        counted_at = max(counted_at or computed_at, computed_at)
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
    return {"overdue": overdue, "backlog": backlog, "counted_at": counted_at}


def _now(now: dt.datetime) -> dict:
    today = local_date(now)
    thresholds = _backlog_thresholds(today)
    return _kept("now", (today.isoformat(), *(since for _label, since in thresholds)),
                 lambda: _work_out_now(today.isoformat(), thresholds))


def now_state(*, agency_ids: list[int] | None, now: dt.datetime) -> OpenNow:
    """({agency id: open and overdue now}, {agency id: backlog by age}); with agency_ids None
    the coordinator's queue is in the first under the key None. Worked out for this moment
    from OpenState, kept while the rows and the day stay the same."""
    found = _now(now)
    overdue, backlog = found["overdue"], found["backlog"]
    if agency_ids is None:
        return overdue, backlog
    wanted = set(agency_ids)
    return ({pk: n for pk, n in overdue.items() if pk in wanted},
            {pk: b for pk, b in backlog.items() if pk in wanted})


def overdue_counted_at(now: dt.datetime) -> dt.datetime | None:
    """When the most recently recounted OpenState row was counted (None: no open report)."""
    return _now(now)["counted_at"]


def _work_out_overdue_by(iso_today: str) -> dict:
    found: dict = {}
    for agency_id, _deadlines, _waiting, by in open_rows(None):
        for dimension, values in by.items():
            counts = found.setdefault(dimension, {}).setdefault(agency_id, {})
            for key, days in values.items():
                counts[key] = counts.get(key, 0) + overdue_of(days, iso_today)
    return found


def overdue_by(dimension: str, *, agency_id: int | None, now: dt.datetime) -> dict[str, int]:
    """Open and overdue reports now per value of a breakdown ({key: n}): of one agency, or of
    every agency and the coordinator's queue (agency_id None)."""
    iso_today = local_date(now).isoformat()
    per_agency = _kept("by", (iso_today,),
                       lambda: _work_out_overdue_by(iso_today)).get(dimension, {})
    if agency_id is not None:
        return dict(per_agency.get(agency_id, {}))
    counts: dict[str, int] = {}
    for by_key in per_agency.values():
        for key, n in by_key.items():
            counts[key] = counts.get(key, 0) + n
    return counts
