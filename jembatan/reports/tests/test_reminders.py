"""Deadline reminders: the lead agency hears once before its deadline, the coordinators once when
it is missed. A report disposed on Wednesday 23 December 2026 is due on Monday 4 January 2027;
Tuesday 5 January 2027 is Isra Mikraj."""

import pytest

from jembatan.core.tests.factories import UserFactory
from jembatan.reports import actions
from jembatan.reports.models import Kind
from jembatan.reports.reminders import deadline_reminders_send
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


@pytest.fixture
def due_4_january(coordinator, agency_a, agency_b, officer_a, admin_a, officer_b):
    report = disposed_report(coordinator, agency_a, supporting=[agency_b],
                             at=wib(2026, 12, 22), disposed_at=wib(2026, 12, 23))
    assert report.deadline == end_of(2027, 1, 4)
    return report


def recipients(mailoutbox):
    return sorted(address for mail in mailoutbox for address in mail.to)


def test_no_reminder_while_the_deadline_is_more_than_a_working_day_away(due_4_january,
                                                                        mailoutbox):
    assert deadline_reminders_send(now=wib(2026, 12, 29, 9)) == {"reminded": 0, "missed": 0}
    assert mailoutbox == []


def test_the_lead_agencys_staff_are_reminded_once_per_deadline(
    due_4_january, officer_a, admin_a, mailoutbox
):
    first = deadline_reminders_send(now=wib(2027, 1, 4, 8))
    second = deadline_reminders_send(now=wib(2027, 1, 4, 12))

    assert first == {"reminded": 1, "missed": 0}
    assert second == {"reminded": 0, "missed": 0}
    assert recipients(mailoutbox) == sorted([officer_a.email, admin_a.email])
    assert all(due_4_january.tracking_code in mail.subject for mail in mailoutbox)
    due_4_january.refresh_from_db()
    assert due_4_january.reminded_for == end_of(2027, 1, 4)


def test_the_reminder_comes_the_working_day_before(due_4_january, mailoutbox):
    # On Thursday 31 December the next working day is Monday 4 January (1 January is New Year).
    result = deadline_reminders_send(now=wib(2026, 12, 31, 16))

    assert result == {"reminded": 1, "missed": 0}


def test_the_coordinators_are_told_once_when_the_deadline_is_missed(
    due_4_january, coordinator, officer_a, mailoutbox
):
    second_coordinator = UserFactory(username="koordinator2", is_coordinator=True)

    first = deadline_reminders_send(now=wib(2027, 1, 5, 8))
    again = deadline_reminders_send(now=wib(2027, 1, 6, 8))

    assert first == {"reminded": 0, "missed": 1}
    assert again == {"reminded": 0, "missed": 0}
    assert recipients(mailoutbox) == sorted([coordinator.email, second_coordinator.email])
    due_4_january.refresh_from_db()
    assert due_4_january.overdue_notified_for == end_of(2027, 1, 4)


def test_a_reminded_report_is_still_reported_missed(due_4_january, coordinator, officer_a,
                                                    admin_a, mailoutbox):
    deadline_reminders_send(now=wib(2027, 1, 4, 8))
    deadline_reminders_send(now=wib(2027, 1, 5, 8))

    assert recipients(mailoutbox) == sorted([officer_a.email, admin_a.email, coordinator.email])


def test_a_moved_deadline_earns_a_new_reminder(coordinator, officer_a, agency_a, mailoutbox):
    report = in_progress_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                                at=wib(2026, 8, 10))
    assert report.deadline == end_of(2026, 8, 26)
    assert deadline_reminders_send(now=wib(2026, 8, 25, 9))["reminded"] == 1

    actions.report_extend(report=report, actor=staff(officer_a), reason="Arsip di gudang.",
                          at=wib(2026, 8, 25, 10))

    assert deadline_reminders_send(now=wib(2026, 8, 26, 9))["reminded"] == 0
    assert deadline_reminders_send(now=wib(2026, 9, 3, 9))["reminded"] == 1


def test_reports_without_a_running_clock_are_neither_reminded_nor_missed(
    coordinator, officer_a, agency_a, mailoutbox
):
    held_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3))
    answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3))

    assert deadline_reminders_send(now=wib(2026, 8, 31, 9)) == {"reminded": 0, "missed": 0}
    assert mailoutbox == []


def test_an_unverified_report_is_reminded_to_nobody_but_missed_to_the_coordinators(
    coordinator, officer_a, mailoutbox
):
    report = ReportFactory(at=wib(2026, 3, 17))

    assert deadline_reminders_send(now=wib(2026, 3, 26, 9)) == {"reminded": 0, "missed": 0}
    assert deadline_reminders_send(now=wib(2026, 3, 30, 9)) == {"reminded": 0, "missed": 1}
    assert recipients(mailoutbox) == [coordinator.email]
    assert report.tracking_code in mailoutbox[0].subject


def test_a_missed_objection_deadline_on_a_closed_request_is_told_to_the_coordinators(
    coordinator, officer_a, agency_a, mailoutbox
):
    report = answered_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                             at=wib(2026, 8, 3))
    report = actions.report_close(report=report, actor=staff(coordinator), at=wib(2026, 8, 4))
    report = actions.report_object(report=report, actor=REPORTER, reason="Tidak lengkap.",
                                   at=wib(2026, 9, 16))
    assert report.deadline == end_of(2026, 10, 28)

    result = deadline_reminders_send(now=wib(2026, 10, 29, 8))

    assert result["missed"] == 1
    assert coordinator.email in recipients(mailoutbox)
