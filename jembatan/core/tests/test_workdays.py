"""The working-day calendar, checked against the real 2026/2027 Indonesian calendar.

National holidays come from the `holidays` package (country ID); cuti bersama 2026 (category
"government"): 16 Feb, 18/20/23/24 Mar, 15/28 May, 24 Dec. Idul Fitri 2026 falls on Saturday 21
and Sunday 22 March, Nyepi on Thursday 19 March, Christmas on Friday 25 December.
"""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from jembatan.core import actions
from jembatan.core.models import AuditEntry, DayOff
from jembatan.core.signals import calendar_changed
from jembatan.core.tests.factories import DayOffFactory
from jembatan.core.workdays import Reason, WorkingCalendar, add_working_days

WIB = ZoneInfo("Asia/Jakarta")
UTC = dt.UTC


def wib(year, month, day, hour=10, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=WIB)


def end_of(year, month, day):
    return dt.datetime(year, month, day, 23, 59, 59, tzinfo=WIB)


def d(year, month, day):
    return dt.date(year, month, day)


def skipped_pairs(result):
    return [(skipped.date, skipped.reason) for skipped in result.skipped]


# --- (a) around Nyepi and Idul Fitri 2026 ------------------------------------------------------


@pytest.mark.django_db
def test_three_working_days_from_tuesday_17_march_2026_end_on_friday_27_march(jurisdiction):
    result = add_working_days(start=wib(2026, 3, 17, 10), days=3)

    assert result.due == end_of(2026, 3, 27)
    assert result.due.tzinfo is not None
    assert result.due.utcoffset() == dt.timedelta(hours=7)
    assert result.counted == [d(2026, 3, 25), d(2026, 3, 26), d(2026, 3, 27)]
    assert skipped_pairs(result) == [
        (d(2026, 3, 18), Reason.CUTI_BERSAMA),
        (d(2026, 3, 19), Reason.NATIONAL_HOLIDAY),
        (d(2026, 3, 20), Reason.CUTI_BERSAMA),
        (d(2026, 3, 21), Reason.SATURDAY),
        (d(2026, 3, 22), Reason.SUNDAY),
        (d(2026, 3, 23), Reason.CUTI_BERSAMA),
        (d(2026, 3, 24), Reason.CUTI_BERSAMA),
    ]


@pytest.mark.django_db
def test_explanation_in_indonesian_names_nyepi_idul_fitri_cuti_bersama_and_weekend(jurisdiction):
    with translation.override("id"):
        result = add_working_days(start=wib(2026, 3, 17, 10), days=3)
        lines = result.explain()

    names = {skipped.date: skipped.name for skipped in result.skipped}
    assert names[d(2026, 3, 19)] == "Hari Suci Nyepi"
    assert names[d(2026, 3, 18)] == "Cuti Bersama Hari Suci Nyepi"
    for idul_fitri_leave in (d(2026, 3, 20), d(2026, 3, 23), d(2026, 3, 24)):
        assert names[idul_fitri_leave] == "Cuti Bersama Hari Raya Idul Fitri"

    # One line for the receipt, one per skipped day, one for the deadline.
    assert len(lines) == 1 + 7 + 1
    text = "\n".join(lines)
    assert "Hari Suci Nyepi" in text
    assert "Hari Raya Idul Fitri" in text
    assert "Cuti Bersama" in text
    # Day names come from Django's own Indonesian catalogue.
    assert "Sabtu, 21 Maret 2026" in text
    assert "Minggu, 22 Maret 2026" in text
    assert "Selasa, 17 Maret 2026 10:00" in lines[0]
    assert "Jumat, 27 Maret 2026" in lines[-1]


@pytest.mark.django_db
def test_explanation_in_english_uses_english_holiday_names(jurisdiction):
    with translation.override("en"):
        result = add_working_days(start=wib(2026, 3, 17, 10), days=3)
        text = "\n".join(result.explain())

    assert "Day of Silence" in text
    assert "Hari Suci Nyepi" not in text
    assert "Saturday, 21 March 2026" in text


# --- (b) a jurisdiction that does not observe cuti bersama ---------------------------------------


@pytest.mark.django_db
def test_without_cuti_bersama_three_working_days_from_17_march_end_on_monday_23_march(
    jurisdiction,
):
    jurisdiction.observe_cuti_bersama = False
    jurisdiction.save()

    result = add_working_days(start=wib(2026, 3, 17, 10), days=3)

    assert result.due == end_of(2026, 3, 23)
    assert result.counted == [d(2026, 3, 18), d(2026, 3, 20), d(2026, 3, 23)]
    assert skipped_pairs(result) == [
        (d(2026, 3, 19), Reason.NATIONAL_HOLIDAY),
        (d(2026, 3, 21), Reason.SATURDAY),
        (d(2026, 3, 22), Reason.SUNDAY),
    ]


@pytest.mark.django_db
def test_without_any_jurisdiction_cuti_bersama_is_observed():
    result = add_working_days(start=wib(2026, 3, 17, 10), days=3)

    assert result.due == end_of(2026, 3, 27)


# --- (c) across Christmas and New Year -----------------------------------------------------------


@pytest.mark.django_db
def test_five_working_days_from_wednesday_23_december_2026_end_on_monday_4_january_2027(
    jurisdiction,
):
    with translation.override("id"):
        result = add_working_days(start=wib(2026, 12, 23, 10), days=5)

    assert result.due == end_of(2027, 1, 4)
    assert result.counted == [
        d(2026, 12, 28),
        d(2026, 12, 29),
        d(2026, 12, 30),
        d(2026, 12, 31),
        d(2027, 1, 4),
    ]
    assert skipped_pairs(result) == [
        (d(2026, 12, 24), Reason.CUTI_BERSAMA),
        (d(2026, 12, 25), Reason.NATIONAL_HOLIDAY),
        (d(2026, 12, 26), Reason.SATURDAY),
        (d(2026, 12, 27), Reason.SUNDAY),
        (d(2027, 1, 1), Reason.NATIONAL_HOLIDAY),
        (d(2027, 1, 2), Reason.SATURDAY),
        (d(2027, 1, 3), Reason.SUNDAY),
    ]
    names = {skipped.date: skipped.name for skipped in result.skipped}
    assert names[d(2026, 12, 25)] == "Hari Raya Natal"
    assert names[d(2027, 1, 1)] == "Tahun Baru Masehi"


# --- (d) a local day off kept by the coordinator -------------------------------------------------


@pytest.mark.django_db
def test_two_working_days_from_wednesday_22_july_2026_end_on_friday_24_july(jurisdiction):
    result = add_working_days(start=wib(2026, 7, 22), days=2)

    assert result.due == end_of(2026, 7, 24)
    assert result.skipped == []


@pytest.mark.django_db
def test_local_day_off_pushes_the_deadline_and_is_named_in_the_explanation(jurisdiction):
    DayOffFactory(date=d(2026, 7, 24), name="Hari Jadi Kabupaten Wonosobo", kind=DayOff.Kind.LOCAL)

    with translation.override("id"):
        result = add_working_days(start=wib(2026, 7, 22), days=2)
        text = "\n".join(result.explain())

    assert result.due == end_of(2026, 7, 27)
    assert skipped_pairs(result) == [
        (d(2026, 7, 24), Reason.DAY_OFF),
        (d(2026, 7, 25), Reason.SATURDAY),
        (d(2026, 7, 26), Reason.SUNDAY),
    ]
    assert result.skipped[0].name == "Hari Jadi Kabupaten Wonosobo"
    assert "Hari Jadi Kabupaten Wonosobo" in text


@pytest.mark.django_db
def test_day_off_of_kind_cuti_bersama_is_reported_as_collective_leave(jurisdiction):
    DayOffFactory(date=d(2026, 7, 24), name="Cuti bersama daerah", kind=DayOff.Kind.CUTI_BERSAMA)

    result = add_working_days(start=wib(2026, 7, 22), days=2)

    assert (d(2026, 7, 24), Reason.CUTI_BERSAMA) in skipped_pairs(result)
    assert result.due == end_of(2026, 7, 27)


# --- (e) a working day that cancels cuti bersama -------------------------------------------------


@pytest.mark.django_db
def test_one_working_day_from_23_december_skips_cuti_bersama_and_christmas(jurisdiction):
    result = add_working_days(start=wib(2026, 12, 23), days=1)

    assert result.due == end_of(2026, 12, 28)


@pytest.mark.django_db
def test_working_day_entry_on_a_cuti_bersama_date_makes_that_date_count(jurisdiction):
    DayOffFactory(date=d(2026, 12, 24), name="Tetap masuk kerja", kind=DayOff.Kind.WORKING_DAY)

    result = add_working_days(start=wib(2026, 12, 23), days=1)

    assert result.due == end_of(2026, 12, 24)
    assert result.counted == [d(2026, 12, 24)]
    assert result.skipped == []


# --- (f) receipt on a weekend or near midnight ---------------------------------------------------


def test_message_received_on_saturday_counts_from_monday():
    calendar = WorkingCalendar()

    result = calendar.add_working_days(wib(2026, 7, 25, 9), 1)

    assert result.counted == [d(2026, 7, 27)]
    assert result.due == end_of(2026, 7, 27)
    # The Saturday itself is day zero; only the Sunday is skipped.
    assert skipped_pairs(result) == [(d(2026, 7, 26), Reason.SUNDAY)]


def test_day_of_receipt_is_the_day_in_jakarta_not_in_utc():
    calendar = WorkingCalendar()
    thursday_2330_wib = dt.datetime(2026, 7, 23, 16, 30, tzinfo=UTC)
    friday_0030_wib = dt.datetime(2026, 7, 23, 17, 30, tzinfo=UTC)

    assert calendar.add_working_days(thursday_2330_wib, 1).due == end_of(2026, 7, 24)
    assert calendar.add_working_days(friday_0030_wib, 1).due == end_of(2026, 7, 27)


def test_explanation_shows_the_receipt_time_in_jakarta():
    calendar = WorkingCalendar()
    start = dt.datetime(2026, 7, 22, 3, 15, tzinfo=UTC)

    with translation.override("en"):
        first_line = calendar.add_working_days(start, 1).explain()[0]

    assert "22 July 2026 10:15" in first_line


# --- (g) zero, negative, naive -------------------------------------------------------------------


def test_zero_working_days_end_at_the_end_of_the_day_of_receipt():
    result = WorkingCalendar().add_working_days(wib(2026, 7, 22, 10), 0)

    assert result.due == end_of(2026, 7, 22)
    assert result.counted == []
    assert result.skipped == []


def test_negative_working_days_are_refused():
    with pytest.raises(ValueError, match="negative"):
        WorkingCalendar().add_working_days(wib(2026, 7, 22), -1)


def test_naive_start_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        WorkingCalendar().add_working_days(dt.datetime(2026, 7, 22, 10, 0), 3)


# --- (h) working_days_between --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (wib(2026, 3, 17), wib(2026, 3, 17, 16), 0),
        (wib(2026, 3, 17), wib(2026, 3, 24, 16), 0),
        (wib(2026, 3, 17), wib(2026, 3, 25, 8), 1),
        (wib(2026, 3, 17), wib(2026, 3, 27, 8), 3),
        (wib(2026, 7, 20), wib(2026, 7, 31), 9),
        (wib(2026, 7, 31), wib(2026, 7, 20), 0),
    ],
)
def test_working_days_between_counts_days_after_the_start_day_up_to_the_end_day(
    start, end, expected
):
    assert WorkingCalendar().working_days_between(start, end) == expected


def test_working_days_between_without_cuti_bersama_counts_collective_leave():
    calendar = WorkingCalendar(observe_cuti_bersama=False)

    assert calendar.working_days_between(wib(2026, 3, 17), wib(2026, 3, 24)) == 4


@pytest.mark.parametrize(
    ("start", "days"),
    [(wib(2026, 3, 17), 3), (wib(2026, 12, 23), 5), (wib(2026, 7, 25), 10)],
)
def test_working_days_between_receipt_and_deadline_equals_the_days_added(start, days):
    calendar = WorkingCalendar()

    result = calendar.add_working_days(start, days)

    assert calendar.working_days_between(start, result.due) == days


# --- day_off_save / day_off_delete ----------------------------------------------------------------


@pytest.fixture
def calendar_signals():
    """The senders of every calendar_changed signal sent during the test."""
    senders = []

    def receiver(sender, **kwargs):
        senders.append(sender)

    calendar_changed.connect(receiver, weak=False, dispatch_uid="test-calendar-changed")
    yield senders
    calendar_changed.disconnect(dispatch_uid="test-calendar-changed")


@pytest.mark.django_db
def test_saving_a_new_day_off_records_an_audit_entry_and_signals_after_commit(
    coordinator, calendar_signals, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        day_off = actions.day_off_save(
            day_off=DayOff(date=d(2026, 7, 24), name="Hari Jadi Kabupaten Wonosobo"),
            actor=coordinator,
        )

    assert calendar_signals == [DayOff]
    entry = AuditEntry.objects.get()
    assert entry.action == "day_off_create"
    assert entry.actor == coordinator
    assert entry.object_id == str(day_off.pk)
    assert entry.changes == {
        "date": [None, "2026-07-24"],
        "name": [None, "Hari Jadi Kabupaten Wonosobo"],
        "kind": [None, "local"],
    }


@pytest.mark.django_db
def test_calendar_changed_is_not_sent_before_the_transaction_commits(
    coordinator, calendar_signals, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        actions.day_off_save(
            day_off=DayOff(date=d(2026, 7, 24), name="Hari Jadi Kabupaten Wonosobo"),
            actor=coordinator,
        )

    assert calendar_signals == []
    # Two: the pages' kept calendar rules dropped once more at commit (core.workdays), and
    # the signal.
    assert len(callbacks) == 2
    for callback in callbacks:
        callback()
    assert calendar_signals == [DayOff]


@pytest.mark.django_db
def test_changing_a_day_off_records_only_the_changed_fields(
    coordinator, calendar_signals, django_capture_on_commit_callbacks
):
    day_off = DayOffFactory(date=d(2026, 7, 24), name="Hari Jadi Wonosobo")

    day_off.name = "Hari Jadi Kabupaten Wonosobo"
    with django_capture_on_commit_callbacks(execute=True):
        actions.day_off_save(day_off=day_off, actor=coordinator)

    entry = AuditEntry.objects.get()
    assert entry.action == "day_off_update"
    assert entry.changes == {"name": ["Hari Jadi Wonosobo", "Hari Jadi Kabupaten Wonosobo"]}
    assert calendar_signals == [DayOff]


@pytest.mark.django_db
def test_invalid_day_off_is_refused_without_audit_entry_or_signal(
    coordinator, calendar_signals, django_capture_on_commit_callbacks
):
    from django.core.exceptions import ValidationError

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        actions.day_off_save(
            day_off=DayOff(date=d(2026, 7, 24), name="", kind="not-a-kind"), actor=coordinator
        )

    assert not DayOff.objects.exists()
    assert not AuditEntry.objects.exists()
    assert calendar_signals == []


@pytest.mark.django_db
def test_deleting_a_day_off_records_an_audit_entry_and_signals_after_commit(
    coordinator, calendar_signals, django_capture_on_commit_callbacks
):
    day_off = DayOffFactory(date=d(2026, 7, 24), name="Hari Jadi Kabupaten Wonosobo")
    pk = day_off.pk

    with django_capture_on_commit_callbacks(execute=True):
        actions.day_off_delete(day_off=day_off, actor=coordinator)

    assert not DayOff.objects.filter(pk=pk).exists()
    entry = AuditEntry.objects.get()
    assert entry.action == "day_off_delete"
    assert entry.actor == coordinator
    assert entry.object_id == str(pk)
    assert entry.changes == {
        "date": ["2026-07-24", None],
        "name": ["Hari Jadi Kabupaten Wonosobo", None],
        "kind": ["local", None],
    }
    assert calendar_signals == [DayOff]


@pytest.mark.django_db
def test_deadlines_follow_a_day_off_as_soon_as_it_is_saved(coordinator, jurisdiction):
    before = add_working_days(start=wib(2026, 7, 22), days=2)

    actions.day_off_save(
        day_off=DayOff(date=d(2026, 7, 24), name="Hari Jadi Kabupaten Wonosobo"), actor=coordinator
    )
    after = add_working_days(start=wib(2026, 7, 22), days=2)

    assert before.due == end_of(2026, 7, 24)
    assert after.due == end_of(2026, 7, 27)
