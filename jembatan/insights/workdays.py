"""Working-day arithmetic for many records at once.

The figures need the same arithmetic as the legal clocks (core.workdays.WorkingCalendar: Monday to
Friday, not a national holiday, not cuti bersama, not a coordinator's day off) for hundreds of
thousands of reports. Asking the calendar day by day for each report would walk the same days
over and over; this table asks it once per day of the range and answers every question with an
index lookup. The calendar stays the only place that decides what a working day is.
"""

from __future__ import annotations

import bisect
import datetime as dt

from jembatan.core.workdays import JAKARTA, WorkingCalendar

DAY = dt.timedelta(days=1)


def local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(JAKARTA).date()


def local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=JAKARTA)


class WorkdayTable:
    """`cumulative[d]` = working days from the table's first day up to and including d."""

    def __init__(self, calendar: WorkingCalendar, first: dt.date, last: dt.date) -> None:
        self.calendar = calendar
        self._fill(first, last)

    def _fill(self, first: dt.date, last: dt.date) -> None:
        self.first = first
        self.last = last
        self._working: list[bool] = []
        self._cumulative: list[int] = []
        self.working_dates: list[dt.date] = []
        count = 0
        day = first
        while day <= last:
            working = self.calendar.is_working_day(day)
            if working:
                count += 1
                self.working_dates.append(day)
            self._working.append(working)
            self._cumulative.append(count)
            day += DAY

    @classmethod
    def around(cls, calendar: WorkingCalendar, first: dt.date, last: dt.date) -> WorkdayTable:
        # Room before (a report created before the period) and after (a clock of 10 + 7 working
        # days, or up to 120 by a coordinator's policy, running past the period's end).
        return cls(calendar, first - dt.timedelta(days=400), last + dt.timedelta(days=400))

    def _index(self, day: dt.date) -> int:
        if not self.first <= day <= self.last:
            # A report older than the table was made for (one left open for years): grow it.
            margin = dt.timedelta(days=400)
            self._fill(min(self.first, day - margin), max(self.last, day + margin))
        return (day - self.first).days

    def is_working_day(self, day: dt.date) -> bool:
        return self._working[self._index(day)]

    def count_through(self, day: dt.date) -> int:
        return self._cumulative[self._index(day)]

    def days_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """Working days after start's day up to and including end's day (the calendar's
        `working_days_between`); 0 when end is not later."""
        first, last = local_date(start), local_date(end)
        if last <= first:
            return 0
        return self.count_through(last) - self.count_through(first)

    def due_date(self, start: dt.datetime, days: int) -> dt.date:
        """The day a clock of `days` working days started at `start` runs out (at its end): the
        same day as `WorkingCalendar.add_working_days(start, days).due`."""
        first = local_date(start)
        if days <= 0:
            return first
        position = self.count_through(first) + days - 1
        while position >= len(self.working_dates):
            self._fill(self.first, self.last + dt.timedelta(days=400))
        return self.working_dates[position]

    def working_hours(self, start: dt.datetime, end: dt.datetime) -> float:
        """Hours between start and end that fall on working days (the whole day counts: a
        message answered on Saturday morning waited as long as one answered on Monday morning,
        but a weekend or a holiday in between adds nothing)."""
        if end <= start:
            return 0.0
        first, last = local_date(start), local_date(end)
        if first == last:
            return (end - start).total_seconds() / 3600 if self.is_working_day(first) else 0.0
        seconds = 0.0
        if self.is_working_day(first):
            seconds += (local_midnight(first + DAY) - start).total_seconds()
        if self.is_working_day(last):
            seconds += (end - local_midnight(last)).total_seconds()
        between = self.count_through(last - DAY) - self.count_through(first)
        return (seconds + between * 86400) / 3600

    def working_days_before(self, day: dt.date, days: int) -> dt.date:
        """The earliest day d with `days_between(d, day) <= days`: a report received on d or
        later is at most `days` working days old on `day`."""
        count = self.count_through(day)
        target = count - days  # count_through(d) must be >= target
        # The first day whose cumulative count reaches target.
        position = bisect.bisect_left(self._cumulative, target)
        return self.first + dt.timedelta(days=position)
