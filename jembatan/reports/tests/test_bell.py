"""Report events in the staff bell: who gets an entry, what it says, and that nobody is emailed
twice or against their choice."""

import pytest

from jembatan.notifications.models import Frequency, Notification, Preference
from jembatan.reports import actions, notifications
from jembatan.reports.tests.factories import (
    disposed_report,
    in_progress_report,
    staff,
)

pytestmark = pytest.mark.django_db


def bells(kind):
    return Notification.objects.filter(kind=kind)


def test_a_returned_report_rings_the_coordinators_bell(coordinator, officer_a, agency_a,
                                                       mailoutbox):
    report = in_progress_report(coordinator, officer_a, agency_a)
    report = actions.report_return(report=report, actor=staff(officer_a), reason="Urusan desa.")

    notifications.notify("report_returned", report, agency_ids=[])

    assert [n.recipient for n in bells("report_returned")] == [coordinator]
    assert bells("report_returned").get().url.endswith(f"/{report.tracking_code}/")


def test_a_deadline_reminder_rings_the_agency(coordinator, officer_a, admin_a, agency_a):
    report = disposed_report(coordinator, agency_a)

    notifications.notify("deadline_reminder", report, agency_ids=[agency_a.pk])

    assert {n.recipient for n in bells("deadline_reminder")} == {officer_a, admin_a}


def test_a_task_run_again_adds_no_second_bell_nor_email(coordinator, officer_a, admin_a,
                                                       agency_a, mailoutbox):
    report = disposed_report(coordinator, agency_a)

    notifications.notify("reporter_message", report, agency_ids=[], once_key="task:1")
    notifications.notify("reporter_message", report, agency_ids=[], once_key="task:1")

    assert bells("reporter_message").count() == 2  # one each for officer_a and admin_a
    assert len(mailoutbox) == 2


def test_a_digest_reader_gets_the_bell_and_no_email_right_away(coordinator, officer_a,
                                                               admin_a, agency_a, mailoutbox):
    Preference.objects.create(user=officer_a, kind="reporter_message",
                              frequency=Frequency.DAILY)
    Preference.objects.create(user=admin_a, kind="reporter_message", frequency=Frequency.NONE)
    report = disposed_report(coordinator, agency_a)

    notifications.notify("reporter_message", report, agency_ids=[])

    assert mailoutbox == []
    daily = bells("reporter_message").get(recipient=officer_a)
    assert daily.emailed_at is None  # the daily digest sends it
    assert bells("reporter_message").get(recipient=admin_a).emailed_at is not None


def test_a_rahasia_report_shows_only_its_code_in_the_bell(coordinator, officer_a, agency_a):
    report = disposed_report(coordinator, agency_a, privacy="rahasia",
                             title="Pungutan liar oleh oknum di kantor desa")

    notifications.notify("report_disposed", report, agency_ids=[agency_a.pk])

    bell = bells("report_disposed").filter(recipient=officer_a).get()
    assert report.tracking_code in bell.title
    assert "Pungutan" not in bell.title + bell.body
