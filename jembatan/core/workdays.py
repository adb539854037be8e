"""The working-day calendar behind every legal clock.

Indonesian service standards count *hari kerja*: LAPOR! (PermenPANRB 62/2018) gives 3 working days
to verify and 5 to follow up; UU 14/2008 gives 10 + 7 working days for information requests. A
working day here is Monday to Friday that is not a national holiday, not cuti bersama (when the
jurisdiction observes it) and not an extra day off kept by the coordinator.

Counting rule: the day a message arrives is day zero, whatever the hour; the clock runs out at the
end (23:59:59, Asia/Jakarta) of the N-th working day after it. Every result carries the list of
days it skipped and why, so an officer or a citizen can check the arithmetic.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from django.core.cache import cache
from django.db import connection, transaction
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

JAKARTA = ZoneInfo("Asia/Jakarta")
END_OF_DAY = dt.time(23, 59, 59)

# A legal clock never needs more than a few months; this guards against a runaway loop
# should every day in the calendar be marked off by mistake.
MAX_SCAN_DAYS = 3 * 366


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first day of the month and the first day of the month after it."""
    first = dt.date(year, month, 1)
    return first, (first + dt.timedelta(days=32)).replace(day=1)


class Reason:
    SATURDAY = "saturday"
    SUNDAY = "sunday"
    NATIONAL_HOLIDAY = "national_holiday"
    CUTI_BERSAMA = "cuti_bersama"
    DAY_OFF = "day_off"


@dataclass(frozen=True)
class SkippedDay:
    date: dt.date
    reason: str
    name: str = ""

    def describe(self) -> str:
        day = date_format(self.date, "l, j F Y")
        if self.reason in (Reason.SATURDAY, Reason.SUNDAY) and self.name:
            # A holiday that falls on a weekend (Idul Fitri 2026 is a Saturday and Sunday).
            return _("%(day)s: weekend and national holiday (%(name)s)") % {
                "day": day, "name": self.name}
        if self.reason == Reason.SATURDAY:
            return _("%(day)s: Saturday") % {"day": day}
        if self.reason == Reason.SUNDAY:
            return _("%(day)s: Sunday") % {"day": day}
        if self.reason == Reason.NATIONAL_HOLIDAY:
            return _("%(day)s: national holiday (%(name)s)") % {"day": day, "name": self.name}
        if self.reason == Reason.CUTI_BERSAMA:
            return _("%(day)s: collective leave (%(name)s)") % {"day": day, "name": self.name}
        return _("%(day)s: day off (%(name)s)") % {"day": day, "name": self.name}


@dataclass(frozen=True)
class WorkingDayResult:
    start: dt.datetime
    days: int
    due: dt.datetime
    counted: list[dt.date] = field(default_factory=list)
    skipped: list[SkippedDay] = field(default_factory=list)

    def explain(self) -> list[str]:
        """Sentences that show how `due` was computed, in the active language."""
        lines = [
            _("Received %(start)s; %(days)s working days are counted from the next day.")
            % {"start": date_format(self.start.astimezone(JAKARTA), "l, j F Y H:i"),
               "days": self.days}
        ]
        lines.extend(day.describe() for day in self.skipped)
        lines.append(
            _("Deadline: end of %(due)s.") % {"due": date_format(self.due, "l, j F Y")}
        )
        return lines


@dataclass(frozen=True)
class DayStatus:
    is_working_day: bool
    reason: str = ""
    name: str = ""


@lru_cache(maxsize=64)
def _national_holidays(year: int, language: str) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("ID", years=year, language=language))


@lru_cache(maxsize=64)
def _cuti_bersama(year: int, language: str) -> dict[dt.date, str]:
    return dict(
        holidays.country_holidays("ID", years=year, categories=("government",), language=language)
    )


def _holiday_language() -> str:
    return "id" if (get_language() or "id").startswith("id") else "en_US"


# The rules of the calendar (the extra days off and whether cuti bersama is observed), kept in
# the shared cache for the pages (`WorkingCalendar.kept`), so a page does not read them from the
# database each time it shows a deadline or counts by one (the dashboards did four times per
# page). Saving or deleting a DayOff or the Jurisdiction removes them (`forget_calendar`,
# connected in core.apps), so a change shows at once in every process that shares the cache
# (Redis in production). The timeout bounds a copy read by another process just before the
# change committed, and, with the local-memory cache, the copy of another process. Whatever
# stores or moves a deadline (actions, tasks) reads the database (`from_database`).
CALENDAR_CACHE_KEY = "core:working-calendar"
CALENDAR_CACHE_SECONDS = 300

# This process's calendar for the rules of one cache entry (its token): each day's answer is
# worked out once, not once per table that asks for it.
_held: tuple[str, WorkingCalendar] | None = None


def _rules_from_database() -> dict:
    from jembatan.core.models import DayOff, Jurisdiction

    jurisdiction = Jurisdiction.current()
    return {
        "token": uuid.uuid4().hex,
        "extra_days": {d.date: (d.kind, d.name) for d in DayOff.objects.all()},
        "observe_cuti_bersama": jurisdiction.observe_cuti_bersama if jurisdiction else True,
    }


def forget_calendar(**_kwargs) -> None:
    """The calendar's rules changed: drop the kept copy now and again when the change commits
    (a page that read the database in between would keep the rules from before it)."""
    cache.delete(CALENDAR_CACHE_KEY)
    if connection.in_atomic_block:
        transaction.on_commit(lambda: cache.delete(CALENDAR_CACHE_KEY))


class WorkingCalendar:
    """A snapshot of the calendar rules. `from_database()` gives this installation's."""

    def __init__(
        self,
        *,
        extra_days: dict[dt.date, tuple[str, str]] | None = None,
        observe_cuti_bersama: bool = True,
    ) -> None:
        # extra_days maps a date to (kind, name); kind "working_day" cancels a holiday.
        self.extra_days = extra_days or {}
        self.observe_cuti_bersama = observe_cuti_bersama
        self._working: dict[dt.date, bool] = {}

    @classmethod
    def from_database(cls) -> WorkingCalendar:
        """The installation's calendar read from the database now (two queries): for every
        computation that stores a deadline or acts on one."""
        rules = _rules_from_database()
        return cls(extra_days=rules["extra_days"],
                   observe_cuti_bersama=rules["observe_cuti_bersama"])

    @classmethod
    def kept(cls) -> WorkingCalendar:
        """The installation's calendar for a page that shows deadlines or counts by them: its
        rules from the shared cache, read from the database only when the cache has none.
        Inside a transaction the rules are read from the database and not kept: the
        transaction may have changed them and may still roll back."""
        global _held
        if connection.in_atomic_block:
            return cls.from_database()
        rules = cache.get(CALENDAR_CACHE_KEY)
        if rules is None:
            rules = _rules_from_database()
            cache.set(CALENDAR_CACHE_KEY, rules, CALENDAR_CACHE_SECONDS)
        held = _held
        if held is not None and held[0] == rules["token"]:
            return held[1]
        calendar = cls(extra_days=rules["extra_days"],
                       observe_cuti_bersama=rules["observe_cuti_bersama"])
        _held = (rules["token"], calendar)
        return calendar

    def status(self, day: dt.date) -> DayStatus:
        language = _holiday_language()
        extra = self.extra_days.get(day)
        if extra and extra[0] == "working_day":
            return DayStatus(True)
        national = _national_holidays(day.year, language).get(day)
        if day.weekday() == 5:
            return DayStatus(False, Reason.SATURDAY, national or "")
        if day.weekday() == 6:
            return DayStatus(False, Reason.SUNDAY, national or "")
        if national:
            return DayStatus(False, Reason.NATIONAL_HOLIDAY, national)
        if extra:
            reason = Reason.CUTI_BERSAMA if extra[0] == "cuti_bersama" else Reason.DAY_OFF
            return DayStatus(False, reason, extra[1])
        if self.observe_cuti_bersama:
            cuti = _cuti_bersama(day.year, language).get(day)
            if cuti:
                return DayStatus(False, Reason.CUTI_BERSAMA, cuti)
        return DayStatus(True)

    def is_working_day(self, day: dt.date) -> bool:
        # Whether a day is worked does not depend on the language (only the holiday's name).
        working = self._working.get(day)
        if working is None:
            working = self._working[day] = self.status(day).is_working_day
        return working

    def add_working_days(self, start: dt.datetime, days: int) -> WorkingDayResult:
        if days < 0:
            raise ValueError("days must not be negative")
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        local_start = start.astimezone(JAKARTA)
        day = local_start.date()
        counted: list[dt.date] = []
        skipped: list[SkippedDay] = []
        for _step in range(MAX_SCAN_DAYS):
            if len(counted) == days:
                break
            day += dt.timedelta(days=1)
            status = self.status(day)
            if status.is_working_day:
                counted.append(day)
            else:
                skipped.append(SkippedDay(day, status.reason, status.name))
        else:
            raise ValueError("no working days found in the calendar")
        due_day = counted[-1] if counted else local_start.date()
        due = dt.datetime.combine(due_day, END_OF_DAY, tzinfo=JAKARTA)
        return WorkingDayResult(
            start=start, days=days, due=due, counted=counted, skipped=skipped
        )

    def working_days_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """How many working days lie after start's day up to and including end's day."""
        first = start.astimezone(JAKARTA).date()
        last = end.astimezone(JAKARTA).date()
        count = 0
        day = first
        while day < last:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


def add_working_days(*, start: dt.datetime, days: int) -> WorkingDayResult:
    """Add `days` working days to `start` using this installation's calendar."""
    return WorkingCalendar.from_database().add_working_days(start, days)
