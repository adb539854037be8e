"""The Wonosobo demo's reports: hundreds, in every state, with timelines."""

import io
from collections import Counter

import pytest
from django.core.management import call_command

from jembatan.core.models import AuditEntry
from jembatan.reports.models import Event, Message, Privacy, Report, Status

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_demo_has_hundreds_of_reports_in_every_state():
    states = Counter(Report.objects.values_list("status", flat=True))

    assert Report.objects.count() >= 300
    assert set(states) == set(Status.values)
    assert Report.objects.filter(status=Status.BARU, is_returned=True).exists()


def test_demo_reports_are_spread_over_agencies_kecamatan_privacy_and_channels():
    assert Report.objects.values("lead_agency").distinct().count() >= 30
    assert Report.objects.values("kecamatan").distinct().count() >= 12
    assert set(Report.objects.values_list("privacy", flat=True)) == set(Privacy.values)
    assert Report.objects.values("channel").distinct().count() >= 6


def test_demo_reports_have_timelines_answers_and_audit_trails():
    answered = Report.objects.filter(status=Status.SELESAI).first()

    assert Event.objects.filter(report=answered).count() >= 4
    assert Message.objects.filter(report=answered, visibility="public").exists()
    assert AuditEntry.objects.filter(object_id=str(answered.pk), action="report_dispose").exists()


def test_loading_the_demo_again_keeps_the_reports():
    before = Report.objects.count()

    call_command("load_demo", stdout=io.StringIO())

    assert Report.objects.count() == before


def test_demo_people_have_read_and_unread_bells_from_real_events_and_no_email():
    from jembatan.notifications.models import Notification

    bells = Notification.objects.filter(kind__in=["report_disposed", "report_returned",
                                                  "deadline_missed"])
    assert bells.filter(read_at__isnull=True).exists()
    assert bells.filter(read_at__isnull=False).exists()
    assert not bells.filter(emailed_at__isnull=True).exists()
    # A disposition nobody acknowledged yet is still unread for the agency.
    waiting = Notification.objects.filter(kind="report_disposed", read_at__isnull=True,
                                          recipient__memberships__isnull=False)
    assert waiting.exists()
