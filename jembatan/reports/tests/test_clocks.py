"""The legal clocks of a report on the real 2026/2027 Indonesian calendar.

Holidays used below: Nyepi Thu 19 March 2026 with cuti bersama 18/20/23/24 March and Idul Fitri
on Sat/Sun 21–22 March; Independence Day Mon 17 August; Maulid Nabi Tue 25 August; cuti
bersama Thu 24 December, Christmas Fri 25 December, New Year Fri 1 January 2027.
"""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django_tasks_db.models import DBTaskResult

from jembatan.core import actions as core_actions
from jembatan.core.models import AuditEntry, DayOff
from jembatan.core.workdays import Reason, WorkingCalendar
from jembatan.core.workflow import InvalidTransition
from jembatan.reports import actions, clocks
from jembatan.reports.models import ClockPolicy, Event, Kind, Objection, Stage, Status
from jembatan.reports.tests.factories import (
    REPORTER,
    ReportFactory,
    answered_report,
    disposed_report,
    end_of,
    held_report,
    in_progress_report,
    staff,
    wib,
)

pytestmark = pytest.mark.django_db


def moment(text):
    return dt.datetime.fromisoformat(text)


def day_off(coordinator, date, name="Libur daerah Kabupaten Wonosobo"):
    return core_actions.day_off_save(day_off=DayOff(date=date, name=name), actor=coordinator)


# --- verification, follow-up and information clocks -------------------------------------------


def test_complaint_received_tuesday_17_march_2026_is_verified_by_friday_27_march():
    report = ReportFactory(kind=Kind.PENGADUAN, at=wib(2026, 3, 17, 10))

    report.refresh_from_db()
    assert report.deadline_stage == Stage.VERIFICATION
    assert report.deadline_days == 3
    assert report.deadline_start == wib(2026, 3, 17, 10)
    # Nyepi, its cuti bersama, Idul Fitri on the weekend and its cuti bersama are all skipped.
    assert report.deadline == end_of(2026, 3, 27)


def test_complaint_disposed_wednesday_23_december_2026_is_followed_up_by_monday_4_january(
    coordinator, agency_a
):
    report = disposed_report(coordinator, agency_a, at=wib(2026, 12, 22, 9),
                             disposed_at=wib(2026, 12, 23, 14))

    assert report.deadline_stage == Stage.FOLLOW_UP
    assert report.deadline_days == 5
    assert report.deadline_start == wib(2026, 12, 23, 14)
    assert report.deadline == end_of(2027, 1, 4)


def test_information_request_is_due_ten_working_days_after_receipt_not_after_disposal(
    coordinator, agency_a
):
    received = wib(2026, 8, 10, 10)
    report = disposed_report(coordinator, agency_a, kind=Kind.INFORMASI, at=received,
                             disposed_at=wib(2026, 8, 12, 15))

    expected = WorkingCalendar.from_database().add_working_days(received, 10).due
    assert report.deadline_stage == Stage.INFORMATION
    assert report.deadline_start == received
    assert report.deadline == expected
    # 17 August (Independence Day) and 25 August (Maulid Nabi) are skipped.
    assert expected == end_of(2026, 8, 26)


def test_forwarding_an_information_request_keeps_the_clock_from_receipt(
    coordinator, agency_a, agency_b
):
    report = disposed_report(coordinator, agency_a, kind=Kind.INFORMASI, at=wib(2026, 8, 10))

    report = actions.report_forward(report=report, actor=staff(coordinator), agency=agency_b,
                                    at=wib(2026, 8, 20))

    assert report.deadline == end_of(2026, 8, 26)


def test_forwarding_a_complaint_restarts_the_follow_up_clock(coordinator, agency_a, agency_b):
    report = disposed_report(coordinator, agency_a, at=wib(2026, 8, 3))

    report = actions.report_forward(report=report, actor=staff(coordinator), agency=agency_b,
                                    at=wib(2026, 8, 6))

    assert report.deadline == end_of(2026, 8, 13)


# --- extension --------------------------------------------------------------------------------


def test_extend_adds_seven_working_days_to_an_information_request_once(
    coordinator, officer_a, agency_a
):
    report = in_progress_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                                at=wib(2026, 8, 10))

    report = actions.report_extend(report=report, actor=staff(officer_a),
                                   reason="Dokumen ada di arsip kecamatan.", at=wib(2026, 8, 20))

    assert report.is_extended
    assert report.deadline_days == 17
    assert report.deadline == end_of(2026, 9, 4)
    entry = AuditEntry.objects.get(action="report_extend")
    assert [moment(value) for value in entry.changes["deadline"]] == [
        end_of(2026, 8, 26), end_of(2026, 9, 4)]
    assert entry.note == "Dokumen ada di arsip kecamatan."
    with pytest.raises(InvalidTransition):
        actions.report_extend(report=report, actor=staff(officer_a), reason="Lagi.")
    assert Event.objects.filter(report=report, action="extend").count() == 1


def test_extend_on_a_complaint_is_an_invalid_transition(coordinator, officer_a, agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a, kind=Kind.PENGADUAN,
                                at=wib(2026, 8, 10))

    with pytest.raises(InvalidTransition):
        actions.report_extend(report=report, actor=staff(officer_a), reason="Butuh waktu.")

    report.refresh_from_db()
    assert not report.is_extended
    assert report.deadline == end_of(2026, 8, 18)


def test_extend_needs_a_reason(coordinator, officer_a, agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                                at=wib(2026, 8, 10))

    with pytest.raises(ValidationError):
        actions.report_extend(report=report, actor=staff(officer_a), reason="  ")

    report.refresh_from_db()
    assert report.is_extended is False


def test_extend_while_on_hold_adds_the_seven_days_to_the_days_left(
    coordinator, officer_a, agency_a
):
    report = held_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                         at=wib(2026, 8, 10), held_at=wib(2026, 8, 20))
    assert report.held_days_left == 3  # 21, 24 and 26 August

    report = actions.report_extend(report=report, actor=staff(coordinator),
                                   reason="Arsip di gudang.", at=wib(2026, 8, 21))
    assert report.held_days_left == 10
    assert report.deadline is None

    report = actions.report_resume(report=report, actor=staff(officer_a),
                                   at=wib(2026, 9, 1))
    assert report.deadline == WorkingCalendar().add_working_days(wib(2026, 9, 1), 10).due
    assert report.deadline == end_of(2026, 9, 15)


# --- hold and resume --------------------------------------------------------------------------


def test_hold_stops_the_clock_and_resume_restarts_it_with_the_days_that_were_left(
    coordinator, officer_a, agency_a
):
    # Disposed Monday 3 August: 5 working days end on Monday 10 August.
    report = in_progress_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3))
    assert report.deadline == end_of(2026, 8, 10)

    report = actions.report_hold(report=report, actor=staff(officer_a),
                                 reason="Menunggu alat berat.", at=wib(2026, 8, 5, 14))

    assert report.status == Status.DITUNDA
    assert report.deadline is None
    assert report.held_status == Status.DIPROSES
    assert report.held_days_left == 3  # 6, 7 and 10 August

    report = actions.report_resume(report=report, actor=staff(officer_a),
                                   reason="Alat berat tiba.", at=wib(2026, 8, 24, 9))

    assert report.status == Status.DIPROSES
    assert report.held_status == ""
    assert report.held_days_left is None
    assert report.deadline_stage == Stage.FOLLOW_UP
    # Three working days from Monday 24 August; Tuesday 25 August is Maulid Nabi.
    assert report.deadline == end_of(2026, 8, 28)


def test_resume_returns_a_report_held_before_acknowledgement_to_its_earlier_status(
    coordinator, agency_a
):
    report = disposed_report(coordinator, agency_a, at=wib(2026, 8, 3))
    report = actions.report_hold(report=report, actor=staff(coordinator), reason="Tunggu.",
                                 at=wib(2026, 8, 4))

    report = actions.report_resume(report=report, actor=staff(coordinator),
                                   at=wib(2026, 8, 6))

    assert report.status == Status.DIDISPOSISIKAN


def test_hold_after_the_deadline_passed_leaves_no_days(coordinator, officer_a, agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3))

    report = actions.report_hold(report=report, actor=staff(officer_a), reason="Terlambat.",
                                 at=wib(2026, 8, 12))
    assert report.held_days_left == 0

    report = actions.report_resume(report=report, actor=staff(officer_a), at=wib(2026, 8, 13))
    assert report.deadline == end_of(2026, 8, 13)


def test_a_held_report_has_no_deadline_explanation(coordinator, officer_a, agency_a):
    report = held_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3),
                         held_at=wib(2026, 8, 5))

    assert clocks.clock_explain(report) is None


# --- calendar changes -------------------------------------------------------------------------


def test_a_new_day_off_inside_the_window_moves_open_deadlines_on_recompute(
    coordinator, officer_a, agency_a
):
    verifying = ReportFactory(at=wib(2026, 3, 17))
    informing = disposed_report(coordinator, agency_a, kind=Kind.INFORMASI, at=wib(2026, 3, 17))
    held = held_report(coordinator, officer_a, agency_a, at=wib(2026, 3, 17))
    answered = answered_report(coordinator, officer_a, agency_a, at=wib(2026, 3, 17))
    elsewhere = ReportFactory(at=wib(2026, 8, 3))

    day_off(coordinator, wib(2026, 3, 26).date())
    moved = actions.reports_recompute_deadlines()

    assert moved == 2
    verifying.refresh_from_db()
    informing.refresh_from_db()
    held.refresh_from_db()
    answered.refresh_from_db()
    elsewhere.refresh_from_db()
    assert verifying.deadline == end_of(2026, 3, 30)
    # 10 working days from 17 March without 26 March: 25, 27, 30, 31 March, 1, 2, 6, 7, 8 and
    # 9 April (Good Friday is 3 April).
    assert informing.deadline == WorkingCalendar.from_database().add_working_days(
        wib(2026, 3, 17), 10).due
    assert informing.deadline == end_of(2026, 4, 9)
    assert held.deadline is None
    assert answered.deadline is None
    assert elsewhere.deadline == end_of(2026, 8, 6)
    assert actions.reports_recompute_deadlines() == 0


def test_a_cancelled_holiday_pulls_deadlines_earlier():
    report = ReportFactory(at=wib(2026, 3, 17))

    core_actions.day_off_save(
        day_off=DayOff(date=wib(2026, 3, 18).date(), name="Cuti bersama dibatalkan",
                       kind=DayOff.Kind.WORKING_DAY),
        actor=None,
    )
    actions.reports_recompute_deadlines()

    report.refresh_from_db()
    assert report.deadline == end_of(2026, 3, 26)


def test_saving_a_day_off_enqueues_the_recompute_task_after_commit(
    coordinator, django_capture_on_commit_callbacks
):
    ReportFactory(at=wib(2026, 3, 17))

    with django_capture_on_commit_callbacks(execute=True):
        day_off(coordinator, wib(2026, 3, 26).date())

    assert DBTaskResult.objects.filter(
        task_path="jembatan.reports.tasks.recompute_deadlines").count() == 1


def test_with_immediate_tasks_a_day_off_moves_the_deadline_once_committed(
    coordinator, immediate_tasks, django_capture_on_commit_callbacks
):
    report = ReportFactory(at=wib(2026, 3, 17))

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        day_off(coordinator, wib(2026, 3, 26).date())
    report.refresh_from_db()
    assert report.deadline == end_of(2026, 3, 27)

    for callback in callbacks:
        callback()
    report.refresh_from_db()
    assert report.deadline == end_of(2026, 3, 30)


def test_deleting_the_day_off_moves_the_deadline_back(
    coordinator, immediate_tasks, django_capture_on_commit_callbacks
):
    report = ReportFactory(at=wib(2026, 3, 17))
    with django_capture_on_commit_callbacks(execute=True):
        added = day_off(coordinator, wib(2026, 3, 26).date())

    with django_capture_on_commit_callbacks(execute=True):
        core_actions.day_off_delete(day_off=added, actor=coordinator)

    report.refresh_from_db()
    assert report.deadline == end_of(2026, 3, 27)


def test_a_day_off_moves_the_open_objection_deadline_too(coordinator, officer_a, agency_a):
    report = answered_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                             at=wib(2026, 9, 14))
    report = actions.report_object(report=report, actor=REPORTER, reason="Kurang lengkap.",
                                   at=wib(2026, 9, 16))
    assert report.deadline == end_of(2026, 10, 28)

    day_off(coordinator, wib(2026, 10, 1).date())
    actions.reports_recompute_deadlines()

    report.refresh_from_db()
    assert report.deadline == end_of(2026, 10, 29)
    assert Objection.objects.get(report=report).deadline == report.deadline


# --- explanation ------------------------------------------------------------------------------


def test_clock_explain_names_every_skipped_day(coordinator):
    day_off(coordinator, wib(2026, 3, 26).date(), name="Hari Jadi Uji")
    report = ReportFactory(at=wib(2026, 3, 17, 10))

    result = clocks.clock_explain(report)

    assert result.due == report.deadline == end_of(2026, 3, 30)
    skipped = {day.date.day: (day.reason, day.name) for day in result.skipped}
    assert skipped[18] == (Reason.CUTI_BERSAMA, "Cuti Bersama Hari Suci Nyepi")
    assert skipped[19] == (Reason.NATIONAL_HOLIDAY, "Hari Suci Nyepi")
    assert skipped[21][0] == Reason.SATURDAY
    assert skipped[26] == (Reason.DAY_OFF, "Hari Jadi Uji")
    text = "\n".join(result.explain())
    for name in ("Hari Suci Nyepi", "Hari Raya Idul Fitri", "Cuti Bersama", "Hari Jadi Uji"):
        assert name in text


def test_clock_explain_of_a_report_without_a_running_clock_is_none(
    coordinator, officer_a, agency_a
):
    report = answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3))

    assert clocks.clock_explain(report) is None


# --- clock policies ---------------------------------------------------------------------------


@pytest.fixture
def follow_up_policies(agency_a):
    for kind, agency, days in (("", None, 7), (Kind.PENGADUAN, None, 6), ("", agency_a, 4),
                               (Kind.PENGADUAN, agency_a, 2)):
        ClockPolicy.objects.create(stage=Stage.FOLLOW_UP, kind=kind, agency=agency,
                                   working_days=days)


@pytest.mark.parametrize(
    ("kind", "agency", "days"),
    [
        (Kind.PENGADUAN, "agency_a", 2),  # kind and agency
        (Kind.ASPIRASI, "agency_a", 4),  # the agency's policy for every kind
        (Kind.PENGADUAN, "agency_b", 6),  # the kind's policy for every agency
        (Kind.ASPIRASI, "agency_b", 7),  # the policy for everything
        (Kind.ASPIRASI, None, 7),
    ],
)
def test_the_most_specific_clock_policy_wins(follow_up_policies, request, kind, agency, days):
    agency = request.getfixturevalue(agency) if agency else None

    assert clocks.policy_days(stage=Stage.FOLLOW_UP, kind=kind, agency=agency) == days


def test_without_a_policy_the_legal_number_of_days_applies(agency_a):
    ClockPolicy.objects.create(stage=Stage.VERIFICATION, working_days=1)

    assert clocks.policy_days(stage=Stage.FOLLOW_UP, kind=Kind.PENGADUAN, agency=agency_a) == 5
    assert clocks.policy_days(stage=Stage.INFORMATION, kind=Kind.INFORMASI, agency=None) == 10
    assert clocks.policy_days(stage=Stage.OBJECTION, kind=Kind.INFORMASI, agency=None) == 30


def test_dispose_uses_the_agencys_policy(follow_up_policies, coordinator, agency_a, agency_b):
    to_a = disposed_report(coordinator, agency_a, at=wib(2026, 8, 3))
    to_b = disposed_report(coordinator, agency_b, kind=Kind.ASPIRASI, at=wib(2026, 8, 3))

    assert (to_a.deadline_days, to_a.deadline) == (2, end_of(2026, 8, 5))
    assert (to_b.deadline_days, to_b.deadline) == (7, end_of(2026, 8, 12))


def test_a_verification_policy_shortens_the_coordinators_clock():
    ClockPolicy.objects.create(stage=Stage.VERIFICATION, working_days=1)

    report = ReportFactory(at=wib(2026, 8, 3))

    assert report.deadline == end_of(2026, 8, 4)


# --- automatic closing, reopening and objections ----------------------------------------------


def test_auto_close_closes_reports_answered_more_than_ten_working_days_ago_only(
    coordinator, officer_a, agency_a
):
    old = answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3))
    young = answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 5))
    assert old.auto_close_at == end_of(2026, 8, 18)
    assert young.auto_close_at == end_of(2026, 8, 20)

    assert actions.reports_auto_close(now=wib(2026, 8, 18, 20)) == 0
    closed = actions.reports_auto_close(now=wib(2026, 8, 19, 8))

    assert closed == 1
    old.refresh_from_db()
    young.refresh_from_db()
    assert (old.status, old.closed_at, old.auto_close_at) == (Status.SELESAI,
                                                              wib(2026, 8, 19, 8), None)
    assert young.status == Status.DITINDAKLANJUTI
    event = Event.objects.get(report=old, action="auto_close")
    assert event.actor is None
    entry = AuditEntry.objects.get(action="report_auto_close")
    assert entry.actor is None
    assert entry.actor_label == "sistem"
    assert actions.reports_auto_close(now=wib(2026, 8, 19, 9)) == 0


def test_reopen_on_the_last_of_the_ten_working_days_is_allowed(
    coordinator, officer_a, agency_a
):
    report = answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3))

    report = actions.report_reopen(report=report, actor=REPORTER, reason="Belum beres.",
                                   at=wib(2026, 8, 18, 23, 0))

    assert report.status == Status.DIPROSES


def test_reopen_after_the_ten_working_days_is_an_invalid_transition(
    coordinator, officer_a, agency_a
):
    report = answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3))

    with pytest.raises(InvalidTransition):
        actions.report_reopen(report=report, actor=REPORTER, reason="Belum beres.",
                              at=wib(2026, 8, 19, 8))

    report.refresh_from_db()
    assert report.status == Status.DITINDAKLANJUTI


def test_objection_within_thirty_working_days_is_answered_within_thirty(
    coordinator, officer_a, agency_a
):
    report = answered_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                             at=wib(2026, 8, 3))
    actions.reports_auto_close(now=wib(2026, 8, 19))

    report = actions.report_object(report=report, actor=REPORTER, reason="Tidak lengkap.",
                                   at=wib(2026, 9, 16, 15))

    objection = Objection.objects.get(report=report)
    assert objection.deadline == end_of(2026, 10, 28)
    assert report.deadline == objection.deadline
    assert report.deadline_stage == Stage.OBJECTION
    assert report.status == Status.SELESAI
    before, after = AuditEntry.objects.get(action="report_object").changes["deadline"]
    assert (before, moment(after)) == (None, end_of(2026, 10, 28))


def test_objection_after_thirty_working_days_is_an_invalid_transition(
    coordinator, officer_a, agency_a
):
    report = answered_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                             at=wib(2026, 8, 3))

    with pytest.raises(InvalidTransition):
        actions.report_object(report=report, actor=REPORTER, reason="Tidak lengkap.",
                              at=wib(2026, 9, 17, 8))

    assert not Objection.objects.exists()


def test_objection_policy_sets_the_answer_deadline(coordinator, officer_a, agency_a):
    ClockPolicy.objects.create(stage=Stage.OBJECTION, kind=Kind.INFORMASI, working_days=10)
    report = answered_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                             at=wib(2026, 8, 3))

    report = actions.report_object(report=report, actor=REPORTER, reason="Tidak lengkap.",
                                   at=wib(2026, 8, 4))

    assert Objection.objects.get(report=report).deadline == end_of(2026, 8, 19)
