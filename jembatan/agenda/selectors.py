"""Reads of the shared agenda: the events and programmes behind the month, week and list views,
and the secret tokens of personal calendar feeds.

Times are stored in UTC and shown in the regency's time zone (WIB). An all-day event runs from
midnight WIB of its first day to midnight WIB after its last day.
"""


from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core import signing
from django.db.models import QuerySet
from django.utils import timezone

from jembatan.agenda.models import AgendaEvent, AgendaFeedKey
from jembatan.catalogue.models import Programme
from jembatan.catalogue.selectors import programmes_between
from jembatan.core.models import Agency, User
from jembatan.core.workdays import month_bounds


def local_tz() -> dt.tzinfo:
    return timezone.get_default_timezone()


def all_day_bounds(first_day: dt.date, last_day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The stored start and (exclusive) end of an all-day event from its first and last day."""
    tz = local_tz()
    start = dt.datetime.combine(first_day, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    return start, end


def event_days(event: AgendaEvent) -> tuple[dt.date, dt.date]:
    """The first and last local day an event touches."""
    start = timezone.localtime(event.starts_at, local_tz())
    end = timezone.localtime(event.ends_at, local_tz())
    last = end.date()
    # An event that ends at midnight (every all-day event does) does not touch the next day.
    if end.time() == dt.time.min and event.ends_at > event.starts_at:
        last = (end - dt.timedelta(days=1)).date()
    return start.date(), max(start.date(), last)


# --- Reads --------------------------------------------------------------------------------------


def events_between(
    *, start: dt.datetime, end: dt.datetime, agency: Agency | None = None,
    needs_coverage: bool = False, public_only: bool = False,
) -> QuerySet[AgendaEvent]:
    """Events overlapping [start, end), with everything a list shows in the same query."""
    events = AgendaEvent.objects.select_related(
        "agency", "covered_by_agency", "covered_by_user"
    ).filter(starts_at__lt=end, ends_at__gte=start)
    if agency is not None:
        events = events.filter(agency=agency)
    if needs_coverage:
        events = events.filter(needs_coverage=True, status=AgendaEvent.Status.CONFIRMED)
    if public_only:
        events = events.filter(visibility=AgendaEvent.Visibility.PUBLIC)
    return events.order_by("starts_at", "id")


@dataclass
class Entry:
    """One line of the agenda: an event or a work programme, with its local days."""

    kind: str  # "event" or "programme"
    obj: AgendaEvent | Programme
    first_day: dt.date
    last_day: dt.date
    start: dt.datetime | None = None  # local start of a timed event

    @property
    def agency(self) -> Agency:
        return self.obj.agency

    @property
    def title(self) -> str:
        return self.obj.title

    @property
    def spans_days(self) -> bool:
        return self.first_day != self.last_day

    @property
    def is_event(self) -> bool:
        return self.kind == "event"

    @property
    def all_day(self) -> bool:
        return self.kind == "programme" or self.obj.all_day

    @property
    def sort_key(self) -> tuple:
        return (self.first_day, 0 if self.all_day else 1, self.start or dt.datetime.min.replace(
            tzinfo=dt.UTC), self.kind, self.obj.pk)


def agenda_entries(
    *, first_day: dt.date, last_day: dt.date, agency: Agency | None = None,
    needs_coverage: bool = False,
) -> list[Entry]:
    """Events and programmes touching the days from `first_day` to `last_day`, in order.

    Two queries whatever the number of entries. Asking for coverage leaves programmes out:
    only events carry the flag.
    """
    start, end = all_day_bounds(first_day, last_day)
    entries: list[Entry] = []
    for event in events_between(start=start, end=end, agency=agency,
                                needs_coverage=needs_coverage):
        first, last = event_days(event)
        local_start = None if event.all_day else timezone.localtime(event.starts_at, local_tz())
        entries.append(Entry("event", event, first, last, local_start))
    if not needs_coverage:
        for programme in programmes_between(start=first_day, end=last_day, agency=agency):
            entries.append(Entry("programme", programme, programme.start_date,
                                 programme.end_date))
    entries.sort(key=lambda entry: entry.sort_key)
    return entries


@dataclass
class Day:
    date: dt.date
    in_month: bool = True
    is_today: bool = False
    entries: list[Entry] = field(default_factory=list)


def days_with_entries(first_day: dt.date, last_day: dt.date, entries: list[Entry], *,
                      month: int | None = None) -> list[Day]:
    today = timezone.localdate()
    days = {}
    current = first_day
    while current <= last_day:
        days[current] = Day(current, in_month=month is None or current.month == month,
                            is_today=current == today)
        current += dt.timedelta(days=1)
    for entry in entries:
        day = max(entry.first_day, first_day)
        while day <= min(entry.last_day, last_day):
            days[day].entries.append(entry)
            day += dt.timedelta(days=1)
    return list(days.values())


@dataclass
class Bar:
    """A multi-day entry drawn once across the days of one week (columns 1 to 7)."""

    entry: Entry
    column: int
    span: int
    continues_before: bool = False
    continues_after: bool = False


@dataclass
class Week:
    """One week of the month view: its days with their single-day entries, and the lanes of
    bars for the entries that span several days (each lane a row where bars do not overlap)."""

    days: list[Day]
    lanes: list[list[Bar]] = field(default_factory=list)


def month_weeks(year: int, month: int, entries_for) -> tuple[list[Week], list[Day]]:
    """The month as weeks (Monday first) for the grid, and as a list by day for a phone.

    An entry spanning several days is drawn once per week as a bar across its days, never
    repeated in each day cell; in the list it appears once, on its first day in the month,
    with its date range.
    """
    first, next_month = month_bounds(year, month)
    grid_start = first - dt.timedelta(days=first.weekday())
    last = next_month - dt.timedelta(days=1)
    grid_end = last + dt.timedelta(days=6 - last.weekday())
    entries = entries_for(grid_start, grid_end)
    single = [entry for entry in entries if entry.first_day == entry.last_day]
    days = days_with_entries(grid_start, grid_end, single, month=month)
    weeks = [Week(days[i:i + 7]) for i in range(0, len(days), 7)]
    multi = [entry for entry in entries if entry.first_day != entry.last_day]
    for week in weeks:
        monday, sunday = week.days[0].date, week.days[6].date
        for entry in multi:
            if entry.last_day < monday or entry.first_day > sunday:
                continue
            start, end = max(entry.first_day, monday), min(entry.last_day, sunday)
            bar = Bar(entry, column=(start - monday).days + 1, span=(end - start).days + 1,
                      continues_before=entry.first_day < monday,
                      continues_after=entry.last_day > sunday)
            _place(week.lanes, bar)
    return weeks, entries_once(first, last, entries)


def _place(lanes: list[list[Bar]], bar: Bar) -> None:
    """Put the bar in the first lane where it overlaps no other bar."""
    for lane in lanes:
        if all(bar.column + bar.span <= other.column or other.column + other.span <= bar.column
               for other in lane):
            lane.append(bar)
            return
    lanes.append([bar])


def entries_once(first_day: dt.date, last_day: dt.date, entries: list[Entry]) -> list[Day]:
    """The days that have entries, each entry once: on its first day within the period."""
    today = timezone.localdate()
    days: dict[dt.date, Day] = {}
    for entry in entries:
        if entry.last_day < first_day or entry.first_day > last_day:
            continue
        day = max(entry.first_day, first_day)
        if day not in days:
            days[day] = Day(day, is_today=day == today)
        days[day].entries.append(entry)
    return [days[day] for day in sorted(days)]


def month_grid(year: int, month: int, entries_for) -> list[list[Day]]:
    """The weeks (Monday first) covering a month, each day with its entries."""
    first, next_month = month_bounds(year, month)
    grid_start = first - dt.timedelta(days=first.weekday())
    last = next_month - dt.timedelta(days=1)
    grid_end = last + dt.timedelta(days=6 - last.weekday())
    days = days_with_entries(grid_start, grid_end, entries_for(grid_start, grid_end),
                             month=month)
    return [days[i:i + 7] for i in range(0, len(days), 7)]


# --- Personal calendar feeds ----------------------------------------------------------------

# The salt keeps its first name: a new one would break every calendar subscription out there.
FEED_SALT = "jembatan.coordination.agenda-feed"


def feed_token(key: AgendaFeedKey) -> str:
    """The secret token of a calendar feed (calendar clients cannot log in)."""
    return signing.dumps({"u": key.user_id, "v": key.version}, salt=FEED_SALT, compress=True)


def feed_user(token: str) -> User | None:
    """The staff member a feed token belongs to, or None if it is forged, old or theirs no more."""
    if not token or len(token) > 200:
        return None
    try:
        data = signing.loads(token, salt=FEED_SALT)
        user_id, version = int(data["u"]), int(data["v"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    key = AgendaFeedKey.objects.select_related("user").filter(user_id=user_id).first()
    if key is None or key.version != version or not key.user.is_active:
        return None
    user = key.user
    if not (user.is_coordinator or user.memberships.exists()):
        return None
    return user
