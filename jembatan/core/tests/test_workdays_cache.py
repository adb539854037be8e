"""The working-day calendar's rules kept in the cache for pages: read once, and a change to a day
off or to the jurisdiction shows at once (core.workdays.WorkingCalendar.kept, forget_calendar).

Transactional tests: the rules are only kept when read outside a transaction, as a web page
reads them; inside one (every action, and every ordinary test) they come from the database."""

import datetime as dt

import pytest
from django.db import transaction

from jembatan.core import actions
from jembatan.core.models import DayOff
from jembatan.core.workdays import WorkingCalendar

pytestmark = pytest.mark.django_db(transaction=True)

MONDAY = dt.date(2026, 8, 3)  # an ordinary working Monday
TUESDAY = dt.date(2026, 8, 4)
CUTI_BERSAMA = dt.date(2026, 2, 16)  # cuti bersama of Imlek 2026, a Monday


def test_the_rules_are_read_from_the_database_once_while_unchanged(django_assert_num_queries):
    assert WorkingCalendar.kept().is_working_day(MONDAY)

    with django_assert_num_queries(0):
        calendar = WorkingCalendar.kept()
        assert calendar.is_working_day(MONDAY)
        assert not calendar.is_working_day(CUTI_BERSAMA)


def test_a_day_off_added_shows_at_once(coordinator):
    assert WorkingCalendar.kept().is_working_day(MONDAY)

    actions.day_off_save(day_off=DayOff(date=MONDAY, name="Hari Jadi Wonosobo",
                                        kind=DayOff.Kind.LOCAL), actor=coordinator)

    assert not WorkingCalendar.kept().is_working_day(MONDAY)


def test_a_day_off_saved_without_the_action_shows_at_once():
    assert WorkingCalendar.kept().is_working_day(TUESDAY)

    DayOff.objects.create(date=TUESDAY, name="Hari libur daerah", kind=DayOff.Kind.LOCAL)

    assert not WorkingCalendar.kept().is_working_day(TUESDAY)


def test_a_day_off_changed_or_removed_shows_at_once(coordinator):
    day_off = DayOff.objects.create(date=MONDAY, name="Hari libur daerah",
                                    kind=DayOff.Kind.LOCAL)
    assert not WorkingCalendar.kept().is_working_day(MONDAY)

    day_off.date = TUESDAY
    actions.day_off_save(day_off=day_off, actor=coordinator)
    calendar = WorkingCalendar.kept()
    assert calendar.is_working_day(MONDAY)
    assert not calendar.is_working_day(TUESDAY)

    actions.day_off_delete(day_off=day_off, actor=coordinator)
    assert WorkingCalendar.kept().is_working_day(TUESDAY)


def test_a_jurisdiction_that_stops_observing_cuti_bersama_shows_at_once(jurisdiction):
    assert not WorkingCalendar.kept().is_working_day(CUTI_BERSAMA)

    jurisdiction.observe_cuti_bersama = False
    jurisdiction.save()

    assert WorkingCalendar.kept().is_working_day(CUTI_BERSAMA)


def test_a_day_off_of_a_transaction_that_rolled_back_is_not_kept():
    assert WorkingCalendar.kept().is_working_day(MONDAY)

    seen_inside = []

    def change_then_fail():
        with transaction.atomic():
            DayOff.objects.create(date=MONDAY, name="Hari libur daerah", kind=DayOff.Kind.LOCAL)
            seen_inside.append(WorkingCalendar.kept().is_working_day(MONDAY))
            raise RuntimeError("rolled back")

    with pytest.raises(RuntimeError):
        change_then_fail()

    # Inside the transaction the calendar saw its own change…
    assert seen_inside == [False]

    # …and nothing of it is left once it rolled back.
    assert WorkingCalendar.kept().is_working_day(MONDAY)


def test_what_stores_deadlines_reads_the_database_not_the_kept_rules():
    WorkingCalendar.kept()
    # A change the cache was not told about (a bulk write): actions and tasks still see it.
    DayOff.objects.bulk_create([DayOff(date=MONDAY, name="Hari libur daerah",
                                       kind=DayOff.Kind.LOCAL)])

    assert WorkingCalendar.kept().is_working_day(MONDAY)
    assert not WorkingCalendar.from_database().is_working_day(MONDAY)
