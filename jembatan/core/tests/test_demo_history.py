"""The Wonosobo demo's history is consistent: what a visitor sees in timelines, and what the
scheduler does first after loading, is what the product would have done."""

import pytest
from django.db.models import Min
from django.utils.module_loading import import_string

from jembatan.core.scheduler import JOBS
from jembatan.reports.models import Event, Report

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_no_agency_acts_before_the_coordinator_disposed():
    disposed = dict(Event.objects.filter(action="dispose").values("report")
                    .annotate(at=Min("created_at")).values_list("report", "at"))
    acted = (Event.objects.filter(action__in=["acknowledge", "return", "respond", "hold"])
             .values("report").annotate(at=Min("created_at")).values_list("report", "at"))

    early = [report for report, at in acted if report in disposed and at < disposed[report]]
    assert acted
    assert early == []


def test_every_timeline_runs_forward():
    submitted = dict(Event.objects.filter(action="submit").values_list("report", "created_at"))
    before_submission = [(event.report_id, event.action) for event in Event.objects.exclude(action="submit")
                         .only("report_id", "created_at")
                         if event.created_at < submitted.get(event.report_id, event.created_at)]

    assert before_submission == []


def test_the_first_scheduler_run_after_loading_sends_no_flood_of_deadline_emails(mailoutbox):
    assert Report.objects.filter(deadline__isnull=False).exists()

    for name in ("reports.deadline_reminders", "coordination.requests_due_soon"):
        import_string(JOBS[name].task).call()

    # Deadlines that pass while the test session runs may earn one or two; never the history.
    assert len(mailoutbox) <= 5, [mail.subject for mail in mailoutbox]


def test_every_report_converted_from_a_conversation_has_its_routing_suggestion():
    from jembatan.connectors.models import Conversation

    converted = Report.objects.filter(
        pk__in=Conversation.objects.filter(report__isnull=False).values("report"))

    assert converted.exists()
    assert not converted.filter(suggested_agency__isnull=True).exists()
