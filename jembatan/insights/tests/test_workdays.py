"""The fast working-day table gives the calendar's answers (core.workdays is the reference)."""

import datetime as dt

import pytest

from jembatan.core.models import DayOff
from jembatan.core.workdays import WorkingCalendar
from jembatan.insights.workdays import WorkdayTable
from jembatan.reports.tests.factories import wib

pytestmark = pytest.mark.django_db


def table(calendar=None):
    return WorkdayTable.around(calendar or WorkingCalendar(), dt.date(2026, 1, 1),
                               dt.date(2026, 12, 31))


@pytest.mark.parametrize("days", [0, 1, 3, 5, 10, 17])
def test_due_date_is_the_calendars_for_every_start_in_august(days):
    calendar = WorkingCalendar()
    fast = table(calendar)
    for day in range(1, 32):
        for hour in (0, 9, 23):
            start = wib(2026, 8, day, hour)
            assert fast.due_date(start, days) == calendar.add_working_days(start,
                                                                           days).due.date()


def test_days_between_is_the_calendars():
    calendar = WorkingCalendar()
    fast = table(calendar)
    for first in range(1, 20):
        for last in range(first, 31):
            start, end = wib(2026, 8, first, 8), wib(2026, 8, last, 17)
            assert fast.days_between(start, end) == calendar.working_days_between(start, end)


def test_five_working_days_from_thursday_skip_the_weekend_and_independence_day():
    # Thursday 13 August 2026: Friday 14, then Saturday, Sunday and Monday 17 August (HUT RI)
    # are skipped, Tuesday 18 to Friday 21.
    assert table().due_date(wib(2026, 8, 13, 15), 5) == dt.date(2026, 8, 21)


def test_a_day_off_set_by_the_coordinator_is_skipped(jurisdiction):
    DayOff.objects.create(date=dt.date(2026, 8, 18), kind="day_off", name="Hari jadi")
    fast = table(WorkingCalendar.from_database())
    assert fast.due_date(wib(2026, 8, 13, 15), 5) == dt.date(2026, 8, 24)


def test_working_hours_count_only_working_days():
    fast = table()
    # Friday 14 August 16:00 to Tuesday 18 August 10:00: 8 hours on Friday, nothing on the
    # weekend and on Independence Day, 10 hours on Tuesday.
    assert fast.working_hours(wib(2026, 8, 14, 16), wib(2026, 8, 18, 10)) == 18.0
    # The same day.
    assert fast.working_hours(wib(2026, 8, 18, 8), wib(2026, 8, 18, 11, 30)) == 3.5
    # Entirely on a weekend.
    assert fast.working_hours(wib(2026, 8, 15, 8), wib(2026, 8, 16, 20)) == 0.0
    # A whole working week in between: Monday 3 to Monday 10 August, 09:00 to 09:00.
    assert fast.working_hours(wib(2026, 8, 3, 9), wib(2026, 8, 10, 9)) == 5 * 24.0
    # Backwards is nothing.
    assert fast.working_hours(wib(2026, 8, 18, 11), wib(2026, 8, 18, 8)) == 0.0


def test_working_days_before_is_the_earliest_day_within_the_age():
    fast = table()
    today = dt.date(2026, 8, 21)
    for days in (0, 1, 5, 10, 20):
        earliest = fast.working_days_before(today, days)
        assert fast.days_between(wib(earliest.year, earliest.month, earliest.day), wib(
            2026, 8, 21)) <= days
        before = earliest - dt.timedelta(days=1)
        assert fast.days_between(wib(before.year, before.month, before.day),
                                 wib(2026, 8, 21)) > days
