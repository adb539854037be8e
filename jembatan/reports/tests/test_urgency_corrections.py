"""Staff correct the urgency flag in one click; the correction is audited, permission-checked,
shown with the reading that raised the flag, and teaches the next reading."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from jembatan.core.models import AuditEntry
from jembatan.core.workflow import Actor
from jembatan.reports import actions, routing
from jembatan.reports.tests.factories import ReportFactory, disposed_report
from jembatan.triage import registry
from jembatan.triage.urgency import CorrectionMemory, assess_urgency, explain

pytestmark = pytest.mark.django_db

FIRE = "Tolong rumah di Kalibeber terbakar, api membesar, ada orang masih di dalam"
LAMP = "Lampu jalan di depan rumah mati sudah seminggu"


@pytest.fixture(autouse=True)
def _world(jurisdiction, agency_a, agency_b):
    # Suggestions need agencies to suggest.
    return jurisdiction


@pytest.fixture(autouse=True)
def _fresh_memory():
    registry.cache_clear()
    yield
    registry.cache_clear()


def triaged(title, body):
    report = ReportFactory(title=title, body=body)
    routing.report_triage(report_id=report.pk, notify=False)
    report.refresh_from_db()
    return report


def test_the_report_stores_why_it_is_urgent():
    report = triaged("Kebakaran", FIRE)

    assert report.is_urgent
    assert "kebakaran" in report.urgency_reason["categories"]
    assert report.urgency_reason["words"]
    with translation.override("en"):
        assert "(fire, people trapped or at risk)" in explain(report.urgency_reason, is_urgent=True)


def test_a_past_event_is_read_as_past_and_explained():
    result = assess_urgency("Kebakaran pasar minggu lalu, pedagang kapan dapat kios?")

    assert not result.is_urgent
    assert "lampau" in result.reading


def test_a_coordinator_clears_the_flag_and_it_is_audited(coordinator):
    report = triaged("Kebakaran", FIRE)

    actions.report_urgency_correct(report=report, actor=Actor(user=coordinator), urgent=False)

    report.refresh_from_db()
    assert not report.is_urgent
    assert report.urgency_corrected_at is not None
    entry = AuditEntry.objects.filter(action="report_urgency_correct").get()
    assert entry.changes == {"is_urgent": [True, False]}
    assert entry.actor == coordinator


def test_the_handling_agency_may_correct_but_another_agency_may_not(coordinator, agency_a,
                                                                    officer_a, officer_b):
    report = disposed_report(coordinator, agency_a, title="Lampu", body=LAMP)

    with pytest.raises(PermissionDenied):
        actions.report_urgency_correct(report=report, actor=Actor(user=officer_b), urgent=True)
    actions.report_urgency_correct(report=report, actor=Actor(user=officer_a), urgent=True)

    report.refresh_from_db()
    assert report.is_urgent


def test_the_same_flag_twice_is_a_conflict(coordinator, login):
    report = triaged("Lampu", LAMP)
    url = reverse("reports:staff_urgency", args=[report.tracking_code])

    response = login(coordinator).post(url, {"urgent": "0"})

    assert response.status_code == 409


def test_the_page_shows_the_reading_and_corrects_in_one_click(coordinator, login):
    report = triaged("Kebakaran", FIRE)
    client = login(coordinator)
    page = client.get(reverse("reports:staff_detail", args=[report.tracking_code]))

    assert page.status_code == 200
    assert 'id="urgency-reading"' in page.content.decode()

    response = client.post(reverse("reports:staff_urgency", args=[report.tracking_code]),
                           {"urgent": "0"})

    assert response.status_code == 302
    report.refresh_from_db()
    assert not report.is_urgent


def test_a_bad_value_is_a_400(coordinator, login):
    report = triaged("Lampu", LAMP)

    response = login(coordinator).post(
        reverse("reports:staff_urgency", args=[report.tracking_code]), {"urgent": "maybe"})

    assert response.status_code == 400


def test_an_officer_of_another_agency_gets_404(coordinator, agency_a, officer_b, login):
    report = disposed_report(coordinator, agency_a, title="Lampu", body=LAMP)

    response = login(officer_b).post(
        reverse("reports:staff_urgency", args=[report.tracking_code]), {"urgent": "1"})

    assert response.status_code == 404
    report.refresh_from_db()
    assert not report.is_urgent


def test_corrections_teach_the_next_reading(coordinator):
    # The lexicon does not know this way of saying it; staff mark it urgent once.
    text = "Pak Darmo ndlosor neng pawon, diceluk meneng wae"
    first = triaged("Pak Darmo", text)
    assert not first.is_urgent

    actions.report_urgency_correct(report=first, actor=Actor(user=coordinator), urgent=True)
    again = triaged("Pak Darmo", "Pak Darmo ndlosor neng pawon, diceluk meneng wae!")

    assert again.is_urgent
    # The model retrained with the correction, or the memory of it, raised the flag.
    assert again.urgency_reason["learned"] or again.urgency_reason["corrected"]


def test_a_correction_to_normal_clears_the_same_message_next_time(coordinator):
    # A campfire the reading takes for a fire (a drill it now reads as a drill on its own).
    text = "Sekarang ada kobaran api di lapangan, warga panik: ternyata api unggun pramuka"
    first = triaged("Api di lapangan", text)
    assert first.is_urgent

    actions.report_urgency_correct(report=first, actor=Actor(user=coordinator), urgent=False)
    again = triaged("Api di lapangan", text)

    assert not again.is_urgent
    assert again.urgency_reason["corrected"]


def test_a_memory_without_corrections_changes_nothing():
    assert CorrectionMemory([], []).lookup(FIRE) is None
    assert assess_urgency(FIRE, memory=CorrectionMemory([], [])).is_urgent
