"""Who hears about a report and what they read. Emails go out from a background task once the
change is committed; the tests run `notify` directly or the task at once (immediate backend)."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from jembatan.core.quiet import notifications_suppressed
from jembatan.core.tests.factories import UserFactory
from jembatan.reports import actions, notifications, tasks
from jembatan.reports.models import Kind, RejectionReason, Report
from jembatan.reports.tests.factories import (
    REPORTER,
    REPORTER_EMAIL,
    ReportFactory,
    disposed_report,
    in_progress_report,
    report_form_data,
    staff,
)

pytestmark = pytest.mark.django_db

TASK = "jembatan.reports.tasks.send_report_notification"


def recipients(mailoutbox):
    return sorted(address for mail in mailoutbox for address in mail.to)


def test_the_reporter_gets_the_tracking_code_but_never_the_access_key(mailoutbox):
    report = ReportFactory(reporter_email=REPORTER_EMAIL)

    sent = notifications.notify("report_received", report, agency_ids=[])

    assert sent == 1
    mail = mailoutbox[0]
    assert mail.to == [REPORTER_EMAIL]
    assert report.tracking_code in mail.subject
    assert report.tracking_code in mail.body
    assert report.access_key not in mail.body
    assert report.access_key.replace("-", "") not in mail.body
    assert "http://" in mail.body or "https://" in mail.body


def test_a_report_without_an_email_address_sends_the_reporter_nothing(mailoutbox):
    report = ReportFactory(reporter_email="")

    assert notifications.notify("report_received", report, agency_ids=[]) == 0
    assert mailoutbox == []


def test_a_disposition_reaches_the_reporter_and_every_handling_agency_separately(
    coordinator, officer_a, admin_a, officer_b, agency_a, agency_b, mailoutbox
):
    report = disposed_report(coordinator, agency_a, supporting=[agency_b])

    sent = notifications.notify("report_disposed", report, agency_ids=[agency_a.pk, agency_b.pk])

    assert sent == 4
    assert recipients(mailoutbox) == sorted([REPORTER_EMAIL, officer_a.email, admin_a.email,
                                             officer_b.email])
    assert all(len(mail.to) == 1 and not mail.cc and not mail.bcc for mail in mailoutbox)
    staff_mail = next(mail for mail in mailoutbox if mail.to == [officer_a.email])
    assert reverse("reports:staff_detail", kwargs={"code": report.tracking_code}) in \
        staff_mail.body
    assert report.body in staff_mail.body


def test_without_agency_ids_the_lead_agency_is_told(coordinator, officer_a, admin_a,
                                                   officer_b, agency_a, mailoutbox):
    report = disposed_report(coordinator, agency_a)

    notifications.notify("reporter_message", report, agency_ids=[])

    assert recipients(mailoutbox) == sorted([officer_a.email, admin_a.email])


def test_a_returned_report_is_told_to_active_coordinators_only(coordinator, officer_a,
                                                              agency_a, mailoutbox):
    UserFactory(username="koordinator.lama", is_coordinator=True, is_active=False)
    second = UserFactory(username="koordinator2", is_coordinator=True)
    report = in_progress_report(coordinator, officer_a, agency_a)
    report = actions.report_return(report=report, actor=staff(officer_a), reason="Urusan desa.")

    notifications.notify("report_returned", report, agency_ids=[])

    assert recipients(mailoutbox) == sorted([coordinator.email, second.email])


def test_staff_without_an_email_address_are_skipped(coordinator, officer_a, admin_a, agency_a,
                                                    mailoutbox):
    admin_a.email = ""
    admin_a.save()
    report = disposed_report(coordinator, agency_a)

    notifications.notify("reporter_message", report, agency_ids=[agency_a.pk])

    assert recipients(mailoutbox) == [officer_a.email]


def test_notify_logs_the_code_and_the_event_only(caplog, coordinator, agency_a, officer_a,
                                                 mailoutbox):
    report = disposed_report(coordinator, agency_a)

    with caplog.at_level("INFO", logger="jembatan.reports.notifications"):
        notifications.notify("report_disposed", report, agency_ids=[agency_a.pk])

    assert caplog.messages == [f"report {report.tracking_code}: report_disposed notification, "
                               "2 email(s)"]


# --- after commit, in a task --------------------------------------------------------------------


def test_an_action_enqueues_its_notification_only_after_commit(
    coordinator, agency_a, agency_b, django_capture_on_commit_callbacks
):
    report = ReportFactory()

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a,
                               supporting=[agency_b])
    assert not DBTaskResult.objects.filter(task_path=TASK).exists()

    for callback in callbacks:
        callback()
    result = DBTaskResult.objects.get(task_path=TASK)
    assert result.args_kwargs["args"] == ["report_disposed", report.pk,
                                          [agency_a.pk, agency_b.pk]]


def test_a_refused_action_enqueues_nothing(officer_a, agency_a,
                                           django_capture_on_commit_callbacks):
    report = ReportFactory()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(PermissionDenied):
        actions.report_dispose(report=report, actor=staff(officer_a), agency=agency_a)

    assert not DBTaskResult.objects.filter(task_path=TASK).exists()


def test_notifications_can_be_suppressed_when_loading_history(
    django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), notifications_suppressed():
        ReportFactory()

    assert not DBTaskResult.objects.filter(task_path=TASK).exists()


def test_sending_a_report_on_the_web_emails_the_reporter_once_committed(
    client, immediate_tasks, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("reports:submit"), report_form_data())

    report = Report.objects.get()
    assert response.status_code == 302
    assert [mail.to for mail in mailoutbox] == [[REPORTER_EMAIL]]
    assert report.tracking_code in mailoutbox[0].subject


def test_the_task_for_a_deleted_report_sends_nothing(immediate_tasks, mailoutbox):
    report = ReportFactory()
    report_id = report.pk
    report.delete()

    result = tasks.send_report_notification.enqueue("report_received", report_id, [])

    assert result.return_value == 0
    assert mailoutbox == []


def test_an_objection_to_a_rejected_request_is_told_to_the_coordinators(
    coordinator, immediate_tasks, django_capture_on_commit_callbacks, mailoutbox
):
    report = ReportFactory(kind=Kind.INFORMASI)
    report = actions.report_reject(report=report, actor=staff(coordinator),
                                   reason=RejectionReason.OUTSIDE_REMIT)

    with django_capture_on_commit_callbacks(execute=True):
        actions.report_object(report=report, actor=REPORTER, reason="Ini wewenang kabupaten.")

    assert coordinator.email in recipients(mailoutbox)
