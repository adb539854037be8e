"""The rollup tables: each agency's (and the regency's) Tally per Jakarta day and per month.

Pages read a period as whole months from MonthFigures plus the days at its edges from
DayFigures, so the scorecard of a year reads ~12 rows per agency, never a report. The rows are
recounted from the source tables (facts.py), never incremented, so a recount is always safe to
repeat and two recounts of the same day end with the same rows:

- on write: every report action enqueues `refresh_days` with the report's (agency, disposition
  day) before and after the change (reports.actions._recount_figures);
- every hour (`rebuild_recent`): the days whose follow-up clocks may still be running (a report
  left without an answer turns late with no write at all), and the days of any report,
  conversation, post or consultation changed since the last run (conversations, posts and
  consultations are counted this way only: their figures are at most an hour behind);
- `manage.py insights_rebuild`: everything.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import sys
from collections import defaultdict
from collections.abc import Iterable

from django.db import IntegrityError, connection, connections, transaction
from django.db.models import Max, Min, Q, Sum
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from jembatan.core import public_cache
from jembatan.insights import facts
from jembatan.insights.facts import Tally
from jembatan.insights.models import (
    DayBreakdown,
    DayFigures,
    MonthBreakdown,
    MonthFigures,
    OpenState,
)
from jembatan.insights.workdays import local_date

logger = logging.getLogger(__name__)

DAY = dt.timedelta(days=1)
BREAKDOWN_COUNTS = ("received", "follow_up_measured", "followed_up_on_time")
RETRIES = 3


# --- Rows and Tallies ---------------------------------------------------------------------------


def _row_values(tally: Tally) -> dict:
    values = {name: getattr(tally, name) for name in Tally.COUNTS}
    for name in Tally.HISTOGRAMS:
        # JSON object keys are strings; they are read back as integers.
        values[name] = {str(k): v for k, v in sorted(getattr(tally, name).items())}
    return values


def _tally_of(values: dict) -> Tally:
    tally = Tally()
    for name in Tally.COUNTS:
        setattr(tally, name, values[name])
    for name in Tally.HISTOGRAMS:
        setattr(tally, name, {int(k): v for k, v in (values[name] or {}).items()})
    return tally


ROW_FIELDS = (*Tally.COUNTS, *Tally.HISTOGRAMS)


def _sum_rows(rows: Iterable[dict], key) -> dict:
    """Tallies of rows (dicts of ROW_FIELDS) grouped by key(row). Adds the stored histograms
    with their string keys and converts once at the end: this loop is what a page pays for."""
    counts_of: dict = {}
    hists_of: dict = {}
    for values in rows:
        k = key(values)
        counts = counts_of.get(k)
        if counts is None:
            counts = counts_of[k] = dict.fromkeys(Tally.COUNTS, 0)
            hists_of[k] = {name: {} for name in Tally.HISTOGRAMS}
        for name in Tally.COUNTS:
            counts[name] += values[name]
        hists = hists_of[k]
        for name in Tally.HISTOGRAMS:
            stored = values[name]
            if stored:
                total = hists[name]
                for value, count in stored.items():
                    total[value] = total.get(value, 0) + count
    return {k: _tally_of({**counts_of[k], **hists_of[k]}) for k in counts_of}


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(first: dt.date) -> dt.date:
    return (first + dt.timedelta(days=32)).replace(day=1)


# --- Recounting -----------------------------------------------------------------------------

DIMENSIONS = {"kecamatan": "kecamatan_id", "category": "category_id", "channel": "channel",
              "kind": "kind"}


def breakdown_key(dimension: str, value) -> str:
    """The stored key of a dimension's value: "" for none (no category: 0 in the facts)."""
    if dimension == "category":
        return str(value) if value else ""
    return value or ""


def _recount_days(days: list[dt.date], agency_ids: list[int] | None,
                  now: dt.datetime) -> None:
    """Recount the agencies' rows of the given days (all agencies when agency_ids is None),
    then the regency's rows of those days and the months they fall in."""
    if not days:
        return
    first, last = min(days), max(days)
    wanted = set(days)
    calendar_table = facts.workday_table(first, last)
    day_tallies: dict[tuple[int, dt.date], Tally] = defaultdict(Tally)
    breakdown: dict[tuple, list[int]] = {}
    for fact in facts.report_facts(first=first, last=last, now=now, table=calendar_table,
                                   agency_ids=agency_ids):
        if fact.day not in wanted:
            continue
        day_tallies[(fact.agency_id, fact.day)].add_report(fact)
        measured = fact.followed_up_on_time is not None
        on_time = bool(fact.followed_up_on_time)
        for dimension, attribute in DIMENSIONS.items():
            key = (fact.agency_id, fact.day, dimension,
                   breakdown_key(dimension, getattr(fact, attribute)))
            counts = breakdown.setdefault(key, [0, 0, 0])
            counts[0] += 1
            counts[1] += measured
            counts[2] += on_time
    for fact in facts.conversation_facts(first=first, last=last, agency_ids=agency_ids):
        if fact.day in wanted:
            day_tallies[(fact.agency_id, fact.day)].add_conversation(fact)
    for fact in facts.post_facts(first=first, last=last, agency_ids=agency_ids):
        if fact.day in wanted:
            day_tallies[(fact.agency_id, fact.day)].add_post(fact)
    for fact in facts.consultation_facts(first=first, last=last, table=calendar_table,
                                         agency_ids=agency_ids):
        if fact.day in wanted:
            day_tallies[(fact.agency_id, fact.day)].add_consultation(fact)

    for attempt in range(RETRIES):
        try:
            with transaction.atomic():
                _store_days(wanted, agency_ids, day_tallies, breakdown, now)
            return
        except IntegrityError:
            # A recount of the same day committed between our delete and our insert; ours is
            # as good as theirs, so simply do it again.
            if attempt == RETRIES - 1:
                raise
            logger.info("insights: concurrent recount of %s..%s, again", first, last)


def _in_days(query, days: set[dt.date]):
    first, last = min(days), max(days)
    query = query.filter(day__gte=first, day__lte=last)
    if len(days) != (last - first).days + 1:
        query = query.filter(day__in=sorted(days))
    return query


def _whole_months(days: set[dt.date]) -> set[dt.date]:
    """The months every day of which is in `days`."""
    months = set()
    for month in {month_of(day) for day in days}:
        end = _next_month(month)
        if all(month + dt.timedelta(days=i) in days for i in range((end - month).days)):
            months.add(month)
    return months


def _tally_rows(model, period_field: str, tallies: dict, now) -> list:
    return [model(agency_id=agency_id, computed_at=now, **{period_field: period},
                  **_row_values(tally))
            for (agency_id, period), tally in tallies.items()]


def _store_days(days: set[dt.date], agency_ids, day_tallies, breakdown, now) -> None:
    everyone = agency_ids is None
    mine = Q(agency__isnull=False) if everyone else Q(agency_id__in=agency_ids)
    _in_days(DayFigures.objects.filter(mine), days).delete()
    _in_days(DayBreakdown.objects.filter(mine), days).delete()
    DayFigures.objects.bulk_create(_tally_rows(DayFigures, "day", day_tallies, now),
                                   batch_size=1000)
    DayBreakdown.objects.bulk_create(
        [DayBreakdown(agency_id=a, day=d, dimension=dim, key=key, received=c[0],
                      follow_up_measured=c[1], followed_up_on_time=c[2])
         for (a, d, dim, key), c in breakdown.items()], batch_size=2000)

    # The regency's days: the sum of every agency's row of the day. When every agency was just
    # counted, the sums are at hand; otherwise the other agencies' rows are read back.
    if everyone:
        regency_days: dict = defaultdict(Tally)
        for (_agency_id, day), tally in day_tallies.items():
            regency_days[(None, day)].add(tally)
    else:
        agency_days = _in_days(DayFigures.objects.filter(agency__isnull=False), days)
        regency_days = _sum_rows(agency_days.values("day", *ROW_FIELDS),
                                 key=lambda values: (None, values["day"]))
    _in_days(DayFigures.objects.filter(agency__isnull=True), days).delete()
    DayFigures.objects.bulk_create(_tally_rows(DayFigures, "day", regency_days, now),
                                   batch_size=1000)

    # The months: the sum of their days, for the recounted agencies and the regency.
    months = sorted({month_of(day) for day in days})
    at_hand = _whole_months(days) if everyone else set()
    month_tallies: dict = defaultdict(Tally)
    month_breakdown: dict = {}
    for source in (day_tallies, regency_days):
        for (agency_id, day), tally in source.items():
            if month_of(day) in at_hand:
                month_tallies[(agency_id, month_of(day))].add(tally)
    for (agency_id, day, dim, key), counts in breakdown.items():
        if month_of(day) in at_hand:
            total = month_breakdown.setdefault((agency_id, month_of(day), dim, key), [0, 0, 0])
            for i in range(3):
                total[i] += counts[i]
    scope = Q() if everyone else Q(agency_id__in=agency_ids) | Q(agency__isnull=True)
    breakdown_scope = Q() if everyone else Q(agency_id__in=agency_ids)
    for month in months:
        if month in at_hand:
            continue
        in_month = DayFigures.objects.filter(scope, day__gte=month, day__lt=_next_month(month))
        month_tallies.update(_sum_rows(in_month.values("agency_id", *ROW_FIELDS),
                                       key=lambda values, m=month: (values["agency_id"], m)))
        for row in (DayBreakdown.objects.filter(breakdown_scope, day__gte=month,
                                                day__lt=_next_month(month))
                    .order_by().values("agency_id", "dimension", "key")
                    .annotate(**{name: Sum(name) for name in BREAKDOWN_COUNTS})):
            month_breakdown[(row["agency_id"], month, row["dimension"], row["key"])] = [
                row[name] for name in BREAKDOWN_COUNTS]
    MonthFigures.objects.filter(scope, month__in=months).delete()
    MonthFigures.objects.bulk_create(_tally_rows(MonthFigures, "month", month_tallies, now),
                                     batch_size=1000)
    MonthBreakdown.objects.filter(breakdown_scope, month__in=months).delete()
    MonthBreakdown.objects.bulk_create(
        [MonthBreakdown(agency_id=a, month=m, dimension=dim, key=key, received=c[0],
                        follow_up_measured=c[1], followed_up_on_time=c[2])
         for (a, m, dim, key), c in month_breakdown.items()], batch_size=2000)
    # Bulk writes send no save signal: the public scorecard is kept by data version.
    public_cache.bump(public_cache.INSIGHTS)


def refresh_keys(keys: Iterable, *, now: dt.datetime | None = None) -> int:
    """Recount the rows of the given (agency id, moment or day) pairs; the moment (an ISO
    datetime, as actions send it) is turned into its Jakarta day. An agency without a moment
    (or no agency: the coordinator's queue) has only its open reports recounted. Returns the
    number of days recounted."""
    now = now or timezone.now()
    by_day: dict[dt.date, set[int]] = defaultdict(set)
    scopes: set[int | None] = {None}
    for agency_id, moment in keys:
        scopes.add(int(agency_id) if agency_id is not None else None)
        if agency_id is None or moment is None:
            continue
        if isinstance(moment, str):
            parsed = parse_datetime(moment)
            day = local_date(parsed) if parsed else dt.date.fromisoformat(moment)
        elif isinstance(moment, dt.datetime):
            day = local_date(moment)
        else:
            day = moment
        by_day[day].add(int(agency_id))
    for day, agency_ids in sorted(by_day.items()):
        _recount_days([day], sorted(agency_ids), now)
    refresh_open_state(scopes, now=now)
    return len(by_day)


def _rows(query, *, everyone: bool):
    """Every agency's open reports (a hundred thousand and more at a million) are read in
    chunks; a few agencies' at once: PostgreSQL plans a cursor for its first rows (here an index
    scan of every deadline, 0.65 s at a million reports for the coordinator's queue where the
    plain query takes 0.07 s)."""
    return query.iterator(chunk_size=5000) if everyone else list(query)


def refresh_open_state(scopes: Iterable[int | None] | None = None, *,
                       now: dt.datetime | None = None) -> int:
    """Recount the open reports of the given agencies (None in `scopes`: the coordinator's
    queue; `scopes` None: everyone) into OpenState."""
    from jembatan.core.models import Agency
    from jembatan.insights.models import OpenState
    from jembatan.reports.models import OPEN_STATUSES, Report, Status

    now = now or timezone.now()
    running = Report.objects.filter(deadline__isnull=False, status__in=OPEN_STATUSES)
    # No "lead agency is set" condition here: it makes SQLite walk the agency index instead of
    # the status one; reports without an agency are simply skipped below.
    waiting = Report.objects.filter(status__in=(Status.DIDISPOSISIKAN, Status.DIPROSES,
                                                Status.DITUNDA))
    if scopes is None:
        wanted: set[int | None] = {None, *Agency.objects.values_list("pk", flat=True)}
    else:
        wanted = set(scopes)
        ids = [pk for pk in wanted if pk is not None]
        condition = Q(lead_agency_id__in=ids)
        if None in wanted:
            condition |= Q(lead_agency__isnull=True)
        running = running.filter(condition)
        waiting = waiting.filter(lead_agency_id__in=ids)
    state: dict = {scope: {"deadlines": {}, "waiting": {},
                           "deadlines_by": {dimension: {} for dimension in DIMENSIONS}}
                   for scope in wanted}
    for agency_id, deadline, kecamatan, category, channel, kind in _rows(running.order_by(
            ).values_list("lead_agency_id", "deadline", "kecamatan_id", "category_id",
                          "channel", "kind"), everyone=scopes is None):
        if agency_id not in state:
            continue
        row = state[agency_id]
        day = local_date(deadline).isoformat()
        row["deadlines"][day] = row["deadlines"].get(day, 0) + 1
        for dimension, value in (("kecamatan", kecamatan), ("category", category),
                                 ("channel", channel), ("kind", kind)):
            days = row["deadlines_by"][dimension].setdefault(breakdown_key(dimension, value), {})
            days[day] = days.get(day, 0) + 1
    for agency_id, disposed_at in _rows(waiting.order_by().values_list(
            "lead_agency_id", "disposed_at"), everyone=scopes is None):
        if agency_id is None or agency_id not in state or disposed_at is None:
            continue
        days = state[agency_id]["waiting"]
        day = local_date(disposed_at).isoformat()
        days[day] = days.get(day, 0) + 1
    with transaction.atomic():
        OpenState.objects.filter(scope__in=["" if s is None else str(s) for s in wanted]).delete()
        OpenState.objects.bulk_create([
            OpenState(agency_id=scope, scope="" if scope is None else str(scope),
                      computed_at=now, **values)
            for scope, values in state.items()
            if values["deadlines"] or values["waiting"]])
    public_cache.bump(public_cache.INSIGHTS)
    return len(wanted)


def rebuild_range(first: dt.date, last: dt.date, *, now: dt.datetime | None = None,
                  processes: int = 1) -> int:
    """Recount every agency's rows of the days first..last, a calendar month at a time.

    The months are independent, so with `processes` > 1 on PostgreSQL (outside a transaction,
    whose rows other connections would not see) they are counted by that many processes at
    once: the count is Python's work, one core per process (`generate_load`'s three years took
    261 s on one core)."""
    now = now or timezone.now()
    spans = []
    day = first
    while day <= last:
        until = min(last, _next_month(month_of(day)) - DAY)
        spans.append((day, until))
        day = until + DAY
    parallel = (processes > 1 and len(spans) > 1 and connection.vendor == "postgresql"
                and not connection.in_atomic_block)
    if parallel:
        # Each process opens its own connections; none may inherit the parent's socket, nor
        # output not yet written.
        connections.close_all()
        sys.stdout.flush()
        sys.stderr.flush()
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            pool.starmap(_recount_span, [(a, b, now) for a, b in spans], chunksize=1)
            pool.close()
            pool.join()
    else:
        for a, b in spans:
            _recount_span(a, b, now)
    return sum((b - a).days + 1 for a, b in spans)


def _recount_span(first: dt.date, last: dt.date, now: dt.datetime) -> None:
    _recount_days([first + dt.timedelta(days=i) for i in range((last - first).days + 1)],
                  None, now)


def _source_span() -> tuple[dt.date, dt.date] | None:
    from jembatan.connectors.models import Conversation
    from jembatan.content.models import Post
    from jembatan.participation.models import Consultation
    from jembatan.reports.models import Report

    moments = []
    for model, field in ((Report, "disposed_at"), (Conversation, "created_at"),
                         (Post, "published_at"), (Consultation, "closes_at")):
        span = model.objects.aggregate(first=Min(field), last=Max(field))
        moments += [m for m in span.values() if m is not None]
    if not moments:
        return None
    return local_date(min(moments)), local_date(max(moments))


def rebuild_all(*, now: dt.datetime | None = None, processes: int = 1) -> int:
    """Throw every row away and count everything again (`manage.py insights_rebuild`)."""
    now = now or timezone.now()
    with transaction.atomic():
        for model in (DayFigures, DayBreakdown, MonthFigures, MonthBreakdown, OpenState):
            model.objects.all().delete()
    refresh_open_state(now=now)
    span = _source_span()
    if span is None:
        return 0
    return rebuild_range(span[0], span[1], now=now, processes=processes)


def recent_first_day(now: dt.datetime) -> dt.date:
    """The oldest disposition day whose follow-up clock may not have run out yet: before it,
    every report is answered, or late, for good."""
    from jembatan.reports import clocks
    from jembatan.reports.models import ClockPolicy, Stage

    longest = max(
        clocks.DEFAULT_DAYS[Stage.INFORMATION] + clocks.EXTENSION_DAYS,
        clocks.DEFAULT_DAYS[Stage.FOLLOW_UP],
        *(days + clocks.EXTENSION_DAYS for days in ClockPolicy.objects.filter(
            stage__in=(Stage.FOLLOW_UP, Stage.INFORMATION)).values_list("working_days",
                                                                         flat=True)),
    )
    today = local_date(now)
    table = facts.workday_table(today, today)
    # An information clock starts at arrival, which can be days before disposition: one
    # more verification period of margin, and a day for the clock to pass its last day.
    return table.working_days_before(today, longest + clocks.DEFAULT_DAYS[Stage.VERIFICATION]
                                     + 1) - DAY


def _changed_keys(since: dt.datetime) -> set[tuple]:
    """(agency id, day) of every row changed since `since` whose day is not recent anyway."""
    from jembatan.connectors.models import Conversation
    from jembatan.content.models import Post, PostStatus
    from jembatan.participation.models import Consultation
    from jembatan.reports.models import Report

    keys = set()
    for agency_id, moment in Report.objects.filter(
            updated_at__gte=since, lead_agency__isnull=False,
            disposed_at__isnull=False).values_list("lead_agency_id", "disposed_at"):
        keys.add((agency_id, local_date(moment)))
    for agency_id, moment in Conversation.objects.filter(
            first_response_at__gte=since).values_list("agency_id", "created_at"):
        keys.add((agency_id, local_date(moment)))
    for agency_id, moment in Post.objects.filter(
            updated_at__gte=since, published_at__isnull=False,
            status__in=(PostStatus.PUBLISHED, PostStatus.WITHDRAWN)).values_list(
                "lead_agency_id", "published_at"):
        keys.add((agency_id, local_date(moment)))
    for agency_id, moment in Consultation.objects.filter(updated_at__gte=since).values_list(
            "lead_agency_id", "closes_at"):
        keys.add((agency_id, local_date(moment)))
    return keys


def rebuild_recent(*, now: dt.datetime | None = None) -> int:
    """The hourly recount: the days whose clocks may still run, and the older days of anything
    changed since the last recount (a reply to an old conversation, a late rating)."""
    from jembatan.insights.models import RollupState

    now = now or timezone.now()
    state = RollupState.current()
    first = recent_first_day(now)
    count = rebuild_range(first, local_date(now), now=now)
    since = state.recent_rebuilt_at or (now - dt.timedelta(days=2))
    older = {key for key in _changed_keys(since - dt.timedelta(minutes=5)) if key[1] < first}
    count += refresh_keys(older, now=now)
    refresh_open_state(now=now)
    snapshot_backlog(now=now)
    RollupState.objects.update_or_create(singleton=True, defaults={"recent_rebuilt_at": now})
    return count


def snapshot_backlog(*, now: dt.datetime | None = None) -> int:
    """Keep today's open and overdue counts of every agency (the alerts compare weeks)."""
    from jembatan.core.models import Agency
    from jembatan.insights.models import BacklogSnapshot
    from jembatan.insights.open_state import now_state

    now = now or timezone.now()
    today = local_date(now)
    overdue, backlog = now_state(agency_ids=None, now=now)
    rows = []
    for pk in Agency.objects.active().values_list("pk", flat=True):
        rows.append(BacklogSnapshot(agency_id=pk, day=today, open_overdue=overdue.get(pk, 0),
                                    backlog=sum(backlog.get(pk, {}).values())))
    with transaction.atomic():
        BacklogSnapshot.objects.filter(day=today).delete()
        BacklogSnapshot.objects.bulk_create(rows)
    return len(rows)


# --- Reading ------------------------------------------------------------------------------------


def _period_rows(first: dt.date, last: dt.date, scope: Q) -> list[dict]:
    """The rows that make up first..last: whole months from MonthFigures, the other days from
    DayFigures."""
    rows: list[dict] = []
    whole_first = first if first.day == 1 else _next_month(first)
    whole_end = month_of(last + DAY)  # whole months end before this day
    if whole_first < whole_end:
        rows += list(MonthFigures.objects.filter(scope, month__gte=whole_first,
                                                 month__lt=whole_end)
                     .values("agency_id", *ROW_FIELDS))
        day_ranges = [(first, whole_first - DAY), (whole_end, last)]
    else:
        day_ranges = [(first, last)]
    for start, end in day_ranges:
        if start <= end:
            rows += list(DayFigures.objects.filter(scope, day__gte=start, day__lte=end)
                         .values("agency_id", *ROW_FIELDS))
    return rows


def tallies_by_agency(first: dt.date, last: dt.date, *, agency_ids=None) -> dict[int, Tally]:
    scope = Q(agency__isnull=False) if agency_ids is None else Q(agency_id__in=list(agency_ids))
    return _sum_rows(_period_rows(first, last, scope), key=lambda values: values["agency_id"])


def regency_tally(first: dt.date, last: dt.date) -> Tally:
    return _sum_rows(_period_rows(first, last, Q(agency__isnull=True)),
                     key=lambda values: None).get(None, Tally())


def tallies_by_month(first: dt.date, last: dt.date, *,
                     agency_id: int | None) -> dict[dt.date, Tally]:
    """{first day of month: Tally} for the months of first..last (the last one up to `last`);
    two queries whatever the number of months."""
    scope = Q(agency__isnull=True) if agency_id is None else Q(agency_id=agency_id)
    whole_first = first if first.day == 1 else _next_month(first)
    whole_end = month_of(last + DAY)
    rows = list(MonthFigures.objects.filter(scope, month__gte=whole_first, month__lt=whole_end)
                .values("month", *ROW_FIELDS))
    edges = Q(day__gte=first, day__lt=min(whole_first, last + DAY)) | Q(
        day__gte=max(whole_end, first), day__lte=last)
    for values in DayFigures.objects.filter(scope).filter(edges).values("day", *ROW_FIELDS):
        values["month"] = month_of(values.pop("day"))
        rows.append(values)
    sums = _sum_rows(rows, key=lambda values: values["month"])
    result: dict[dt.date, Tally] = {}
    month = month_of(first)
    while month <= last:
        result[month] = sums.get(month, Tally())
        month = _next_month(month)
    return result


def breakdown_counts(first: dt.date, last: dt.date, *, dimension: str,
                     agency_id: int | None) -> dict[str, dict[str, int]]:
    """{key: {received, follow_up_measured, followed_up_on_time}} of one dimension over
    first..last: whole months from MonthBreakdown, the other days from DayBreakdown."""
    whole_first = first if first.day == 1 else _next_month(first)
    whole_end = month_of(last + DAY)
    scope = Q(dimension=dimension)
    if agency_id is not None:
        scope &= Q(agency_id=agency_id)
    parts = []
    if whole_first < whole_end:
        parts.append(MonthBreakdown.objects.filter(scope, month__gte=whole_first,
                                                   month__lt=whole_end))
        day_ranges = [(first, whole_first - DAY), (whole_end, last)]
    else:
        day_ranges = [(first, last)]
    for start, end in day_ranges:
        if start <= end:
            parts.append(DayBreakdown.objects.filter(scope, day__gte=start, day__lte=end))
    result: dict[str, dict[str, int]] = {}
    for query in parts:
        for row in query.order_by().values("key").annotate(
                **{name: Sum(name) for name in BREAKDOWN_COUNTS}):
            counts = result.setdefault(row["key"], dict.fromkeys(BREAKDOWN_COUNTS, 0))
            for name in BREAKDOWN_COUNTS:
                counts[name] += row[name]
    return result


def snapshot_backlog_as_of(day: dt.date) -> int:
    """Reconstruct the snapshot of a past day from the reports' timestamps (for the demo and
    after an import): open = disposed by then and neither answered nor closed by then; overdue
    = open past its follow-up clock. A report forwarded since counts for its current agency."""
    from jembatan.core.models import Agency
    from jembatan.insights.models import BacklogSnapshot
    from jembatan.reports import clocks
    from jembatan.reports.models import Report, Stage

    end = facts.day_bounds(day, day)[1]
    table = facts.workday_table(day, day)
    agency_days = {stage: clocks.policy_table(stage=stage)
                   for stage in (Stage.FOLLOW_UP, Stage.INFORMATION)}
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    rows = Report.objects.filter(lead_agency__isnull=False, disposed_at__lt=end).exclude(
        responded_at__lt=end).exclude(closed_at__lt=end).values_list(
        "lead_agency_id", "kind", "created_at", "disposed_at", "is_extended")
    for agency_id, kind, created_at, disposed_at, is_extended in rows.iterator():
        stage = clocks.agency_stage(kind)
        days = agency_days[stage](kind=kind, agency_id=agency_id)
        start = created_at if stage == Stage.INFORMATION else disposed_at
        if stage == Stage.INFORMATION and is_extended:
            days += clocks.EXTENSION_DAYS
        counts[agency_id][1] += 1
        counts[agency_id][0] += table.due_date(start, days) < day
    with transaction.atomic():
        BacklogSnapshot.objects.filter(day=day).delete()
        BacklogSnapshot.objects.bulk_create(
            [BacklogSnapshot(agency_id=pk, day=day, open_overdue=counts[pk][0],
                             backlog=counts[pk][1])
             for pk in Agency.objects.active().values_list("pk", flat=True)])
    return len(counts)
